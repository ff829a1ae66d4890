import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, lastEventSeq } from '../support/factories';
import { OPS, storedEvents } from '../support/agenda';

describe('the order of the agenda: moveAgendaItem, removeAgendaItem', () => {
  let t: TestServer;
  let m: Conference;
  let ids: string[];
  beforeAll(async () => {
    t = await startTestServer();
  });
  // A fresh meeting per test: tests run alone and in any order.
  beforeEach(async () => {
    m = await conference(t, { sites: 0, live: false });
    ids = [];
    for (const title of ['Khai mạc', 'Báo cáo', 'Tham luận', 'Thảo luận', 'Chỉ đạo', 'Kết luận']) {
      ids.push((await agendaItem(t, m, { title })).id);
    }
  });
  afterAll(() => t.close());

  const order = async (): Promise<{ id: string; position: number }[]> =>
    (
      await t.ok(
        'query($id: ID!) { meeting(id: $id) { agenda { id position } } }',
        { id: m.meetingId },
        m.host,
      )
    ).meeting.agenda;

  const expectDense = async (expected: string[]) => {
    expect(await order()).toEqual(expected.map((id, i) => ({ id, position: i + 1 })));
  };

  it('requires authentication', async () => {
    expectError(await t.gql(OPS.moveItem, { id: ids[0], position: 2 }), 'UNAUTHENTICATED');
    expectError(await t.gql(OPS.removeItem, { id: ids[0] }), 'UNAUTHENTICATED');
  });

  it('moves an item and returns the whole agenda, positions dense 1..n', async () => {
    const moved = await t.ok(OPS.moveItem, { id: ids[5], position: 1 }, m.host);
    const expected = [ids[5], ...ids.slice(0, 5)];
    expect(moved.moveAgendaItem.map((i: any) => [i.id, i.position])).toEqual(
      expected.map((id, i) => [id, i + 1]),
    );
    await expectDense(expected);
    const last = (await storedEvents(t, m)).at(-1)!;
    expect([last.type, last.subjectId, JSON.parse(last.subject).position]).toEqual([
      'AGENDA_ITEM_MOVED',
      ids[5],
      1,
    ]);
  });

  it('keeps positions dense through many moves', async () => {
    let expected = (await order()).map((i) => i.id);
    for (const [from, to] of [
      [0, 5],
      [2, 3],
      [5, 1],
      [3, 3],
      [1, 6],
      [4, 2],
    ]) {
      const id = expected[from];
      await t.ok(OPS.moveItem, { id, position: to }, m.host);
      expected = expected.filter((x) => x !== id);
      expected.splice(to - 1, 0, id);
      await expectDense(expected);
    }
  });

  it('refuses a position outside 1..n and writes nothing', async () => {
    const before = { seq: await lastEventSeq(t, m.host, m.meetingId), order: await order() };
    for (const position of [0, -1, 7]) {
      expectError(await t.gql(OPS.moveItem, { id: ids[0], position }, m.host), 'BAD_USER_INPUT', 'position');
    }
    expectError(await t.gql(OPS.moveItem, { id: 'x', position: 1 }, m.host), 'BAD_USER_INPUT', 'id');
    expect({ seq: await lastEventSeq(t, m.host, m.meetingId), order: await order() }).toEqual(before);
  });

  it('removes an item before the meeting starts and re-numbers the rest', async () => {
    const current = (await order()).map((i) => i.id);
    const removed = await t.ok(OPS.removeItem, { id: current[2] }, m.host);
    const rest = current.filter((id) => id !== current[2]);
    expect(removed.removeAgendaItem.map((i: any) => i.id)).toEqual(rest);
    await expectDense(rest);
    const last = (await storedEvents(t, m)).at(-1)!;
    expect([last.type, last.subjectId]).toEqual(['AGENDA_ITEM_REMOVED', current[2]]);
    expectError(await t.gql(OPS.removeItem, { id: current[2] }, m.host), 'NOT_FOUND');
  });

  it('refuses to remove items once the meeting is live, paused or ended', async () => {
    const [first] = await order();
    await t.ok(OPS.lifecycle('startMeeting'), { id: m.meetingId }, m.host);
    const before = { seq: await lastEventSeq(t, m.host, m.meetingId), order: await order() };
    for (const next of ['pauseMeeting', 'endMeeting', null] as const) {
      const refused = expectError(await t.gql(OPS.removeItem, { id: first.id }, m.host), 'CONFLICT');
      expect(refused.extensions!.current.status).toMatch(/LIVE|PAUSED|ENDED/);
      expect(await order()).toEqual(before.order);
      if (next) await t.ok(OPS.lifecycle(next), { id: m.meetingId }, m.host);
    }
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before.seq + 2);
    // An ended meeting is a record: its agenda is not edited either.
    expectError(await t.gql(OPS.moveItem, { id: first.id, position: 2 }, m.host), 'CONFLICT');
    expectError(await t.gql(OPS.updateItem, { input: { id: first.id, title: 'x' } }, m.host), 'CONFLICT');
  });
});
