import { TestServer, expectError, startTestServer } from '../support/server';
import {
  ADD_PARTICIPANT,
  connectionPoint,
  hostedMeeting,
  lifecycle,
  participant,
  unit,
} from '../support/factories';
import { setupOf } from '../support/connection-points';
import { UNKNOWN_ID } from '../support/instruments';

describe('addParticipant', () => {
  let t: TestServer;
  let host: string;
  let outsider: string;
  let meetingId: string;
  let cp: Record<string, any>;
  beforeAll(async () => {
    t = await startTestServer();
  });
  // A fresh meeting per test: tests run alone and in any order.
  beforeEach(async () => {
    ({ host, outsider, meetingId } = await hostedMeeting(t));
    cp = await connectionPoint(t, host, meetingId);
  });
  afterAll(() => t.close());

  const add = (input: Record<string, unknown>, token: string | null = host) =>
    t.gql(
      ADD_PARTICIPANT,
      { input: { meetingId, connectionPointId: cp.id, name: 'Lê Thị Hằng', ...input } },
      token,
    );

  it('requires authentication', async () => {
    expectError(await add({}, null), 'UNAUTHENTICATED');
  });

  it('keeps Vietnamese text exactly and starts as EXPECTED', async () => {
    const unitId = await unit(t);
    const p = await participant(t, host, meetingId, cp.id, {
      name: 'Phùng Thanh Liễu',
      position: 'Trưởng Phòng 1, Phó Chủ tịch CĐCS Viện KSND tỉnh',
      role: 'PRESENTER',
      unitId,
    });
    expect(p).toMatchObject({
      meetingId,
      connectionPointId: cp.id,
      unitId,
      name: 'Phùng Thanh Liễu',
      position: 'Trưởng Phòng 1, Phó Chủ tịch CĐCS Viện KSND tỉnh',
      role: 'PRESENTER',
      attendance: 'EXPECTED',
      checkedInAt: null,
    });
    const read = await t.ok(
      'query($id: ID!) { meeting(id: $id) { participants { id name position connectionPoint { id } unit { id } } } }',
      { id: meetingId },
      host,
    );
    expect(read.meeting.participants).toContainEqual({
      id: p.id,
      name: 'Phùng Thanh Liễu',
      position: 'Trưởng Phòng 1, Phó Chủ tịch CĐCS Viện KSND tỉnh',
      connectionPoint: { id: cp.id },
      unit: { id: unitId },
    });
  });

  it('is a DELEGATE unless told otherwise', async () => {
    const data = await t.ok(
      ADD_PARTICIPANT,
      { input: { meetingId, connectionPointId: cp.id, name: 'Vũ Văn Nam' } },
      host,
    );
    expect(data.addParticipant.role).toBe('DELEGATE');
  });

  it('refuses bad input with the field, and writes nothing', async () => {
    const other = await hostedMeeting(t);
    const foreign = await connectionPoint(t, other.host, other.meetingId);
    const before = await setupOf(t, host, meetingId);
    expectError(await add({ name: '  ' }), 'BAD_USER_INPUT', 'input.name');
    expectError(await add({ name: 'ơ'.repeat(256) }), 'BAD_USER_INPUT', 'input.name');
    expectError(await add({ position: ' ' }), 'BAD_USER_INPUT', 'input.position');
    expectError(await add({ connectionPointId: foreign.id }), 'BAD_USER_INPUT', 'input.connectionPointId');
    expectError(await add({ connectionPointId: UNKNOWN_ID }), 'BAD_USER_INPUT', 'input.connectionPointId');
    expectError(await add({ connectionPointId: 'cp-1' }), 'BAD_USER_INPUT', 'input.connectionPointId');
    expectError(await add({ unitId: 'unit-1' }), 'BAD_USER_INPUT', 'input.unitId');
    expectError(await add({ unitId: UNKNOWN_ID }), 'BAD_USER_INPUT', 'input.unitId');
    expectError(await add({ meetingId: 'm' }), 'BAD_USER_INPUT', 'input.meetingId');
    expectError(await add({ meetingId: UNKNOWN_ID }), 'NOT_FOUND');
    expectError(await add({ role: 'KING' }), 'BAD_USER_INPUT');
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });

  it('is for the hosts only', async () => {
    expectError(await add({}, outsider), 'FORBIDDEN');
  });

  it('is refused once the meeting has ended', async () => {
    const ended = await hostedMeeting(t);
    const site = await connectionPoint(t, ended.host, ended.meetingId);
    await lifecycle(t, ended.host, ended.meetingId, 'start', 'end');
    const result = await t.gql(
      ADD_PARTICIPANT,
      { input: { meetingId: ended.meetingId, connectionPointId: site.id, name: 'Muộn' } },
      ended.host,
    );
    expect(expectError(result, 'CONFLICT').extensions?.current).toEqual({ status: 'ENDED' });
  });
});
