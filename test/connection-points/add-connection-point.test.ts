import { TestServer, expectError, startTestServer } from '../support/server';
import { ADD_CP, connectionPoint, hostedMeeting, lifecycle, unit } from '../support/factories';
import { setupOf } from '../support/connection-points';
import { UNKNOWN_ID } from '../support/instruments';

describe('addConnectionPoint', () => {
  let t: TestServer;
  let host: string;
  let outsider: string;
  let meetingId: string;
  beforeAll(async () => {
    t = await startTestServer();
    ({ host, outsider, meetingId } = await hostedMeeting(t));
  });
  afterAll(() => t.close());

  const add = (input: Record<string, unknown>, token: string | null = host) =>
    t.gql(ADD_CP, { input }, token);

  it('requires authentication', async () => {
    expectError(await add({ meetingId, unitId: await unit(t) }, null), 'UNAUTHENTICATED');
  });

  it('keeps Vietnamese text exactly', async () => {
    const fields = {
      name: 'Điểm cầu VKSND huyện Sơn Tây',
      location: 'Phòng họp tầng 2, số 1 Phố Lê Lợi',
      operatorName: 'Nguyễn Thị Hồng Nhung',
      operatorContact: '0912 345 678',
      presidingName: 'Đồng chí Phó Viện trưởng Đỗ Mạnh Hùng',
      expectedAttendance: 25,
    };
    const cp = await connectionPoint(t, host, meetingId, fields);
    expect(cp).toMatchObject({
      ...fields,
      role: 'SITE',
      connectionState: 'NEVER_JOINED',
      hasAccessCode: false,
    });
    const setup = await setupOf(t, host, meetingId);
    expect(setup.connectionPoints.find((c: { id: string }) => c.id === cp.id)).toEqual(cp);
  });

  it('names the point after its unit when no name is given', async () => {
    const unitId = await unit(t, 'VKSND thị xã Phú Thọ', { exact: true });
    const cp = await connectionPoint(t, host, meetingId, { unitId });
    expect(cp.name).toBe('VKSND thị xã Phú Thọ');
    expect(cp.expectedAttendance).toBe(0);
  });

  it('lists the host point first, then the sites by name', async () => {
    const { host: h, meetingId: m } = await hostedMeeting(t);
    for (const name of ['Điểm cầu Yên Lập', 'Điểm cầu Ba Vì', 'Điểm cầu Đan Phượng'])
      await connectionPoint(t, h, m, { name });
    await connectionPoint(t, h, m, { name: 'Điểm cầu chính VKSND tỉnh', role: 'HOST' });
    const names = (await setupOf(t, h, m)).connectionPoints.map((c: { name: string }) => c.name);
    expect(names).toEqual([
      'Điểm cầu chính VKSND tỉnh',
      'Điểm cầu Ba Vì',
      'Điểm cầu Đan Phượng',
      'Điểm cầu Yên Lập',
    ]);
  });

  it('refuses a second HOST point and writes nothing', async () => {
    const { host: h, meetingId: m } = await hostedMeeting(t);
    const first = await connectionPoint(t, h, m, { role: 'HOST' });
    const before = await setupOf(t, h, m);
    const error = expectError(
      await add({ meetingId: m, unitId: await unit(t), role: 'HOST' }, h),
      'CONFLICT',
    );
    expect(error.extensions?.current).toEqual({ hostConnectionPointId: first.id });
    expect(await setupOf(t, h, m)).toEqual(before);
  });

  it('refuses a second point for the same unit', async () => {
    const cp = await connectionPoint(t, host, meetingId);
    const before = await setupOf(t, host, meetingId);
    const error = expectError(await add({ meetingId, unitId: cp.unitId }), 'CONFLICT');
    expect(error.extensions?.current).toEqual({ connectionPointId: cp.id });
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });

  it('refuses bad input with the field, and writes nothing', async () => {
    const unitId = await unit(t);
    const before = await setupOf(t, host, meetingId);
    expectError(await add({ meetingId, unitId, name: '   ' }), 'BAD_USER_INPUT', 'input.name');
    expectError(await add({ meetingId, unitId, name: 'x'.repeat(256) }), 'BAD_USER_INPUT', 'input.name');
    expectError(
      await add({ meetingId, unitId, expectedAttendance: -1 }),
      'BAD_USER_INPUT',
      'input.expectedAttendance',
    );
    expectError(
      await add({ meetingId, unitId, operatorContact: '1'.repeat(65) }),
      'BAD_USER_INPUT',
      'input.operatorContact',
    );
    expectError(await add({ meetingId: 'not-an-id', unitId }), 'BAD_USER_INPUT', 'input.meetingId');
    expectError(await add({ meetingId, unitId: 'not-an-id' }), 'BAD_USER_INPUT', 'input.unitId');
    expectError(await add({ meetingId, unitId: UNKNOWN_ID }), 'BAD_USER_INPUT', 'input.unitId');
    expectError(await add({ meetingId, unitId, role: 'CHAIR' }), 'BAD_USER_INPUT');
    expectError(await add({ meetingId: UNKNOWN_ID, unitId }), 'NOT_FOUND');
    expect(await setupOf(t, host, meetingId)).toEqual(before);
  });

  it('is for the hosts of the meeting only', async () => {
    expectError(await add({ meetingId, unitId: await unit(t) }, outsider), 'FORBIDDEN');
  });

  it('is refused once the meeting has ended or was cancelled', async () => {
    const ended = await hostedMeeting(t);
    await lifecycle(t, ended.host, ended.meetingId, 'start', 'end');
    const error = expectError(
      await add({ meetingId: ended.meetingId, unitId: await unit(t) }, ended.host),
      'CONFLICT',
    );
    expect(error.extensions?.current).toEqual({ status: 'ENDED' });
    const cancelled = await hostedMeeting(t);
    await lifecycle(t, cancelled.host, cancelled.meetingId, 'cancel');
    expectError(
      await add({ meetingId: cancelled.meetingId, unitId: await unit(t) }, cancelled.host),
      'CONFLICT',
    );
  });

  it('accepts a late site while the meeting is live, and records an event', async () => {
    const { host: h, meetingId: m } = await hostedMeeting(t);
    await lifecycle(t, h, m, 'start');
    const before = (await setupOf(t, h, m)).lastEventSeq;
    await connectionPoint(t, h, m);
    expect((await setupOf(t, h, m)).lastEventSeq).toBe(before + 1);
  });
});
