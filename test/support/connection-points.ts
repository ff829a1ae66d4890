import { TestServer } from './server';

/** Fixtures for connection points, site access and participants: all through the real API. */

export const CP_FIELDS = `id meetingId unitId role name location operatorName operatorContact presidingName
  expectedAttendance connectionState hasAccessCode accessCodeIssuedAt`;
export const PARTICIPANT_FIELDS = `id meetingId connectionPointId unitId name position role attendance checkedInAt absenceReason`;

export const ADD_CP = `mutation($input: AddConnectionPointInput!) { addConnectionPoint(input: $input) { ${CP_FIELDS} } }`;
export const UPDATE_CP = `mutation($input: UpdateConnectionPointInput!) { updateConnectionPoint(input: $input) { ${CP_FIELDS} } }`;
export const REMOVE_CP = `mutation($id: ID!) { removeConnectionPoint(id: $id) { ${CP_FIELDS} } }`;
export const ISSUE_CODE = `mutation($id: ID!) { issueSiteAccessCode(connectionPointId: $id) { code issuedAt connectionPoint { id hasAccessCode } } }`;
export const REVOKE_CODE = `mutation($id: ID!) { revokeSiteAccessCode(connectionPointId: $id) { id hasAccessCode accessCodeIssuedAt } }`;
export const JOIN_SITE = `mutation($code: String!) { joinSite(code: $code) { token expiresAt connectionPoint { id name } meeting { id title status } } }`;
export const ADD_PARTICIPANT = `mutation($input: AddParticipantInput!) { addParticipant(input: $input) { ${PARTICIPANT_FIELDS} } }`;
export const UPDATE_PARTICIPANT = `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { ${PARTICIPANT_FIELDS} } }`;
export const REMOVE_PARTICIPANT = `mutation($id: ID!) { removeParticipant(id: $id) { ${PARTICIPANT_FIELDS} } }`;
export const CHECK_IN = `mutation($id: ID!) { checkInParticipant(id: $id) { ${PARTICIPANT_FIELDS} } }`;
export const MARK_ABSENT = `mutation($id: ID!, $excused: Boolean, $reason: String) {
  markParticipantAbsent(id: $id, excused: $excused, reason: $reason) { ${PARTICIPANT_FIELDS} } }`;
/** What a meeting holds of this area, and its event count (to see that a refused command wrote nothing). */
export const MEETING_SETUP = `query($id: ID!) { meeting(id: $id) { id status lastEventSeq
  connectionPoints { ${CP_FIELDS} } participants { ${PARTICIPANT_FIELDS} } } }`;

/** A well-formed id that names nothing. */
export { UNKNOWN_ID } from './instruments';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

/** A new user of `role`, signed in. */
export async function signedInUser(
  t: TestServer,
  role: 'ADMIN' | 'HOST' | 'VIEWER' | 'SITE_OPERATOR',
  displayName = 'Nguyễn Văn Thư',
): Promise<{ id: string; token: string }> {
  const username = unique(role.toLowerCase());
  const password = 'mật-khẩu-thử-nghiệm';
  const created = await t.ok(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { username, password, role, displayName, unitId: await t.rootUnit() } },
    await t.adminToken(),
  );
  const login = await t.ok(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
  return { id: created.createUser.id, token: login.login.token };
}

/** A new district unit named `name` (made unique unless `exact`). */
export async function unit(t: TestServer, name = 'VKSND huyện Sơn Tây', exact = false): Promise<string> {
  const data = await t.ok(
    'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
    {
      input: {
        name: exact ? name : `${name} ${unique('u')}`,
        level: 'DISTRICT',
        parentId: await t.rootUnit(),
      },
    },
    await t.adminToken(),
  );
  return data.createUnit.id;
}

/** A DRAFT meeting hosted by the holder of `token`. */
export async function meeting(
  t: TestServer,
  token: string,
  title = 'Giao ban tháng 5/2024',
): Promise<string> {
  const data = await t.ok(
    'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    { input: { title, kind: 'MONTHLY_BRIEFING', format: 'ONLINE' } },
    token,
  );
  return data.createMeeting.id;
}

type Lifecycle = 'schedule' | 'start' | 'pause' | 'resume' | 'end' | 'cancel';

/** Moves a meeting through its lifecycle, e.g. `lifecycle(t, token, id, 'start', 'end')`. */
export async function lifecycle(t: TestServer, token: string, meetingId: string, ...steps: Lifecycle[]) {
  for (const step of steps)
    await t.ok(`mutation($id: ID!) { ${step}Meeting(id: $id) { id } }`, { id: meetingId }, token);
}

/** Adds a connection point for a new unit; returns it. */
export async function point(
  t: TestServer,
  token: string,
  meetingId: string,
  fields: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const unitId = fields.unitId ?? (await unit(t));
  const data = await t.ok(ADD_CP, { input: { meetingId, unitId, role: 'SITE', ...fields } }, token);
  return data.addConnectionPoint;
}

export async function participant(
  t: TestServer,
  token: string,
  meetingId: string,
  connectionPointId: string,
  fields: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const data = await t.ok(
    ADD_PARTICIPANT,
    { input: { meetingId, connectionPointId, name: 'Phùng Thanh Liễu', role: 'DELEGATE', ...fields } },
    token,
  );
  return data.addParticipant;
}

/** Issues a code for the connection point and joins with it: the site's token. */
export async function siteToken(
  t: TestServer,
  hostToken: string,
  connectionPointId: string,
): Promise<string> {
  const issued = await t.ok(ISSUE_CODE, { id: connectionPointId }, hostToken);
  const joined = await t.ok(JOIN_SITE, { code: issued.issueSiteAccessCode.code });
  return joined.joinSite.token;
}

/** A host, a meeting they host, and a second HOST user who does not host it. */
export async function hostedMeeting(t: TestServer) {
  const host = await signedInUser(t, 'HOST', 'Trần Thị Thư Ký');
  const outsider = await signedInUser(t, 'HOST', 'Lê Văn Khác');
  const meetingId = await meeting(t, host.token);
  return { host: host.token, outsider: outsider.token, meetingId };
}

/** The meeting's connection points, participants and event count, as its host sees them. */
export async function setupOf(t: TestServer, token: string, meetingId: string) {
  return (await t.ok(MEETING_SETUP, { id: meetingId }, token)).meeting;
}
