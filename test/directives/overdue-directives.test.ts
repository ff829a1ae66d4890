import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { addDirective, concludedMeeting, report } from '../support/conclusions';
import { unit } from '../support/factories';

const LIST = `query($f: DirectiveFilter) { directives(filter: $f) { totalCount edges { node { task overdue completedLate } } } }`;
const DASHBOARD = `query($f: DirectiveFilter) { directiveDashboard(filter: $f) { open inProgress overdue doneOnTime doneLate total } }`;
const COUNTS = `query($id: ID!) { meeting(id: $id) { directiveCounts { open inProgress overdue doneOnTime doneLate total } } }`;

describe('overdue directives, derived from the deadline and the clock', () => {
  let t: TestServer;
  const clock = new TestClock('2022-04-28T03:00:00Z');
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    expectError(await t.gql(LIST, {}), 'UNAUTHENTICATED');
    expectError(await t.gql(DASHBOARD, {}), 'UNAUTHENTICATED');
  });

  it('turns overdue when the clock passes the deadline, unless done; done late is kept', async () => {
    const { host, meetingId } = await concludedMeeting(t);
    const assigneeUnitId = await unit(t, 'VKSND huyện Mộ Đức');
    const add = (task: string, deadline: string | null) =>
      addDirective(t, host.token, { meetingId, assigneeUnitId, task, deadline });
    const early = await add('Hạn 15/5', '2022-05-15T10:00:00Z');
    const late = await add('Hạn 31/5', '2022-05-31T10:00:00Z');
    await add('Hạn 30/6', '2022-06-30T10:00:00Z');
    await add('Không hạn', null);
    const f = { assigneeUnitId };

    clock.set('2022-05-20T00:00:00Z');
    await report(t, host.token, late.id, 'IN_PROGRESS');
    let list = await t.ok(LIST, { f: { ...f, overdue: true } }, host.token);
    expect(list.directives.edges.map((e: any) => e.node)).toEqual([
      { task: 'Hạn 15/5', overdue: true, completedLate: null },
    ]);
    expect((await t.ok(LIST, { f: { ...f, overdue: false } }, host.token)).directives.totalCount).toBe(3);

    clock.set('2022-06-01T00:00:00Z');
    await report(t, host.token, early.id, 'DONE'); // after its deadline
    list = await t.ok(LIST, { f }, host.token);
    expect(list.directives.edges.map((e: any) => e.node)).toEqual([
      { task: 'Không hạn', overdue: false, completedLate: null },
      { task: 'Hạn 15/5', overdue: false, completedLate: true },
      { task: 'Hạn 31/5', overdue: true, completedLate: null },
      { task: 'Hạn 30/6', overdue: false, completedLate: null },
    ]);
    const counts = { open: 2, inProgress: 1, overdue: 1, doneOnTime: 0, doneLate: 1, total: 4 };
    expect((await t.ok(DASHBOARD, { f }, host.token)).directiveDashboard).toEqual(counts);
    expect((await t.ok(COUNTS, { id: meetingId }, host.token)).meeting.directiveCounts).toEqual(counts);

    clock.set('2022-07-01T00:00:00Z');
    expect((await t.ok(DASHBOARD, { f: { ...f, overdue: true } }, host.token)).directiveDashboard).toEqual({
      open: 1,
      inProgress: 1,
      overdue: 2,
      doneOnTime: 0,
      doneLate: 0,
      total: 2,
    });
    clock.set('2022-04-28T03:00:00Z');
  });
});
