import { TestServer } from './server';

/**
 * The builders of every test: one per kind (user, unit, meeting, connection point, participant,
 * agenda item, speech), all through the real API, each returning what the next one needs, so that
 * a test builds exactly the world it reads. Names are made unique per process, so that tests of one
 * file (one server, one database) never meet each other's rows.
 */

export const MEETING_FIELDS = `id title kind format status version planReference description
  organizerId hostUnitId scheduledStart scheduledEnd startedAt endedAt cancelledAt cancelReason lastEventSeq createdAt`;
export const CP_FIELDS = `id meetingId unitId role name location operatorName operatorContact presidingName
  expectedAttendance connectionState hasAccessCode accessCodeIssuedAt`;
export const PARTICIPANT_FIELDS = `id meetingId connectionPointId unitId name position role attendance checkedInAt absenceReason`;
export const ITEM_FIELDS =
  'id position title kind status plannedMinutes presenterId notes documents startedAt endedAt';
export const SPEECH_FIELDS =
  'id status kind topic speakerName connectionPointId agendaItemId queuePosition timeLimitSeconds startedAt endedAt spokenSeconds questionId rejectionReason';

export const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const ADD_CP = `mutation($input: AddConnectionPointInput!) { addConnectionPoint(input: $input) { ${CP_FIELDS} } }`;
export const ISSUE_CODE = `mutation($id: ID!) { issueSiteAccessCode(connectionPointId: $id) { code issuedAt connectionPoint { id hasAccessCode } } }`;
export const JOIN_SITE = `mutation($code: String!) { joinSite(code: $code) { token expiresAt connectionPoint { id name } meeting { id title status } } }`;
export const ADD_PARTICIPANT = `mutation($input: AddParticipantInput!) { addParticipant(input: $input) { ${PARTICIPANT_FIELDS} } }`;
export const ADD_ITEM = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${ITEM_FIELDS} } }`;
export const REQUEST_TO_SPEAK = `mutation($input: RequestToSpeakInput!) { requestToSpeak(input: $input) { ${SPEECH_FIELDS} } }`;
export const APPROVE_SPEECH = `mutation($id: ID!, $position: Int) { approveSpeech(id: $id, position: $position) { ${SPEECH_FIELDS} } }`;

/** The lifecycle mutations by step name. */
export const LIFECYCLE_MUTATIONS = {
  schedule: 'scheduleMeeting',
  start: 'startMeeting',
  pause: 'pauseMeeting',
  resume: 'resumeMeeting',
  end: 'endMeeting',
  cancel: 'cancelMeeting',
} as const;
export type Step = keyof typeof LIFECYCLE_MUTATIONS;

export type Role = 'ADMIN' | 'HOST' | 'VIEWER' | 'SITE_OPERATOR';
export type Account = { id: string; token: string };
/** An account with what signs it in (a browser test types them). */
export type Credentials = Account & { username: string; password: string };
/** What the builders below need of a meeting: its id and its host's token. */
export type Hosted = { meetingId: string; host: string };
/** A site: its connection point's id and its token (through joinSite). */
export type SiteAuth = { id: string; token: string };

let serial = 0;
/** `name` made unique in this process. */
export const unique = (name: string) => `${name} ${process.pid}-${++serial}`;

/**
 * A new user of `role`, signed in: of the server's top unit (`t.rootUnit()`), so that it sees what
 * the test sets up, unless `unitId` names another unit, or `null` for a user of no unit.
 */
export async function user(
  t: TestServer,
  role: Role,
  options: { name?: string; unitId?: string | null } = {},
): Promise<Credentials> {
  const username = unique(role.toLowerCase()).replace(/\W/g, '-');
  const password = 'mật-khẩu-thử-nghiệm';
  const input = {
    username,
    password,
    role,
    displayName: options.name ?? 'Nguyễn Hàn My',
    unitId: options.unitId === null ? null : (options.unitId ?? (await t.rootUnit())),
  };
  const created = await t.ok(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input },
    await t.adminToken(),
  );
  const login = await t.ok(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
  return { id: created.createUser.id, token: login.login.token, username, password };
}

/**
 * A new unit (a district unless `level` says otherwise) under `parentId`, the server's top unit by
 * default (null: a unit at the top, outside it); its name made unique unless `exact`.
 */
export async function unit(
  t: TestServer,
  name = 'VKSND huyện Sơn Tây',
  options: { level?: string; parentId?: string | null; exact?: boolean } = {},
): Promise<string> {
  const input = {
    name: options.exact ? name : unique(name),
    level: options.level ?? 'DISTRICT',
    parentId: options.parentId === null ? null : (options.parentId ?? (await t.rootUnit())),
  };
  const data = await t.ok(
    'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
    { input },
    await t.adminToken(),
  );
  return data.createUnit.id;
}

/**
 * A meeting created by the holder of `token` (a monthly online briefing unless `input` says
 * otherwise), then moved by `steps`; returns it as created.
 */
export async function meeting(
  t: TestServer,
  token: string,
  input: Record<string, unknown> = {},
  ...steps: Step[]
): Promise<Record<string, any>> {
  const data = await t.ok(
    CREATE_MEETING,
    { input: { title: 'Giao ban tháng 4/2022', kind: 'MONTHLY_BRIEFING', format: 'ONLINE', ...input } },
    token,
  );
  await lifecycle(t, token, data.createMeeting.id, ...steps);
  return data.createMeeting;
}

/** Moves a meeting through its lifecycle, e.g. `lifecycle(t, token, id, 'start', 'end')`. */
export async function lifecycle(t: TestServer, token: string, meetingId: string, ...steps: Step[]) {
  for (const step of steps)
    await t.ok(
      `mutation($id: ID!) { ${LIFECYCLE_MUTATIONS[step]}(id: $id) { id } }`,
      { id: meetingId },
      token,
    );
}

/** A connection point of the meeting (a SITE for a new unit unless `fields` say otherwise). */
export async function connectionPoint(
  t: TestServer,
  token: string,
  meetingId: string,
  fields: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const unitId = fields.unitId ?? (await unit(t));
  const data = await t.ok(ADD_CP, { input: { meetingId, unitId, role: 'SITE', ...fields } }, token);
  return data.addConnectionPoint;
}

/** A participant at the connection point (a delegate unless `fields` say otherwise). */
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

/** An agenda item of the meeting (contributions unless `input` says otherwise). */
export async function agendaItem(
  t: TestServer,
  m: Hosted,
  input: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const data = await t.ok(
    ADD_ITEM,
    {
      input: {
        meetingId: m.meetingId,
        title: 'Tham luận và ý kiến phát biểu',
        kind: 'CONTRIBUTIONS',
        ...input,
      },
    },
    m.host,
  );
  return data.addAgendaItem;
}

/** A site raises a hand on `agendaItemId`: the REQUESTED speech. */
export async function requestedSpeech(
  t: TestServer,
  site: SiteAuth,
  agendaItemId: string,
  input: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const data = await t.ok(
    REQUEST_TO_SPEAK,
    { input: { agendaItemId, connectionPointId: site.id, kind: 'CONTRIBUTION', ...input } },
    site.token,
  );
  return data.requestToSpeak;
}

/** Requested by the site, then approved by the host: the QUEUED speech. */
export async function queuedSpeech(t: TestServer, m: Hosted, site: SiteAuth, agendaItemId: string) {
  const requested = await requestedSpeech(t, site, agendaItemId);
  return (await t.ok(APPROVE_SPEECH, { id: requested.id }, m.host)).approveSpeech as Record<string, any>;
}

/** The seq of the meeting's newest event. */
export async function lastEventSeq(t: TestServer, token: string, meetingId: string): Promise<number> {
  return (await t.ok('query($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: meetingId }, token))
    .meeting.lastEventSeq;
}

// Worlds built of the above: the usual starts of each area's tests.

/**
 * A host, a DRAFT meeting they host, and a second HOST user who does not host it. The meeting is
 * organized by a unit below both users' unit: the outsider sees it (and is refused changes,
 * FORBIDDEN) before any connection point puts a unit of theirs in it.
 */
export async function hostedMeeting(t: TestServer) {
  const host = await user(t, 'HOST', { name: 'Trần Thị Thư Ký' });
  const outsider = await user(t, 'HOST', { name: 'Lê Văn Khác' });
  const organizerId = await unit(t, 'VKSND tỉnh Quảng Nam', { level: 'PROVINCIAL' });
  const { id } = await meeting(t, host.token, { title: 'Giao ban tháng 5/2024', organizerId });
  return { host: host.token, outsider: outsider.token, meetingId: id as string };
}

/** A hosted meeting with one site (its id) and a delegate there. */
export async function meetingWithSite(t: TestServer) {
  const { host, meetingId } = await hostedMeeting(t);
  const site = await connectionPoint(t, host, meetingId, { name: 'VKSND huyện Ba Vì' });
  const delegate = await participant(t, host, meetingId, site.id);
  return { host, meetingId, siteId: site.id as string, delegateId: delegate.id as string };
}

export type Site = SiteAuth & { name: string; delegateId: string };
/** A conference with a host point (chair and presenter there) and remote sites, each with a delegate. */
export type Conference = Hosted & {
  hostPointId: string;
  chairId: string;
  presenterId: string;
  sites: Site[];
};

/**
 * The Quảng Ngãi thematic conference: a province host point and `sites` district sites, each with
 * a delegate and a site token; LIVE unless `live` is false.
 */
export async function conference(
  t: TestServer,
  options: { sites?: number; live?: boolean; host?: string } = {},
): Promise<Conference> {
  const host = options.host ?? (await user(t, 'HOST')).token;
  const province = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL' });
  const { id: meetingId } = await meeting(t, host, {
    title: 'Hội nghị chuyên đề về thực hiện dân chủ tại Viện kiểm sát hai cấp tỉnh Quảng Ngãi năm 2022',
    kind: 'THEMATIC',
  });
  const hostPoint = await connectionPoint(t, host, meetingId, { unitId: province, role: 'HOST' });
  const chair = await participant(t, host, meetingId, hostPoint.id, {
    name: 'Phạm Thị Kim Liên',
    role: 'CHAIR',
  });
  const presenter = await participant(t, host, meetingId, hostPoint.id, {
    name: 'Nguyễn Trình',
    role: 'PRESENTER',
  });
  const sites: Site[] = [];
  for (let i = 1; i <= (options.sites ?? 3); i++) {
    const unitId = await unit(t, `VKSND huyện Sơn Tịnh ${i}`, { parentId: province });
    const point = await connectionPoint(t, host, meetingId, { unitId });
    const delegate = await participant(t, host, meetingId, point.id, { name: `Nguyễn Thị Bích Thủy ${i}` });
    sites.push({
      id: point.id,
      name: point.name,
      token: await siteToken(t, host, point.id),
      delegateId: delegate.id,
    });
  }
  if (options.live !== false) await lifecycle(t, host, meetingId, 'start');
  return { meetingId, host, hostPointId: hostPoint.id, chairId: chair.id, presenterId: presenter.id, sites };
}

/** A Standard Webhooks secret for the tests. */
export const WEBHOOK_SECRET = `whsec_${Buffer.from('a webhook key of the tests, 32 bytes').toString('base64')}`;

/** A webhook registered by the holder of `token` (for `scope`: a meetingId or an organizerUnitId). */
export async function webhook(
  t: TestServer,
  token: string,
  scope: { meetingId: string } | { organizerUnitId: string },
  input: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const data = await t.ok(
    'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { id url meetingId organizerUnitId eventTypes } }',
    { input: { url: 'https://hooks.example.vn/diemcau', secret: WEBHOOK_SECRET, ...scope, ...input } },
    token,
  );
  return data.createWebhook;
}
