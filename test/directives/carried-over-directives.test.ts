import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { addDirective, draft, report } from '../support/conclusions';
import { lifecycle, meeting, unit, user } from '../support/factories';

const CARRIED = `query($id: ID!) { meeting(id: $id) { carriedOverDirectives { task status meetingId } } }`;

describe("Meeting.carriedOverDirectives: last briefing's open tasks, reviewed at the next", () => {
  let t: TestServer;
  const clock = new TestClock('2024-03-25T01:00:00Z');
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const host = await user(t, 'HOST');
    const { id } = await meeting(t, host.token);
    expectError(await t.gql(CARRIED, { id }), 'UNAUTHENTICATED');
  });

  it('lists the directives not DONE of the previous meeting of the same kind and organizer', async () => {
    const host = await user(t, 'HOST');
    const organizerId = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL' });
    const district = await unit(t, 'VKSND huyện Sơn Hòa');
    const briefing = async (month: number, input: Record<string, unknown> = {}): Promise<string> =>
      (
        await meeting(t, host.token, {
          title: `Giao ban tháng ${month}/2024`,
          organizerId,
          scheduledStart: `2024-0${month}-25T01:00:00.000Z`,
          ...input,
        })
      ).id;

    const february = await briefing(2);
    const march = await briefing(3);
    await lifecycle(t, host.token, march, 'start');
    await draft(t, host.token, march);
    const add = (task: string) =>
      addDirective(t, host.token, { meetingId: march, assigneeUnitId: district, task });
    const open = await add('Giải quyết án tồn');
    const started = await add('Rà soát án tạm đình chỉ');
    const done = await add('Báo cáo số liệu quý I');
    await lifecycle(t, host.token, march, 'end');
    await report(t, host.token, started.id, 'IN_PROGRESS');
    await report(t, host.token, done.id, 'DONE');

    // Other series and a cancelled meeting between do not count.
    await briefing(3, { kind: 'QUARTERLY_BRIEFING', scheduledStart: '2024-04-01T01:00:00.000Z' });
    await briefing(4, { organizerId: await unit(t, 'VKSND tỉnh Khánh Hòa', { level: 'PROVINCIAL' }) });
    const cancelled = await briefing(4, { scheduledStart: '2024-04-10T01:00:00.000Z' });
    await lifecycle(t, host.token, cancelled, 'cancel');
    const april = await briefing(4);

    const carried = await t.ok(CARRIED, { id: april }, host.token);
    expect(carried.meeting.carriedOverDirectives).toEqual([
      { task: open.task, status: 'OPEN', meetingId: march },
      { task: started.task, status: 'IN_PROGRESS', meetingId: march },
    ]);
    expect((await t.ok(CARRIED, { id: march }, host.token)).meeting.carriedOverDirectives).toEqual([]);
    expect((await t.ok(CARRIED, { id: february }, host.token)).meeting.carriedOverDirectives).toEqual([]);
  });
});
