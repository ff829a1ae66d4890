import { TestClock } from '../support/instruments';
import { startTestServer, TestServer } from '../support/server';
import {
  addDirective,
  concludedMeeting,
  DIRECTIVE_EVENTS,
  report,
  UPDATE_DIRECTIVE,
} from '../support/conclusions';
import { lastEventSeq, unit } from '../support/factories';
import { connectedClient, record, Recording, until } from '../support/live';

const DASHBOARD = `query($f: DirectiveFilter) { directiveDashboard(filter: $f) { open inProgress overdue dueSoon doneOnTime doneLate total } }`;
const LIST = `query($f: DirectiveFilter) { directives(filter: $f) { edges { node { task dueSoon overdue } } } }`;

/** The reminders of this kind a subscriber received, by directive. */
const reminded = (events: Recording, type: string) =>
  events.values.filter((e) => e.type === type).map((e) => e.subject.directiveId);

describe('due-soon and overdue reminders of directives, as events of their meeting', () => {
  let t: TestServer;
  const clock = new TestClock('2022-04-28T03:00:00Z');
  beforeAll(async () => {
    // The scheduler looks every 20 ms here; the window is the default 48 hours.
    t = await startTestServer({ clock, env: { DIRECTIVE_REMINDER_POLL_MS: '20' } });
  });
  afterAll(() => t.close());

  /** A concluded meeting, a unit, and a subscriber to the meeting's events from now on. */
  async function followed() {
    clock.set('2022-04-28T03:00:00Z');
    const m = await concludedMeeting(t);
    const assigneeUnitId = await unit(t, 'VKSND huyện Mộ Đức');
    const events = record(await connectedClient(t, m.host.token), DIRECTIVE_EVENTS, {
      meetingId: m.meetingId,
      afterSeq: await lastEventSeq(t, m.host.token, m.meetingId),
    });
    const add = (task: string, deadline: string | null) =>
      addDirective(t, m.host.token, { meetingId: m.meetingId, assigneeUnitId, task, deadline });
    /**
     * Runs one more pass of the reminders, then makes a change and waits for the subscriber to have
     * it: events come in seq order, so every reminder sent before it has come too.
     */
    const settle = async (directiveId: string, note: string) => {
      await t.server.services.directiveReminders.sendDue();
      await report(t, m.host.token, directiveId, 'IN_PROGRESS', note);
      const seq = await lastEventSeq(t, m.host.token, m.meetingId);
      await events.find((e) => e.seq >= seq);
    };
    return { ...m, assigneeUnitId, events, add, settle };
  }

  it('sends DIRECTIVE_DUE_SOON once as the deadline nears and DIRECTIVE_OVERDUE once it passes; a DONE directive gets none', async () => {
    const m = await followed();
    const open = await m.add('Rà soát án tạm đình chỉ', '2022-05-10T10:00:00Z');
    const done = await m.add('Báo cáo số liệu tháng 4', '2022-05-10T10:00:00Z');
    await m.add('Tổng kết 6 tháng', '2022-06-30T10:00:00Z');
    await m.add('Không hạn', null);
    await report(t, m.host.token, done.id, 'DONE', 'Đã gửi báo cáo');
    const f = { assigneeUnitId: m.assigneeUnitId };

    // 34 hours before the deadline: due soon.
    clock.set('2022-05-09T00:00:00Z');
    const dueSoon = await m.events.find((e) => e.type === 'DIRECTIVE_DUE_SOON');
    expect(dueSoon).toEqual({
      seq: expect.any(Number),
      type: 'DIRECTIVE_DUE_SOON',
      actor: { kind: 'system' },
      subject: { directiveId: open.id, status: 'OPEN' },
    });
    expect((await t.ok(DASHBOARD, { f }, m.host.token)).directiveDashboard).toEqual({
      open: 3,
      inProgress: 0,
      overdue: 0,
      dueSoon: 1,
      doneOnTime: 1,
      doneLate: 0,
      total: 4,
    });
    const listed = await t.ok(LIST, { f: { ...f, dueSoon: true } }, m.host.token);
    expect(listed.directives.edges.map((e: any) => e.node)).toEqual([
      { task: 'Rà soát án tạm đình chỉ', dueSoon: true, overdue: false },
    ]);
    await m.settle(open.id, 'Đang rà soát');

    // Past the deadline: overdue, once.
    clock.set('2022-05-11T00:00:00Z');
    await m.events.find((e) => e.type === 'DIRECTIVE_OVERDUE');
    await m.settle(open.id, 'Còn 02 vụ');
    // Neither the DONE directive nor the one due in June was reminded of anything.
    expect(reminded(m.events, 'DIRECTIVE_DUE_SOON')).toEqual([open.id]);
    expect(reminded(m.events, 'DIRECTIVE_OVERDUE')).toEqual([open.id]);
    expect((await t.ok(DASHBOARD, { f }, m.host.token)).directiveDashboard).toMatchObject({
      overdue: 1,
      dueSoon: 0,
    });
  });

  it('reminds again of a deadline the hosts moved', async () => {
    const m = await followed();
    const moved = await m.add('Kiểm tra hồ sơ', '2022-05-10T10:00:00Z');
    clock.set('2022-05-09T00:00:00Z');
    await m.events.find((e) => e.type === 'DIRECTIVE_DUE_SOON');
    await t.ok(UPDATE_DIRECTIVE, { input: { id: moved.id, deadline: '2022-05-20T10:00:00Z' } }, m.host.token);
    clock.set('2022-05-19T00:00:00Z');
    await until(() => reminded(m.events, 'DIRECTIVE_DUE_SOON').length === 2, 'the second reminder');
    await m.settle(moved.id, 'Đang kiểm tra');
    expect(reminded(m.events, 'DIRECTIVE_DUE_SOON')).toEqual([moved.id, moved.id]);
    expect(reminded(m.events, 'DIRECTIVE_OVERDUE')).toEqual([]);
  });
});
