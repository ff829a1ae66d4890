import { TestServer } from './server';

/** The meeting fields the meeting tests read back. */
export const MEETING_FIELDS = `id title kind format status version planReference description
  organizerId hostUnitId scheduledStart scheduledEnd startedAt endedAt cancelledAt cancelReason lastEventSeq createdAt`;

export const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const UPDATE_MEETING = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const READ_MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;

/** The lifecycle mutations by action name (the keys of LIFECYCLE). */
export const LIFECYCLE_MUTATIONS = {
  schedule: 'scheduleMeeting',
  start: 'startMeeting',
  pause: 'pauseMeeting',
  resume: 'resumeMeeting',
  end: 'endMeeting',
  cancel: 'cancelMeeting',
} as const;

export type Account = { id: string; token: string };

let users = 0;

/** Creates a user with `role` (as the admin) and signs them in. */
export async function createAccount(t: TestServer, role: string, displayName = `Người dùng ${role}`) {
  const username = `${role.toLowerCase()}${++users}`;
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
  return { id: created.createUser.id as string, token: login.login.token as string };
}

export async function createUnit(t: TestServer, name: string, level = 'PROVINCIAL'): Promise<string> {
  const data = await t.ok(
    'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
    { input: { name, level, parentId: await t.rootUnit() } },
    await t.adminToken(),
  );
  return data.createUnit.id;
}

/** Creates a meeting (a monthly online briefing unless `input` says otherwise) and returns it. */
export async function createMeeting(t: TestServer, token: string, input: Record<string, unknown> = {}) {
  const data = await t.ok(
    CREATE_MEETING,
    { input: { title: 'Giao ban tháng', kind: 'MONTHLY_BRIEFING', format: 'ONLINE', ...input } },
    token,
  );
  return data.createMeeting as Record<string, any>;
}

export async function readMeeting(t: TestServer, id: string, token?: string) {
  const data = await t.ok(READ_MEETING, { id }, token ?? (await t.adminToken()));
  return data.meeting as Record<string, any>;
}

/** Runs lifecycle actions on a meeting, in order, failing on any error. */
export async function drive(
  t: TestServer,
  token: string,
  id: string,
  actions: (keyof typeof LIFECYCLE_MUTATIONS)[],
) {
  for (const action of actions) {
    await t.ok(`mutation($id: ID!) { ${LIFECYCLE_MUTATIONS[action]}(id: $id) { id } }`, { id }, token);
  }
}
