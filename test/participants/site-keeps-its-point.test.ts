import { TestServer, expectError, startTestServer } from '../support/server';
import { ADD_PARTICIPANT, CP_FIELDS, Conference, conference, lastEventSeq } from '../support/factories';
import { record, until } from '../support/live';

const UPDATE_CP = `mutation($input: UpdateConnectionPointInput!) { updateConnectionPoint(input: $input) { ${CP_FIELDS} } }`;
const EVENTS = `subscription($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {
    seq type actor { kind name }
    subject {
      ... on ParticipantSnapshot { participantId name connectionPointId }
      ... on ConnectionPointSnapshot { connectionPointId expectedAttendance presidingName }
    }
  } }`;

/** A site adds the delegate who turns up unannounced, sets its headcount and who presides there. */
describe('a site keeps its own connection point up to date', () => {
  let t: TestServer;
  let m: Conference;
  beforeAll(async () => {
    t = await startTestServer();
  });
  beforeEach(async () => {
    m = await conference(t, { sites: 2 });
  });
  afterAll(() => t.close());

  it('adds a late delegate, sets its headcount and presiding person, and the host sees it live', async () => {
    const site = m.sites[0];
    const after = await lastEventSeq(t, m.host, m.meetingId);
    const host = record(t.ws(m.host), EVENTS, { meetingId: m.meetingId, afterSeq: after });
    const { addParticipant } = await t.ok(
      ADD_PARTICIPANT,
      {
        input: {
          meetingId: m.meetingId,
          connectionPointId: site.id,
          name: 'Lê Văn Đến Muộn',
          position: 'Kiểm sát viên',
        },
      },
      site.token,
    );
    expect(addParticipant).toMatchObject({
      connectionPointId: site.id,
      role: 'DELEGATE',
      attendance: 'EXPECTED',
    });
    await t.ok(
      'mutation($id: ID!) { checkInParticipant(id: $id) { id } }',
      { id: addParticipant.id },
      site.token,
    );
    const { updateConnectionPoint } = await t.ok(
      UPDATE_CP,
      { input: { id: site.id, expectedAttendance: 12, presidingName: '  Nguyễn Văn Chủ Trì  ' } },
      site.token,
    );
    expect(updateConnectionPoint).toMatchObject({
      expectedAttendance: 12,
      presidingName: 'Nguyễn Văn Chủ Trì',
    });

    // The host following also connects the host point (SITE_CONNECTED): left aside here.
    const changes = () => host.values.filter((e) => !e.type.startsWith('SITE_'));
    await until(() => changes().length >= 3, 'the three changes pushed to the host');
    expect(changes().map((e) => [e.type, e.actor.kind, e.subject])).toEqual([
      [
        'PARTICIPANT_ADDED',
        'site',
        { participantId: addParticipant.id, name: 'Lê Văn Đến Muộn', connectionPointId: site.id },
      ],
      [
        'PARTICIPANT_CHECKED_IN',
        'site',
        { participantId: addParticipant.id, name: 'Lê Văn Đến Muộn', connectionPointId: site.id },
      ],
      [
        'CONNECTION_POINT_UPDATED',
        'site',
        { connectionPointId: site.id, expectedAttendance: 12, presidingName: 'Nguyễn Văn Chủ Trì' },
      ],
    ]);
    const { liveMeeting } = await t.ok(
      `query($id: ID!) { liveMeeting(meetingId: $id) {
        attendanceByConnectionPoint { connectionPointId planned present } } }`,
      { id: m.meetingId },
      m.host,
    );
    expect(liveMeeting.attendanceByConnectionPoint).toContainEqual({
      connectionPointId: site.id,
      planned: 12,
      present: 1,
    });
  });

  it('only for its own point, and only what a site keeps: the rest is the hosts’, writing nothing', async () => {
    const [own, other] = m.sites;
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const add = (input: Record<string, unknown>) =>
      t.gql(ADD_PARTICIPANT, { input: { meetingId: m.meetingId, name: 'Người lạ', ...input } }, own.token);
    expectError(await add({ connectionPointId: other.id }), 'FORBIDDEN');
    expectError(await add({ connectionPointId: own.id, role: 'CHAIR' }), 'FORBIDDEN', 'input.role');
    expectError(
      await t.gql(UPDATE_CP, { input: { id: other.id, expectedAttendance: 3 } }, own.token),
      'FORBIDDEN',
    );
    for (const [field, value] of [
      ['name', 'Đổi tên'],
      ['location', 'Phòng họp khác'],
      ['operatorContact', '0912345678'],
      ['role', 'HOST'],
    ]) {
      expectError(
        await t.gql(UPDATE_CP, { input: { id: own.id, presidingName: 'Ai đó', [field]: value } }, own.token),
        'FORBIDDEN',
        `input.${field}`,
      );
    }
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });
});
