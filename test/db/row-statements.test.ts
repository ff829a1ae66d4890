import { insertRows, rowsWhere, updateWhere } from '../../server/db/row-statements';
import { scenarios, seedScenario } from '../../server/seed/seed';
import {
  agendaItem,
  connectionPoint,
  lifecycle,
  meeting,
  queuedSpeech,
  siteToken,
  user,
} from '../support/factories';
import { startTestServer, TestServer } from '../support/server';

/**
 * The statements made once give what TypeORM's own give, on SQLite and on MySQL/MariaDB
 * (TEST_DATABASE_URL): rowsWhere what find gives, for every entity with rows after a seeded meeting
 * has run a little (same class, same values of every column: dates, booleans, JSON lists through
 * their transformers, NULLs; no relation loaded); updateWhere and insertRows the very values update
 * and insert store (on SQLite, of the same storage class too).
 */
describe('row statements', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    const admin = await t.adminToken();
    const { meetingId } = await seedScenario((q, v) => t.ok(q, v, admin), scenarios['quang-ngai-2022-04-28']);
    await lifecycle(t, admin, meetingId, 'start');
    const hosted = { meetingId, host: admin };
    const point = await connectionPoint(t, admin, meetingId);
    const site = { id: point.id, token: await siteToken(t, admin, point.id) };
    const item = await agendaItem(t, hosted);
    await queuedSpeech(t, hosted, site, item.id);
  });
  afterAll(() => t.close());

  const manager = () => t.server.services.db.dataSource.manager;

  it('reads each entity by its id as findOne does', async () => {
    const compared: string[] = [];
    for (const metadata of t.server.services.db.dataSource.entityMetadatas) {
      if (!metadata.findColumnWithPropertyName('id')) continue;
      const rows = await manager().find(metadata.target, { take: 3 });
      for (const row of rows as { id: string }[]) {
        const [read] = await rowsWhere(manager(), metadata.target, 'id', row.id);
        const found = await manager().findOne(metadata.target, { where: { id: row.id } });
        expect(Object.getPrototypeOf(read)).toBe(Object.getPrototypeOf(found));
        expect({ ...read }).toEqual({ ...found });
      }
      if (rows.length > 0) compared.push(metadata.name);
    }
    expect(compared).toEqual(
      expect.arrayContaining(['Meeting', 'User', 'Speech', 'ConnectionPoint', 'Participant', 'AgendaItem']),
    );
  });

  it('reads the rows of a column that many share, and locks under a transaction', async () => {
    const [meeting] = await manager().find(metadata('Meeting'), { take: 1 });
    const { id } = meeting as { id: string };
    const hosts = await rowsWhere(manager(), metadata('MeetingHost'), 'meetingId', id);
    expect(hosts).toEqual(await manager().find(metadata('MeetingHost'), { where: { meetingId: id } }));
    expect(hosts.length).toBeGreaterThan(0);
    const locked = await t.server.services.db.transaction((m) =>
      rowsWhere(m, metadata('Meeting'), 'id', id, true),
    );
    expect(locked).toHaveLength(1);
    expect(await rowsWhere(manager(), metadata('Meeting'), 'id', 'no-such-id')).toEqual([]);
  });

  /** What the database holds in `columns` of the row `id` of `table` (with SQLite's storage classes). */
  async function stored(table: string, key: string, id: unknown, columns: string[]) {
    const sqlite = t.database.dialect === 'sqlite';
    const q = (name: string) => (sqlite ? `"${name}"` : `\`${name}\``);
    const select = columns.flatMap((c) =>
      sqlite ? [q(c), `typeof(${q(c)}) AS ${q(`${c}:class`)}`] : [q(c)],
    );
    const [row] = await manager().query(`SELECT ${select.join(', ')} FROM ${q(table)} WHERE ${q(key)} = ?`, [
      id,
    ]);
    return row as Record<string, unknown>;
  }

  it('updates a row as update does: integers, texts, NULL, dates, booleans, JSON lists', async () => {
    const AgendaItem = metadata('AgendaItem');
    const [a, b] = (await manager().find(AgendaItem, { take: 2 })) as { id: string }[];
    const patch = {
      position: 42,
      title: 'Thảo luận ệ',
      notes: null,
      documents: ['Báo cáo', 'Phụ lục'],
      startedAt: new Date('2026-12-04T01:02:03.456Z'),
      plannedMinutes: 17,
    };
    await manager().update(AgendaItem, { id: a.id }, patch);
    await updateWhere(manager(), AgendaItem, 'id', b.id, patch);
    const columns = Object.keys(patch);
    expect(await stored('agenda_item', 'id', b.id, columns)).toEqual(
      await stored('agenda_item', 'id', a.id, columns),
    );
    const [read] = await rowsWhere(manager(), AgendaItem, 'id', b.id);
    expect(read).toMatchObject(patch);

    // A text's search key is written with it (SearchKeySubscriber), as update writes it.
    const Meeting = metadata('Meeting');
    const [e, f] = [await meeting(t, await t.adminToken()), await meeting(t, await t.adminToken())];
    const title = { title: 'Sơ kết công tác Đồng Xuân' };
    await manager().update(Meeting, { id: e.id }, { ...title });
    await updateWhere(manager(), Meeting, 'id', f.id, { ...title });
    const keyed = await stored('meeting', 'id', f.id, ['title', 'titleKey']);
    expect(keyed).toEqual(await stored('meeting', 'id', e.id, ['title', 'titleKey']));
    expect(keyed.titleKey).toBe('so ket cong tac dong xuan');

    const User = metadata('User');
    const [c, d] = [await user(t, 'VIEWER'), await user(t, 'VIEWER')];
    await manager().update(User, { id: c.id }, { disabled: true, tokensValidFrom: patch.startedAt });
    await updateWhere(manager(), User, 'id', d.id, {
      disabled: true,
      tokensValidFrom: patch.startedAt,
      role: undefined,
    });
    const userColumns = ['disabled', 'tokensValidFrom', 'role'];
    expect(await stored('user', 'id', d.id, userColumns)).toEqual(
      await stored('user', 'id', c.id, userColumns),
    );
  });

  it('inserts rows as insert does', async () => {
    const Event = metadata('MeetingEventRecord');
    const [meeting] = (await manager().find(metadata('Meeting'), { take: 1 })) as { id: string }[];
    const record = (seq: number) => ({
      meetingId: meeting.id,
      seq,
      type: 'MEETING_UPDATED',
      at: new Date('2026-12-04T01:02:03.456Z'),
      actor: '{"kind":"user"}',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      subject: '{"tiêu đề":"Giao ban"}',
    });
    await manager().insert(Event, [record(100_001), record(100_002)]);
    await insertRows(manager(), Event, [record(100_003), record(100_004)]);
    const columns = ['seq', 'type', 'at', 'actor', 'subjectType', 'subjectId', 'subject'];
    const rows = await Promise.all(
      [100_001, 100_002, 100_003, 100_004].map((seq) => stored('meeting_event', 'seq', seq, columns)),
    );
    const withoutSeq = rows.map(({ seq: _seq, ...rest }) => rest);
    expect(withoutSeq[2]).toEqual(withoutSeq[0]);
    expect(withoutSeq[3]).toEqual(withoutSeq[1]);
    expect(rows.map((r) => Number(r.seq))).toEqual([100_001, 100_002, 100_003, 100_004]);
    await expect(insertRows(manager(), Event, [{ ...record(100_005), subject: undefined }])).rejects.toThrow(
      /no value/,
    );
  });

  const metadata = (name: string) =>
    t.server.services.db.dataSource.entityMetadatas.find((m) => m.name === name)!.target;
});
