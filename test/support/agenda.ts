import { MeetingEventRecord } from '../../server/events/meeting-event.entity';
import { TestServer } from './server';

export const SPEECH_FIELDS =
  'id status kind topic speakerName connectionPointId agendaItemId queuePosition timeLimitSeconds startedAt endedAt spokenSeconds questionId rejectionReason';
export const ITEM_FIELDS =
  'id position title kind status plannedMinutes presenterId notes documents startedAt endedAt';

/** The agenda and speaker-list operations, as an integrator would send them. */
export const OPS = {
  addItem: `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${ITEM_FIELDS} } }`,
  updateItem: `mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { ${ITEM_FIELDS} } }`,
  moveItem: `mutation($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id position title } }`,
  removeItem: `mutation($id: ID!) { removeAgendaItem(id: $id) { id position title } }`,
  startItem: `mutation($id: ID!) { startAgendaItem(id: $id) { ${ITEM_FIELDS} } }`,
  completeItem: `mutation($id: ID!) { completeAgendaItem(id: $id) { ${ITEM_FIELDS} } }`,
  skipItem: `mutation($id: ID!) { skipAgendaItem(id: $id) { ${ITEM_FIELDS} } }`,
  request: `mutation($input: RequestToSpeakInput!) { requestToSpeak(input: $input) { ${SPEECH_FIELDS} } }`,
  withdraw: `mutation($id: ID!) { withdrawSpeech(id: $id) { ${SPEECH_FIELDS} } }`,
  approve: `mutation($id: ID!, $position: Int) { approveSpeech(id: $id, position: $position) { ${SPEECH_FIELDS} } }`,
  reject: `mutation($id: ID!, $reason: String) { rejectSpeech(id: $id, reason: $reason) { ${SPEECH_FIELDS} } }`,
  moveSpeech: `mutation($id: ID!, $position: Int!) { moveSpeech(id: $id, position: $position) { id queuePosition } }`,
  startSpeech: `mutation($id: ID!) { startSpeech(id: $id) { ${SPEECH_FIELDS} } }`,
  endSpeech: `mutation($id: ID!) { endSpeech(id: $id) { ${SPEECH_FIELDS} } }`,
  extend: `mutation($id: ID!, $seconds: Int!) { extendSpeech(id: $id, seconds: $seconds) { ${SPEECH_FIELDS} } }`,
  ask: `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { ${SPEECH_FIELDS} question { ${SPEECH_FIELDS} explanation { id } } } }`,
  meeting: `query($id: ID!) { meeting(id: $id) {
    status lastEventSeq
    agenda { id position title status }
    currentAgendaItem { id title }
    currentSpeech { id status startedAt timeLimitSeconds speaker { name } connectionPoint { name } }
    speakerQueue { id queuePosition connectionPoint { name } }
  } }`,
  lifecycle: (name: 'startMeeting' | 'pauseMeeting' | 'resumeMeeting' | 'endMeeting' | 'scheduleMeeting') =>
    `mutation($id: ID!) { ${name}(id: $id) { id status } }`,
};

export type Site = { id: string; name: string; token: string; delegateId: string };

/** A meeting with a host point, `sites` remote sites (each with a delegate and a site token), set up for real. */
export type MeetingSetup = {
  meetingId: string;
  host: string;
  hostPointId: string;
  chairId: string;
  presenterId: string;
  sites: Site[];
};

let serial = 0;

/** A HOST user, signed in: returns the token. */
export async function hostUser(t: TestServer, username = `thuky${++serial}`): Promise<string> {
  await t.ok(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        username,
        password: 'mật-khẩu-dài',
        role: 'HOST',
        displayName: 'Nguyễn Hàn My',
        unitId: await t.rootUnit(),
      },
    },
    await t.adminToken(),
  );
  const data = await t.ok(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    {
      u: username,
      p: 'mật-khẩu-dài',
    },
  );
  return data.login.token;
}

async function unit(t: TestServer, name: string, level: string, parentId: string | null): Promise<string> {
  const data = await t.ok(
    'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
    { input: { name, level, parentId } },
    await t.adminToken(),
  );
  return data.createUnit.id;
}

/** Creates the Quảng Ngãi thematic conference with `sites` district sites; LIVE unless `live` is false. */
export async function setUpMeeting(
  t: TestServer,
  options: { sites?: number; live?: boolean; host?: string } = {},
): Promise<MeetingSetup> {
  const n = ++serial;
  const host = options.host ?? (await hostUser(t));
  const province = await unit(t, `VKSND tỉnh Quảng Ngãi ${n}`, 'PROVINCIAL', await t.rootUnit());
  const meeting = await t.ok(
    'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    {
      input: {
        title: 'Hội nghị chuyên đề về thực hiện dân chủ tại Viện kiểm sát hai cấp tỉnh Quảng Ngãi năm 2022',
        kind: 'THEMATIC',
        format: 'ONLINE',
      },
    },
    host,
  );
  const meetingId: string = meeting.createMeeting.id;
  const addPoint = async (unitId: string, role: string): Promise<string> =>
    (
      await t.ok(
        'mutation($input: AddConnectionPointInput!) { addConnectionPoint(input: $input) { id } }',
        { input: { meetingId, unitId, role } },
        host,
      )
    ).addConnectionPoint.id;
  const addPerson = async (connectionPointId: string, name: string, role: string): Promise<string> =>
    (
      await t.ok(
        'mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }',
        { input: { meetingId, connectionPointId, name, role } },
        host,
      )
    ).addParticipant.id;

  const hostPointId = await addPoint(province, 'HOST');
  const chairId = await addPerson(hostPointId, 'Phạm Thị Kim Liên', 'CHAIR');
  const presenterId = await addPerson(hostPointId, 'Nguyễn Trình', 'PRESENTER');
  const sites: Site[] = [];
  for (let i = 1; i <= (options.sites ?? 3); i++) {
    const name = `VKSND huyện Sơn Tịnh ${n}.${i}`;
    const id = await addPoint(await unit(t, name, 'DISTRICT', province), 'SITE');
    const delegateId = await addPerson(id, `Nguyễn Thị Bích Thủy ${i}`, 'DELEGATE');
    const code = await t.ok(
      'mutation($id: ID!) { issueSiteAccessCode(connectionPointId: $id) { code } }',
      { id },
      host,
    );
    const session = await t.ok('mutation($code: String!) { joinSite(code: $code) { token } }', {
      code: code.issueSiteAccessCode.code,
    });
    sites.push({ id, name, token: session.joinSite.token, delegateId });
  }
  if (options.live !== false) await t.ok(OPS.lifecycle('startMeeting'), { id: meetingId }, host);
  return { meetingId, host, hostPointId, chairId, presenterId, sites };
}

/** Adds an agenda item (a REPORT by default) and returns it. */
export async function addItem(
  t: TestServer,
  m: MeetingSetup,
  input: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const data = await t.ok(
    OPS.addItem,
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

/** A site raises a hand on `agendaItemId`; returns the speech. */
export async function request(
  t: TestServer,
  site: Site,
  agendaItemId: string,
  input: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const data = await t.ok(
    OPS.request,
    { input: { agendaItemId, connectionPointId: site.id, kind: 'CONTRIBUTION', ...input } },
    site.token,
  );
  return data.requestToSpeak;
}

/** Requested by the site, then approved by the host: returns the QUEUED speech. */
export async function queued(t: TestServer, m: MeetingSetup, site: Site, agendaItemId: string) {
  const speech = await request(t, site, agendaItemId);
  return (await t.ok(OPS.approve, { id: speech.id }, m.host)).approveSpeech;
}

export async function lastEventSeq(t: TestServer, m: MeetingSetup): Promise<number> {
  return (await t.ok('query($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: m.meetingId }, m.host))
    .meeting.lastEventSeq;
}

/** The meeting's event log as stored, in seq order. */
export async function storedEvents(t: TestServer, m: MeetingSetup): Promise<MeetingEventRecord[]> {
  return t.server.services.db.dataSource.manager.find(MeetingEventRecord, {
    where: { meetingId: m.meetingId },
    order: { seq: 'ASC' },
  });
}

/** Expects the stored log to be seq 1..n, gapless and unique, with n the meeting's lastEventSeq. */
export async function expectGaplessLog(t: TestServer, m: MeetingSetup): Promise<MeetingEventRecord[]> {
  const events = await storedEvents(t, m);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  expect(await lastEventSeq(t, m)).toBe(events.length);
  return events;
}
