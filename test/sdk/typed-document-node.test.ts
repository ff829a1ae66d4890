import {
  AgendaItemFieldsFragment,
  AgendaItemFieldsFragmentDoc,
  createClient,
  MeetingDocument,
  MeetingStatus,
  SpeechStatus,
} from '../../client-sdk/src';
import { ADMIN } from '../support/server';
import { EventSeqs, lastEventSeq, LiveSeq, meetingDetail, typed, useSeededRun } from '../support/sdk';

const MeetingTitle = typed<{ meeting: { id: string; title: string } | null }, { id: string }>(
  'query MeetingTitle($id: ID!) { meeting(id: $id) { id title } }',
);
const Login = typed<{ login: { token: string } }, { username: string; password: string }>(
  'mutation SignIn($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
);
/** The SDK's fragment of an agenda item, in the caller's own selection of a meeting. */
const MeetingAgenda = typed<
  { meeting: { title: string; agenda: AgendaItemFieldsFragment[] } | null },
  { id: string }
>(
  `query MeetingAgenda($id: ID!) { meeting(id: $id) { title agenda { ...AgendaItemFields } } }
  ${AgendaItemFieldsFragmentDoc}`,
);
/** Two subjects' `status` (of different types) aliased `<subjectType><Field>`, as the SDK's own do. */
const Statuses = typed<
  {
    meetingEvents: {
      seq: number;
      subject:
        | { __typename: 'SpeechSnapshot'; speechSnapshotStatus: SpeechStatus }
        | { __typename: 'MeetingSnapshot'; meetingSnapshotStatus: MeetingStatus }
        | { __typename: 'AgendaItemSnapshot' };
    };
  },
  { meetingId: string; afterSeq?: number | null }
>(`subscription Statuses($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {
    seq
    subject {
      __typename
      ... on SpeechSnapshot { speechSnapshotStatus: status }
      ... on MeetingSnapshot { meetingSnapshotStatus: status }
    }
  }
}`);

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

  it('swaps the default selection for a bigger or smaller one: the SDK’s fragments in a document of its own', async () => {
    const { run } = seeded;
    const { meeting: own } = await run.host.request(MeetingDocument, { id: run.meetingId });
    expect(own).toMatchObject({ id: run.meetingId, lastEventSeq: expect.any(Number) });
    expect(own).not.toHaveProperty('agenda');
    const { meeting } = await run.host.request(MeetingAgenda, { id: run.meetingId });
    expect(Object.keys(meeting!)).toEqual(['title', 'agenda']);
    expect(meeting!.agenda).toEqual((await meetingDetail(run)).agenda);
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
    for await (const event of run.host.meetingEvents(EventSeqs, { meetingId: run.meetingId, afterSeq: 0 })) {
      expect(Object.keys(event)).toEqual(['seq', 'type']);
      seqs.push(event.seq);
      if (event.seq === last) break;
    }
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));

    for await (const live of run.host.meetingLive(LiveSeq, { meetingId: run.meetingId })) {
      // At least the last seq read above: the host point's presence may have moved it on since.
      expect(live.meetingId).toBe(run.meetingId);
      expect(live.seq).toBeGreaterThanOrEqual(last);
      break;
    }
  });

  it('gives back the `<subjectType><Field>` aliases of a caller’s events under the field’s name', async () => {
    const { run } = seeded;
    const last = await lastEventSeq(run);
    const subjects = [];
    for await (const { seq, subject } of run.host.meetingEvents(Statuses, {
      meetingId: run.meetingId,
      afterSeq: 0,
    })) {
      subjects.push(subject);
      if (seq === last) break;
    }
    expect(subjects).toContainEqual({ __typename: 'MeetingSnapshot', status: 'SCHEDULED' });
    expect(subjects).toContainEqual({ __typename: 'AgendaItemSnapshot' });
  });
});
