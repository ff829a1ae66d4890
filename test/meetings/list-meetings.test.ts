import { TestServer, expectError, startTestServer } from '../support/server';
import { Account, lifecycle, meeting, unit, user } from '../support/factories';

const PAGE = `query($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title scheduledStart createdAt } } } }`;

type Row = { id: string; title: string; scheduledStart: string | null; createdAt: string };

/** The documented order: scheduled start descending (unscheduled last), then createdAt, then id, descending. */
function expectedOrder(rows: Row[]): string[] {
  const time = (v: string | null) => (v === null ? -Infinity : new Date(v).getTime());
  return [...rows]
    .sort(
      (a, b) =>
        time(b.scheduledStart) - time(a.scheduledStart) ||
        time(b.createdAt) - time(a.createdAt) ||
        (a.id < b.id ? 1 : -1),
    )
    .map((r) => r.id);
}

/** A host and 24 meetings: several on the same day (ties on scheduledStart), some not scheduled at all. */
async function listOf24(t: TestServer) {
  const host = await user(t, 'HOST');
  const province = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL', exact: true });
  const rows: Row[] = [];
  for (let i = 0; i < 24; i++) {
    const created = await meeting(t, host.token, {
      title: i % 3 === 0 ? `Giao ban VKSND tỉnh Phú Yên kỳ ${i}` : `Hội nghị chuyên đề số ${i}`,
      kind: i % 3 === 0 ? 'MONTHLY_BRIEFING' : 'THEMATIC',
      format: i % 2 === 0 ? 'ONLINE' : 'HYBRID',
      organizerId: i % 4 === 0 ? province : null,
      scheduledStart: i % 5 === 4 ? null : `2022-0${1 + (i % 4)}-15T01:00:00.000Z`,
    });
    if (i % 6 === 1) await lifecycle(t, host.token, created.id, 'schedule');
    rows.push(created as Row);
  }
  return { host, province, rows };
}

describe('meetings: a filtered list, page by page', () => {
  let t: TestServer;
  let host: Account;
  let rows: Row[];
  let province: string;
  beforeAll(async () => {
    t = await startTestServer();
    ({ host, province, rows } = await listOf24(t));
  });
  afterAll(() => t.close());

  async function walk(filter: Record<string, unknown> | null, first: number) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const { meetings }: Record<string, any> = await t.ok(PAGE, { filter, first, after }, host.token);
      ids.push(...meetings.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(meetings.pageInfo.endCursor).toBe(meetings.edges.at(-1)?.cursor ?? null);
      if (!meetings.pageInfo.hasNextPage) return { ids, totalCount: meetings.totalCount };
      after = meetings.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  it('walks every meeting once, in order, 20 to a page by default', async () => {
    const first = await t.ok(PAGE, {}, host.token);
    expect(first.meetings.edges).toHaveLength(20);
    expect(first.meetings.totalCount).toBe(24);
    const { ids, totalCount } = await walk(null, 5);
    expect(totalCount).toBe(24);
    expect(ids).toEqual(expectedOrder(rows));
  });

  it.each([
    ['status', { status: ['SCHEDULED'] }, (_r: Row, i: number) => i % 6 === 1],
    ['several kinds', { kind: ['MONTHLY_BRIEFING', 'TRAINING'] }, (_r: Row, i: number) => i % 3 === 0],
    ['format', { format: 'HYBRID' }, (_r: Row, i: number) => i % 2 === 1],
    ['organizer', () => ({ organizerId: province }), (_r: Row, i: number) => i % 4 === 0],
    [
      'scheduled range',
      { scheduledFrom: '2022-02-15T01:00:00.000Z', scheduledTo: '2022-03-15T01:00:00.000Z' },
      (r: Row) => r.scheduledStart !== null && /2022-0[23]/.test(r.scheduledStart),
    ],
    ['title search', { search: 'Phú Yên' }, (r: Row) => r.title.includes('Phú Yên')],
    [
      'several filters at once',
      { kind: ['THEMATIC'], format: 'ONLINE', search: 'chuyên đề' },
      (_r: Row, i: number) => i % 3 !== 0 && i % 2 === 0,
    ],
  ])('filters by %s across pages', async (_name, filter, matches) => {
    const expected = expectedOrder(rows.filter((r, i) => matches(r, i)));
    expect(expected.length).toBeGreaterThan(0);
    const { ids, totalCount } = await walk(typeof filter === 'function' ? filter() : filter, 3);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  it('treats LIKE wildcards in a search as plain text', async () => {
    const { ids } = await walk({ search: '%' }, 10);
    expect(ids).toEqual([]);
  });

  it('keeps its place when a meeting is added before the cursor', async () => {
    // It adds a meeting: on a server of its own, so that the other tests list the 24.
    const own = await startTestServer();
    try {
      const { host, rows } = await listOf24(own);
      const page = (await own.ok(PAGE, { first: 10 }, host.token)).meetings;
      await meeting(own, host.token, {
        title: 'Chen vào đầu danh sách',
        scheduledStart: '2030-01-01T00:00:00Z',
      });
      const next = (await own.ok(PAGE, { first: 14, after: page.pageInfo.endCursor }, host.token)).meetings;
      expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
        expectedOrder(rows).slice(10),
      );
      expect(next.pageInfo.hasNextPage).toBe(false);
    } finally {
      await own.close();
    }
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: -5 }, 'first'],
    [{ after: 'không phải con trỏ' }, 'after'],
    [{ after: Buffer.from('[1,2]').toString('base64url') }, 'after'],
    [{ after: Buffer.from('{"x":1}').toString('base64url') }, 'after'],
    [
      { filter: { scheduledFrom: '2022-03-01T00:00:00Z', scheduledTo: '2022-02-01T00:00:00Z' } },
      'filter.scheduledTo',
    ],
    [{ filter: { organizerId: 'phong-1' } }, 'filter.organizerId'],
  ])('refuses %j with BAD_USER_INPUT', async (variables, field) => {
    expectError(await t.gql(PAGE, variables, host.token), 'BAD_USER_INPUT', field);
  });

  it('accepts the largest page, 100', async () => {
    const { meetings } = await t.ok(PAGE, { first: 100 }, host.token);
    expect(meetings.pageInfo.hasNextPage).toBe(false);
  });
});
