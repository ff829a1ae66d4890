import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache, TypedDocumentNode } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { buildSchema, isUnionType, OperationTypeNode } from 'graphql';
import {
  MeetingEventsDocument,
  MeetingEventsSubscription,
  MeetingEventsSubscriptionVariables,
} from '../../client-sdk/src/generated/graphql';
import { conference, lastEventSeq } from '../support/factories';
import { until } from '../support/live';
import { startTestServer, TestServer } from '../support/server';

const WATCHED: TypedDocumentNode<
  { meeting: { id: string; title: string; status: string } | null },
  { id: string }
> = gql`
  query Watched($id: ID!) {
    meeting(id: $id) {
      id
      title
      status
    }
  }
`;

/** The members of each union of the schema, as Apollo's InMemoryCache is told them. */
function possibleTypes(): Record<string, string[]> {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter(isUnionType)
      .map((union) => [union.name, union.getTypes().map((t) => t.name)]),
  );
}

/** The SDK's own subscription, as Apollo Client takes it (a document node). */
const SDK_EVENTS: TypedDocumentNode<MeetingEventsSubscription, MeetingEventsSubscriptionVariables> = gql(
  String(MeetingEventsDocument),
);

type Replayed = MeetingEventsSubscription['meetingEvents'];

describe("Apollo Client's normalized cache, replaying a meeting's events from the start", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('keeps each event as it was and never rolls the watched meeting back', async () => {
    const m = await conference(t, { sites: 1 });
    const last = await lastEventSeq(t, m.host, m.meetingId);
    const http = new HttpLink({ uri: t.url, headers: { authorization: `Bearer ${m.host}` } });
    const client = new ApolloClient({
      cache: new InMemoryCache({ possibleTypes: possibleTypes() }),
      link: ApolloLink.split(
        ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
        new GraphQLWsLink(t.ws(m.host)),
        http,
      ),
    });
    const variables = { id: m.meetingId };
    const watched: string[] = [];
    const watching = client.watchQuery({ query: WATCHED, variables }).subscribe(({ data }) => {
      const status = data?.meeting?.status;
      if (status) watched.push(status);
    });
    await until(() => watched.length > 0, 'the watched meeting');

    // After each replayed event is written to the cache, the watched meeting is read from it.
    const replayed: Replayed[] = [];
    const cachedStatus: (string | undefined)[] = [];
    const replay = client
      .subscribe({
        query: SDK_EVENTS,
        variables: { meetingId: m.meetingId, afterSeq: 0 },
      })
      .subscribe(({ data }) => {
        replayed.push(data!.meetingEvents);
        cachedStatus.push(client.readQuery({ query: WATCHED, variables })?.meeting?.status);
      });
    // The host following connects the host point: its SITE_CONNECTED may come after `last`.
    await until(() => replayed.length >= last, `${last} events`);

    const meetingSnapshots = replayed.flatMap(({ type, subject }) =>
      subject.__typename === 'MeetingSnapshot' ? [[type, subject.meetingSnapshotStatus]] : [],
    );
    expect(meetingSnapshots).toEqual([
      ['MEETING_CREATED', 'DRAFT'],
      ['MEETING_STARTED', 'LIVE'],
    ]);
    expect(cachedStatus).toEqual(Array(replayed.length).fill('LIVE'));
    expect(watched.every((status) => status === 'LIVE')).toBe(true);
    // No snapshot is an entity of the cache: each stays inside its event.
    expect(Object.keys(client.cache.extract() as object).filter((key) => key.includes('Snapshot'))).toEqual(
      [],
    );

    replay.unsubscribe();
    watching.unsubscribe();
    client.stop();
  });
});
