import { TestServer, expectError, startTestServer } from '../support/server';
import { lifecycle, meeting as createMeeting, unit, user } from '../support/factories';
import { UPDATE_MEETING, readMeeting } from '../support/meetings';

describe('updateMeeting: only the fields sent change, against the version read', () => {
  let t: TestServer;
  let host: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestServer();
    host = await user(t, 'HOST');
  });
  afterAll(() => t.close());

  const update = (input: Record<string, unknown>) => t.gql(UPDATE_MEETING, { input }, host.token);

  it('changes the fields sent, clears those sent as null, and bumps the version', async () => {
    const organizerId = await unit(t, 'Văn phòng VKSND tỉnh Phú Yên', { level: 'DEPARTMENT', exact: true });
    const meeting = await createMeeting(t, host.token, {
      planReference: 'Kế hoạch số 714/KH–VKS–BCĐ ngày 05/4/2022',
      description: 'Mô tả',
      organizerId,
      scheduledStart: '2022-04-05T01:00:00.000Z',
    });
    const result = await update({
      id: meeting.id,
      version: 1,
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2022',
      kind: 'SEMIANNUAL_REVIEW',
      description: null,
      organizerId: null,
    });
    expect(result.errors).toBeUndefined();
    const after = await readMeeting(t, meeting.id);
    expect(result.data!.updateMeeting).toEqual(after);
    expect(after).toEqual({
      ...meeting,
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2022',
      kind: 'SEMIANNUAL_REVIEW',
      description: null,
      organizerId: null,
      version: 2,
      lastEventSeq: 2,
    });
  });

  it.each([
    ['ENDED', ['start', 'end'] as const],
    ['CANCELLED', ['cancel'] as const],
  ])('refuses to edit a %s meeting, a record', async (status, path) => {
    const meeting = await createMeeting(t, host.token);
    await lifecycle(t, host.token, meeting.id, ...path);
    const before = await readMeeting(t, meeting.id);
    const error = expectError(
      await update({ id: meeting.id, version: before.version, title: 'Sửa' }),
      'CONFLICT',
    );
    expect(error.extensions?.current).toEqual({ status, version: before.version });
    expect(await readMeeting(t, meeting.id)).toEqual(before);
  });

  it('edits a LIVE meeting', async () => {
    const meeting = await createMeeting(t, host.token);
    await lifecycle(t, host.token, meeting.id, 'start');
    const result = await update({ id: meeting.id, version: 2, format: 'HYBRID' });
    expect(result.data?.updateMeeting).toMatchObject({ status: 'LIVE', format: 'HYBRID', version: 3 });
  });

  it('checks the time range against the stored times when only one end is sent', async () => {
    const meeting = await createMeeting(t, host.token, {
      scheduledStart: '2022-07-01T01:00:00.000Z',
      scheduledEnd: '2022-07-01T04:00:00.000Z',
    });
    expectError(
      await update({ id: meeting.id, version: 1, scheduledStart: '2022-07-01T05:00:00.000Z' }),
      'BAD_USER_INPUT',
      'input.scheduledStart',
    );
    expect(await readMeeting(t, meeting.id)).toEqual(meeting);
  });
});
