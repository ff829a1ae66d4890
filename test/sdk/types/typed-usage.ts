/**
 * Client code typed by the generated SDK. test/sdk/generated-types.test.ts compiles it: when the
 * generated types drift from the schema (a field, argument or enum value renamed or removed), it no
 * longer compiles; the `@ts-expect-error` lines check that misuse is refused.
 */
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AgendaItemFieldsFragment,
  Client,
  DiemcauError,
  ErrorReason,
  isDiemcauError,
  LiveMeeting,
  MeetingDetailDocument,
  MeetingEvent,
  MeetingEventsDocument,
  MeetingLiveDocument,
  SpeechSnapshotFieldsFragment,
  StartMeetingMutationVariables,
} from '../../../client-sdk/src';
import { OperationsClient } from '../../../client-sdk/src/operations';

export async function hostConsole(client: OperationsClient, meetingId: string): Promise<string[]> {
  const meeting = await client.mutate.startMeeting({ id: meetingId });
  const status: 'LIVE' | 'PAUSED' | 'DRAFT' | 'SCHEDULED' | 'ENDED' | 'CANCELLED' = meeting.status;
  const own = await client.query.meeting({ id: meetingId });
  // @ts-expect-error: `meeting` selects the meeting's own fields; the lists are MeetingDetail's
  void own!.agenda;
  const detail = (await client.request(MeetingDetailDocument, { id: meetingId })).meeting;
  const item = detail!.agenda[0];
  await client.mutate.startAgendaItem({ id: item.id });
  const speech = await client.mutate.requestToSpeak({
    input: { agendaItemId: item.id, connectionPointId: detail!.connectionPoints[0].id, kind: 'REPORT' },
  });
  const queue: { id: string; queuePosition: number | null }[] = await client.mutate.moveSpeech({
    id: speech.id,
    position: 1,
  });
  await client.mutate.extendSpeech({ id: speech.id, seconds: 60 });
  const conclusion = await client.mutate.updateConclusion({ id: 'c', text: 'Kết luận', expectedVersion: 2 });
  const version: number = conclusion.version;
  const now: string = await client.query.serverTime();
  // @ts-expect-error: not a MeetingKind
  await client.mutate.createMeeting({ input: { title: 'x', kind: 'PICNIC', format: 'ONLINE' } });
  // @ts-expect-error: moveSpeech needs a position
  await client.mutate.moveSpeech({ id: speech.id });
  // @ts-expect-error: no such field on the result
  void meeting.chairpersonName;
  const vars: StartMeetingMutationVariables = { id: meetingId };
  return [status, now, String(version), String(queue.length), String(vars.id)];
}

export async function siteScreen(client: Client, meetingId: string): Promise<void> {
  for await (const live of client.meetingLive(MeetingLiveDocument, { meetingId })) {
    const screen: LiveMeeting = live;
    const limit: number | undefined = screen.currentSpeech?.timeLimitSeconds;
    const connected = screen.connectionPoints.filter((cp) => cp.connectionState === 'CONNECTED').length;
    void [limit, connected, screen.attendance.present, screen.serverTime];
  }
}

export async function eventLog(client: Client, meetingId: string): Promise<void> {
  for await (const event of client.meetingEvents(MeetingEventsDocument, { meetingId, afterSeq: 10 })) {
    const e: MeetingEvent = event;
    if (e.subject.__typename === 'SpeechSnapshot') {
      // The subject's aliased fields (speechSnapshotStatus) are given back under their names.
      const speech: SpeechSnapshotFieldsFragment = e.subject;
      const status: 'SPEAKING' | 'DONE' | string = speech.status;
      void status;
    }
    // @ts-expect-error: subjects are narrowed by __typename
    void e.subject.spokenSeconds;
  }
}

export async function integrator(client: OperationsClient): Promise<number> {
  const page = await client.query.directives({ filter: { overdue: true }, first: 50 });
  return page.edges.filter((e) => e.node.overdue && e.node.assigneeUnit.name.length > 0).length;
}

/** Documents of the caller's own, as GraphQL Code Generator's client preset or gql.tada types them. */
declare const MeetingTitle: TypedDocumentNode<
  { meeting: { id: string; title: string } | null },
  { id: string }
>;
declare const EndMeeting: TypedDocumentNode<{ endMeeting: { status: 'ENDED' } }, { id: string }>;
declare const EventSeqs: TypedDocumentNode<
  { meetingEvents: { seq: number; type: string } },
  { meetingId: string; afterSeq?: number | null }
>;
declare const EventsFromNow: TypedDocumentNode<{ meetingEvents: { seq: number } }, { meetingId: string }>;
declare const LiveSeq: TypedDocumentNode<
  { meetingLive: { seq: number; meetingId: string } },
  { meetingId: string }
>;
declare const LiveWithoutSeq: TypedDocumentNode<
  { meetingLive: { meetingId: string } },
  { meetingId: string }
>;
/** The SDK's fragment of an agenda item in a selection of the caller's (its own `meeting`). */
declare const MeetingAgenda: TypedDocumentNode<
  { meeting: { id: string; title: string; agenda: AgendaItemFieldsFragment[] } | null },
  { id: string }
>;
/** Subjects' clashing fields aliased `<subjectType><Field>`, as the SDK's own document does. */
declare const StatusChanges: TypedDocumentNode<
  {
    meetingEvents: {
      seq: number;
      subject:
        | { __typename: 'SpeechSnapshot'; speechId: string; speechSnapshotStatus: 'SPEAKING' | 'DONE' }
        | { __typename: 'MeetingSnapshot'; meetingSnapshotStatus: 'LIVE' | 'ENDED' }
        | { __typename: 'ParticipantSnapshot' };
    };
  },
  { meetingId: string; afterSeq?: number | null }
>;

export async function ownDocuments(client: Client, id: string): Promise<string[]> {
  const { meeting } = await client.request(MeetingTitle, { id });
  const title: string | undefined = meeting?.title;
  // @ts-expect-error: not selected
  void meeting?.status;
  // @ts-expect-error: the variables are typed by the document
  await client.request(MeetingTitle, { meetingId: id });
  // @ts-expect-error: and required
  await client.request(MeetingTitle);
  const ended: 'ENDED' = (await client.request(EndMeeting, { id })).endMeeting.status;
  for await (const data of client.subscribe(LiveSeq, { meetingId: id }))
    void (data.meetingLive.seq satisfies number);
  for await (const event of client.meetingEvents(EventSeqs, { meetingId: id, afterSeq: 3 })) {
    const seqType: { seq: number; type: string } = event;
    // @ts-expect-error: the caller's selection, not the SDK's
    void event.subject;
    void seqType;
  }
  for await (const { subject } of client.meetingEvents(StatusChanges, { meetingId: id })) {
    if (subject.__typename === 'SpeechSnapshot') void (subject.status satisfies 'SPEAKING' | 'DONE');
    if (subject.__typename === 'MeetingSnapshot') void (subject.status satisfies 'LIVE' | 'ENDED');
    // @ts-expect-error: given back under the field's name
    if (subject.__typename === 'MeetingSnapshot') void subject.meetingSnapshotStatus;
  }
  // @ts-expect-error: a meetingEvents document without $afterSeq cannot resume
  client.meetingEvents(EventsFromNow, { meetingId: id });
  // @ts-expect-error: the meeting to follow is a variable of the document
  client.meetingEvents(EventSeqs, { afterSeq: 3 });
  for await (const live of client.meetingLive(LiveSeq, { meetingId: id }))
    void (live.meetingId satisfies string);
  // @ts-expect-error: a meetingLive document must select seq
  client.meetingLive(LiveWithoutSeq, { meetingId: id });
  const agenda: AgendaItemFieldsFragment[] | undefined = (await client.request(MeetingAgenda, { id })).meeting
    ?.agenda;
  return [title ?? '', ended, String(agenda?.length)];
}

export function errorHandling(e: unknown): string {
  if (isDiemcauError(e, 'CONFLICT')) {
    // @ts-expect-error: a conflict's state depends on what it is about: told apart with `in`
    void e.current.text;
    if ('text' in e.current) {
      const conclusion: { text: string; version: number; status: 'DRAFT' | 'ANNOUNCED' | 'PUBLISHED' } =
        e.current;
      return conclusion.text;
    }
  }
  if (e instanceof DiemcauError) {
    const wait: number | undefined = e.retryAfterSeconds;
    const reason: ErrorReason | undefined = e.reason;
    if (e.reason === 'STALE_VERSION') return 'reload and edit again';
    // @ts-expect-error: reasons are the schema's ErrorReason values
    if (e.reason === 'STALE') return 'never';
    // @ts-expect-error: only a CONFLICT carries a current state
    void e.current.status;
    if (e.is('CONFLICT') && 'status' in e.current) return e.current.status;
    return `${e.code} ${e.field ?? ''} ${reason ?? ''} ${wait ?? ''}`;
  }
  return String(e);
}
