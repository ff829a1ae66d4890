import { RunningServer } from '../../server/http/server';
import { addDirective, concludedMeeting, DIRECTIVE_EVENTS } from '../support/conclusions';
import { lastEventSeq, unit } from '../support/factories';
import { TestClock } from '../support/instruments';
import { connectedClient, record } from '../support/live';
import { describeScaleOut } from '../support/processes';
import { anotherInstance, startTestServer, TestServer } from '../support/server';

/**
 * Two instances on one MySQL/MariaDB database (events through Redis) both look for the reminders
 * due at once: each directive's reminder is claimed by one of them, and sent once.
 */
describeScaleOut('directive reminders with two instances', () => {
  let t: TestServer;
  let other: RunningServer;
  const clock = new TestClock('2022-04-28T03:00:00Z');
  // No poller: the test runs both instances' passes itself, side by side.
  const env = { REDIS_URL: process.env.TEST_REDIS_URL!, DIRECTIVE_REMINDER_POLL_MS: '0' };
  beforeAll(async () => {
    t = await startTestServer({ clock, env });
    other = await anotherInstance(t, env, { clock });
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('sends each due-soon and overdue reminder once, whichever instance sends it', async () => {
    const m = await concludedMeeting(t);
    const assigneeUnitId = await unit(t, 'VKSND huyện Sơn Hòa');
    const events = record(await connectedClient(t, m.host.token), DIRECTIVE_EVENTS, {
      meetingId: m.meetingId,
      afterSeq: await lastEventSeq(t, m.host.token, m.meetingId),
    });
    const ids: string[] = [];
    for (const task of ['Rà soát án tồn', 'Báo cáo số liệu', 'Kiểm tra hồ sơ', 'Tổng hợp kiến nghị']) {
      ids.push(
        (
          await addDirective(t, m.host.token, {
            meetingId: m.meetingId,
            assigneeUnitId,
            task,
            deadline: '2022-05-10T10:00:00Z',
          })
        ).id,
      );
    }
    const bothInstances = async () => {
      const sent = await Promise.all(
        [t.server, other, t.server, other].map((s) => s.services.directiveReminders.sendDue()),
      );
      return sent.reduce((a, b) => a + b, 0);
    };

    clock.set('2022-05-09T00:00:00Z');
    expect(await bothInstances()).toBe(ids.length);
    clock.set('2022-05-11T00:00:00Z');
    expect(await bothInstances()).toBe(ids.length);
    expect(await bothInstances()).toBe(0);

    // The subscriber, on the first instance, has every event of the log up to the last, in order.
    const last = await lastEventSeq(t, m.host.token, m.meetingId);
    await events.find((e) => e.seq === last);
    const of = (type: string) =>
      events.values
        .filter((e) => e.type === type)
        .map((e) => e.subject.directiveId)
        .sort();
    expect(of('DIRECTIVE_DUE_SOON')).toEqual([...ids].sort());
    expect(of('DIRECTIVE_OVERDUE')).toEqual([...ids].sort());
  });
});
