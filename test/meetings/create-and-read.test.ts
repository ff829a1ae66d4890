import { TestServer, startTestServer } from '../support/server';
import { meeting as createMeeting, unit, user } from '../support/factories';
import { readMeeting } from '../support/meetings';

describe('createMeeting and meeting: what is created reads back exactly', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const TITLE = 'Hội nghị giao ban trực tuyến VKSND hai cấp tỉnh Phú Yên tháng 6/2021';
  const PLAN = 'Kế hoạch số 714/KH–VKS–BCĐ ngày 05/4/2022';

  it('keeps Vietnamese text, units, times and hosts, as a DRAFT at version 1 with one event', async () => {
    const host = await user(t, 'HOST', { name: 'Nguyễn Hàn My' });
    const province = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL', exact: true });
    const district = await unit(t, 'VKSND thị xã Đông Hòa', { level: 'DISTRICT', exact: true });
    const input = {
      title: TITLE,
      kind: 'MONTHLY_BRIEFING',
      format: 'ONLINE',
      planReference: PLAN,
      description: 'Đánh giá kết quả công tác tháng 6;\nphương hướng nhiệm vụ tháng 7.',
      organizerId: province,
      hostUnitId: district,
      scheduledStart: '2021-06-28T01:30:00.000Z',
      scheduledEnd: '2021-06-28T04:00:00.000Z',
    };
    const created = await createMeeting(t, host.token, input);
    expect(created).toMatchObject({
      ...input,
      status: 'DRAFT',
      version: 1,
      lastEventSeq: 1,
      startedAt: null,
    });

    const read = await t.ok(
      `query($id: ID!) { meeting(id: $id) { title planReference description
         organizer { id name } hostUnit { id name } hosts { id displayName } } }`,
      { id: created.id },
      host.token,
    );
    expect(read.meeting).toEqual({
      title: TITLE,
      planReference: PLAN,
      description: input.description,
      organizer: { id: province, name: 'VKSND tỉnh Phú Yên' },
      hostUnit: { id: district, name: 'VKSND thị xã Đông Hòa' },
      hosts: [{ id: host.id, displayName: 'Nguyễn Hàn My' }],
    });
  });

  it('lets an ADMIN name the hosts, and makes the ADMIN host when it names none', async () => {
    const admin = await t.adminToken();
    const [a, b] = [
      await user(t, 'HOST', { name: 'Trần Văn A' }),
      await user(t, 'HOST', { name: 'Lê Thị B' }),
    ];
    const named = await createMeeting(t, admin, { hostUserIds: [a.id, b.id, a.id] });
    const hosts = async (id: string) =>
      (await t.ok('query($id: ID!) { meeting(id: $id) { hosts { id } } }', { id }, admin)).meeting.hosts.map(
        (h: { id: string }) => h.id,
      );
    expect((await hosts(named.id)).sort()).toEqual([a.id, b.id].sort());
    const unnamed = await createMeeting(t, admin);
    const me = await t.ok('{ me { userId } }', {}, admin);
    expect(await hosts(unnamed.id)).toEqual([me.me.userId]);
  });

  it('keeps a HOST among the hosts of what it creates', async () => {
    const [creator, other] = [await user(t, 'HOST'), await user(t, 'HOST')];
    const meeting = await createMeeting(t, creator.token, { hostUserIds: [other.id] });
    const read = await t.ok(
      'query($id: ID!) { meeting(id: $id) { hosts { id } } }',
      { id: meeting.id },
      creator.token,
    );
    expect(read.meeting.hosts.map((h: { id: string }) => h.id).sort()).toEqual([creator.id, other.id].sort());
  });

  it('is readable by a VIEWER', async () => {
    const organizerId = await unit(t, 'VKSND tỉnh Gia Lai', { level: 'PROVINCIAL' });
    const meeting = await createMeeting(t, await t.adminToken(), { title: TITLE, organizerId });
    const viewer = await user(t, 'VIEWER');
    expect(await readMeeting(t, meeting.id, viewer.token)).toEqual(meeting);
  });
});
