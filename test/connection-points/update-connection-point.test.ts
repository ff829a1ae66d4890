import { TestServer, expectError, startTestServer } from '../support/server';
import { connectionPoint, hostedMeeting, lifecycle, unit } from '../support/factories';
import { UPDATE_CP, setupOf } from '../support/connection-points';
import { UNKNOWN_ID } from '../support/instruments';

describe('updateConnectionPoint', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const update = (input: Record<string, unknown>, token: string | null) => t.gql(UPDATE_CP, { input }, token);

  it('requires authentication', async () => {
    expectError(await update({ id: UNKNOWN_ID, name: 'x' }, null), 'UNAUTHENTICATED');
  });

  it('changes only the fields sent; null clears, and resets the name to the unit', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const unitId = await unit(t, 'VKSND huyện Thanh Sơn', { exact: true });
    const cp = await connectionPoint(t, host, meetingId, {
      unitId,
      location: 'Phòng họp A',
      operatorName: 'Hà Văn Tú',
    });
    const renamed = await t.ok(
      UPDATE_CP,
      { input: { id: cp.id, name: 'Điểm cầu VKSND huyện Sơn Tây', location: null } },
      host,
    );
    expect(renamed.updateConnectionPoint).toMatchObject({
      name: 'Điểm cầu VKSND huyện Sơn Tây',
      location: null,
      operatorName: 'Hà Văn Tú',
    });
    const reset = await t.ok(UPDATE_CP, { input: { id: cp.id, name: null, expectedAttendance: 12 } }, host);
    expect(reset.updateConnectionPoint).toMatchObject({
      name: 'VKSND huyện Thanh Sơn',
      expectedAttendance: 12,
    });
  });

  it('moves the host role within the rules', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const main = await connectionPoint(t, host, meetingId, { role: 'HOST' });
    const site = await connectionPoint(t, host, meetingId);
    const error = expectError(await update({ id: site.id, role: 'HOST' }, host), 'CONFLICT');
    expect(error.extensions?.current).toEqual({ hostConnectionPointId: main.id });
    await t.ok(UPDATE_CP, { input: { id: main.id, role: 'SITE' } }, host);
    const promoted = await t.ok(UPDATE_CP, { input: { id: site.id, role: 'HOST' } }, host);
    expect(promoted.updateConnectionPoint.role).toBe('HOST');
  });

  it('refuses a role change once the meeting is live, and anything once it ended', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const cp = await connectionPoint(t, host, meetingId);
    await lifecycle(t, host, meetingId, 'start');
    const before = await setupOf(t, host, meetingId);
    const error = expectError(await update({ id: cp.id, role: 'HOST' }, host), 'CONFLICT');
    expect(error.extensions?.current).toEqual({ status: 'LIVE' });
    expect(await setupOf(t, host, meetingId)).toEqual(before);
    await t.ok(UPDATE_CP, { input: { id: cp.id, presidingName: 'Đồng chí Viện trưởng' } }, host);
    await lifecycle(t, host, meetingId, 'end');
    expectError(await update({ id: cp.id, presidingName: 'Ai đó' }, host), 'CONFLICT');
  });

  it('refuses a unit that already has a point in the meeting', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const a = await connectionPoint(t, host, meetingId);
    const b = await connectionPoint(t, host, meetingId);
    expectError(await update({ id: b.id, unitId: a.unitId }, host), 'CONFLICT');
  });

  it('refuses bad input and unknown ids, and writes nothing', async () => {
    const { host, outsider, meetingId } = await hostedMeeting(t);
    const cp = await connectionPoint(t, host, meetingId);
    const before = await setupOf(t, host, meetingId);
    expectError(await update({ id: cp.id, name: ' ' }, host), 'BAD_USER_INPUT', 'input.name');
    expectError(
      await update({ id: cp.id, expectedAttendance: -5 }, host),
      'BAD_USER_INPUT',
      'input.expectedAttendance',
    );
    expectError(await update({ id: cp.id, unitId: null }, host), 'BAD_USER_INPUT', 'input.unitId');
    expectError(await update({ id: cp.id, unitId: UNKNOWN_ID }, host), 'BAD_USER_INPUT', 'input.unitId');
    expectError(await update({ id: 'nope', name: 'x' }, host), 'BAD_USER_INPUT', 'input.id');
    expectError(await update({ id: UNKNOWN_ID, name: 'x' }, host), 'NOT_FOUND');
    expectError(await update({ id: cp.id, name: 'x' }, outsider), 'FORBIDDEN');
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });
});
