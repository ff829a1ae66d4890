import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { createClient } from '../../client-sdk/src';
import { ADMIN } from '../support/server';
import { lastEventSeq, useSeededRun } from '../support/sdk';

/** A document as GraphQL Code Generator's client preset or gql.tada hands it over: a typed AST. */
const typed = <R, V>(source: string) => parse(source) as TypedDocumentNode<R, V>;

const MeetingTitle = typed<{ meeting: { id: string; title: string } | null }, { id: string }>(
  'query MeetingTitle($id: ID!) { meeting(id: $id) { id title } }',
);
const Login = typed<{ login: { token: string } }, { username: string; password: string }>(
  'mutation SignIn($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
);
const EventSeqs = typed<
  { meetingEvents: { seq: number; type: string } },
  { meetingId: string; afterSeq: number | null }
>(
  'subscription EventSeqs($meetingId: ID!, $afterSeq: Int) { meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) { seq type } }',
);
const LiveSeq = typed<{ meetingLive: { seq: number; meetingId: string } }, { meetingId: string }>(
  'subscription LiveSeq($meetingId: ID!) { meetingLive(meetingId: $meetingId) { seq meetingId } }',
);

describe('the SDK with a caller’s own TypedDocumentNode', () => {
  const seeded = useSeededRun('phu-yen-monthly-briefing');

  it('runs a query and a mutation, answering with exactly the selection', async () => {
    const { t, run } = seeded;
    const { meeting } = await run.host.request(MeetingTitle, { id: run.meetingId });
    expect(Object.keys(meeting!)).toEqual(['id', 'title']);
    expect(meeting!.id).toBe(run.meetingId);

    const anonymous = createClient({ url: t.url });
    const { login } = await anonymous.request(Login, { username: ADMIN.username, password: ADMIN.password });
    expect(Object.keys(login)).toEqual(['token']);
    expect(
      (await createClient({ url: t.url, token: login.token }).request(MeetingTitle, { id: run.meetingId }))
        .meeting,
    ).toEqual(meeting);
  });

  it('subscribes with it, and follows meetingEvents and meetingLive with it: every seq once, in order', async () => {
    const { run } = seeded;
    const before = await lastEventSeq(run);
    for await (const data of run.host.subscribe(LiveSeq, { meetingId: run.meetingId })) {
      // A host following connects the host point: its SITE_CONNECTED may come before or after the snapshot.
      expect(data.meetingLive.meetingId).toBe(run.meetingId);
      expect(data.meetingLive.seq).toBeGreaterThanOrEqual(before);
      expect(data.meetingLive.seq).toBeLessThanOrEqual(await lastEventSeq(run));
      break;
    }

    const last = await lastEventSeq(run);
    const seqs: number[] = [];
    for await (const event of run.host.meetingEvents(run.meetingId, { afterSeq: 0, document: EventSeqs })) {
      expect(Object.keys(event)).toEqual(['seq', 'type']);
      seqs.push(event.seq);
      if (event.seq === last) break;
    }
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));

    for await (const live of run.host.meetingLive(run.meetingId, { document: LiveSeq })) {
      // At least the last seq read above: the host point's presence may have moved it on since.
      expect(live.meetingId).toBe(run.meetingId);
      expect(live.seq).toBeGreaterThanOrEqual(last);
      break;
    }
  });
});
