import { TestServer } from './server';
import { meeting, unit, user } from './factories';

/** Fixtures for conclusions and directives, all through the real API. */

export const CONCLUSION_FIELDS = `id meetingId text version status concludedById announcedAt noticeNumber noticeYear
  publishedAt lastEditedById`;
export const DIRECTIVE_FIELDS = `id meetingId conclusionId assigneeUnitId task deadline status completedAt
  overdue completedLate sourceAgendaItemId`;

export const DRAFT = `mutation($input: DraftConclusionInput!) { draftConclusion(input: $input) { ${CONCLUSION_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $text: String!, $v: Int!) {
  updateConclusion(id: $id, text: $text, expectedVersion: $v) { ${CONCLUSION_FIELDS} } }`;
export const ANNOUNCE = `mutation($id: ID!) { announceConclusion(id: $id) { ${CONCLUSION_FIELDS} } }`;
/** Publishes with `$notice`, by default signed by the head in their own name and the rest defaulted. */
export const PUBLISH = `mutation($id: ID!, $n: String!,
  $notice: NoticeDetailsInput = { signer: { title: "Viện trưởng", name: "Phạm Thị Kim Liên" } }) {
  publishConclusion(id: $id, noticeNumber: $n, notice: $notice) { ${CONCLUSION_FIELDS} } }`;
export const ADD_DIRECTIVE = `mutation($input: AddDirectiveInput!) { addDirective(input: $input) { ${DIRECTIVE_FIELDS} } }`;
export const UPDATE_DIRECTIVE = `mutation($input: UpdateDirectiveInput!) { updateDirective(input: $input) { ${DIRECTIVE_FIELDS} } }`;
export const REPORT = `mutation($input: ReportDirectiveProgressInput!) {
  reportDirectiveProgress(input: $input) { ${DIRECTIVE_FIELDS} progress { status note reportedAt reportedBy } } }`;
/** A meeting's events, with the directive each is about (reminders among them). */
export const DIRECTIVE_EVENTS = `subscription($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {
    seq type actor { kind } subject { ... on DirectiveSnapshot { directiveId status } } } }`;
/** A meeting's conclusion with its directives, and its event count (to see that a refusal wrote nothing). */
export const READ_CONCLUSION = `query($id: ID!) { meeting(id: $id) { lastEventSeq
  conclusion { ${CONCLUSION_FIELDS} directives { ${DIRECTIVE_FIELDS} } } } }`;

export async function draft(t: TestServer, token: string, meetingId: string, text = 'Hội nghị kết luận: …') {
  const data = await t.ok(DRAFT, { input: { meetingId, text } }, token);
  return data.draftConclusion as Record<string, any>;
}

export async function addDirective(t: TestServer, token: string, input: Record<string, unknown>) {
  const data = await t.ok(ADD_DIRECTIVE, { input: { task: 'Báo cáo kết quả thực hiện', ...input } }, token);
  return data.addDirective as Record<string, any>;
}

export async function report(
  t: TestServer,
  token: string,
  directiveId: string,
  status: string,
  note = 'Đã triển khai',
) {
  const data = await t.ok(REPORT, { input: { directiveId, status, note } }, token);
  return data.reportDirectiveProgress as Record<string, any>;
}

/**
 * A host, an organizer unit and a LIVE meeting of it with a draft conclusion: the usual start of
 * this area's tests.
 */
export async function concludedMeeting(t: TestServer, input: Record<string, unknown> = {}) {
  const host = await user(t, 'HOST');
  const organizerId = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL' });
  const { id: meetingId } = await meeting(t, host.token, { organizerId, ...input }, 'start');
  const conclusion = await draft(t, host.token, meetingId);
  return { host, organizerId, meetingId: meetingId as string, conclusionId: conclusion.id as string };
}

export async function readConclusion(t: TestServer, meetingId: string) {
  const data = await t.ok(READ_CONCLUSION, { id: meetingId }, await t.adminToken());
  return data.meeting as { lastEventSeq: number; conclusion: Record<string, any> | null };
}
