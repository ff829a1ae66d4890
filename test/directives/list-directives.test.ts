import { connectionPoint, lifecycle, siteToken, unit } from '../support/factories';
import { TestClock, UNKNOWN_ID } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { PUBLISH, addDirective, concludedMeeting, report } from '../support/conclusions';

const LIST = `query($f: DirectiveFilter, $first: Int, $after: String) { directives(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { task status assigneeUnit { name } } } } }`;

describe('directives: follow-up across meetings', () => {
  let t: TestServer;
  const clock = new TestClock('2022-04-28T03:00:00Z');
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    expectError(await t.gql(LIST, {}), 'UNAUTHENTICATED');
  });

  it('filters by unit, status, meeting and deadline, and pages by deadline', async () => {
    const a = await concludedMeeting(t);
    const b = await concludedMeeting(t);
    const unitId = await unit(t, 'VKSND huyện Trà Bồng');
    const tasks = [];
    for (let i = 1; i <= 5; i++) {
      const m = i % 2 ? a : b;
      const deadline = `2022-05-1${i}T10:00:00.000Z`;
      tasks.push(
        await addDirective(t, m.host.token, {
          meetingId: m.meetingId,
          assigneeUnitId: unitId,
          task: `Việc ${i}`,
          deadline,
        }),
      );
    }
    await addDirective(t, a.host.token, {
      meetingId: a.meetingId,
      assigneeUnitId: a.organizerId,
      task: 'Việc khác',
    });
    await report(t, a.host.token, tasks[0].id, 'DONE');
    await report(t, b.host.token, tasks[1].id, 'IN_PROGRESS');
    const admin = await t.adminToken();
    const tasksOf = (data: any) => data.directives.edges.map((e: any) => e.node.task);

    const f = { assigneeUnitId: unitId };
    expect(tasksOf(await t.ok(LIST, { f }, admin))).toEqual([
      'Việc 1',
      'Việc 2',
      'Việc 3',
      'Việc 4',
      'Việc 5',
    ]);
    expect(tasksOf(await t.ok(LIST, { f: { ...f, status: ['OPEN', 'IN_PROGRESS'] } }, admin))).toEqual([
      'Việc 2',
      'Việc 3',
      'Việc 4',
      'Việc 5',
    ]);
    expect(tasksOf(await t.ok(LIST, { f: { ...f, status: [] } }, admin))).toEqual([]);
    expect(tasksOf(await t.ok(LIST, { f: { ...f, meetingId: b.meetingId } }, admin))).toEqual([
      'Việc 2',
      'Việc 4',
    ]);
    expect(tasksOf(await t.ok(LIST, { f: { ...f, dueBefore: '2022-05-13T10:00:00.000Z' } }, admin))).toEqual([
      'Việc 1',
      'Việc 2',
    ]);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await t.ok(LIST, { f, first: 2, after }, admin);
      expect(page.directives.totalCount).toBe(5);
      seen.push(...tasksOf(page));
      if (!page.directives.pageInfo.hasNextPage) break;
      after = page.directives.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Việc 1', 'Việc 2', 'Việc 3', 'Việc 4', 'Việc 5']);
  });

  it('names a bad filter or page argument', async () => {
    const admin = await t.adminToken();
    expectError(await t.gql(LIST, { f: { meetingId: 'x' } }, admin), 'BAD_USER_INPUT', 'filter.meetingId');
    expectError(
      await t.gql(LIST, { f: { assigneeUnitId: 'x' } }, admin),
      'BAD_USER_INPUT',
      'filter.assigneeUnitId',
    );
    expectError(await t.gql(LIST, { first: 0 }, admin), 'BAD_USER_INPUT', 'first');
    expectError(await t.gql(LIST, { after: 'nope' }, admin), 'BAD_USER_INPUT', 'after');
    expect((await t.ok(LIST, { f: { meetingId: UNKNOWN_ID } }, admin)).directives.totalCount).toBe(0);
  });

  it("shows a site its meeting's directives and its unit's, once their notice is published", async () => {
    const { host, meetingId, organizerId } = await concludedMeeting(t);
    const other = await concludedMeeting(t);
    const siteUnit = await unit(t, 'VKSND huyện Lý Sơn');
    await addDirective(t, host.token, { meetingId, assigneeUnitId: organizerId, task: 'Của hội nghị này' });
    await addDirective(t, other.host.token, {
      meetingId: other.meetingId,
      assigneeUnitId: siteUnit,
      task: 'Của đơn vị',
    });
    await addDirective(t, other.host.token, {
      meetingId: other.meetingId,
      assigneeUnitId: other.organizerId,
      task: 'Không',
    });
    const cp = await connectionPoint(t, host.token, meetingId, { unitId: siteUnit });
    const siteAuth = await siteToken(t, host.token, cp.id);
    const tasks = async () =>
      (await t.ok(LIST, {}, siteAuth)).directives.edges.map((e: any) => e.node.task).sort();
    // Another meeting's draft conclusion is that meeting's own business.
    expect(await tasks()).toEqual(['Của hội nghị này']);
    await lifecycle(t, other.host.token, other.meetingId, 'end');
    await t.ok(PUBLISH, { id: other.conclusionId, n: '07/TB-VKS' }, other.host.token);
    expect(await tasks()).toEqual(['Của hội nghị này', 'Của đơn vị']);
  });
});
