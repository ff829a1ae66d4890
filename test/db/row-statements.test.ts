import { rowsWhere } from '../../server/db/rows-where';
import { scenarios, seedScenario } from '../../server/seed/seed';
import { agendaItem, connectionPoint, lifecycle, queuedSpeech, siteToken } from '../support/factories';
import { startTestServer, TestServer } from '../support/server';

/**
 * rowsWhere gives what TypeORM's find gives, for every entity with rows after a seeded meeting has
 * run a little, on SQLite and on MySQL/MariaDB (TEST_DATABASE_URL): same class, same values of every
 * column (dates, booleans, JSON lists through their transformers, NULLs), no relation loaded.
 */
describe('rowsWhere', () => {
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

  const metadata = (name: string) =>
    t.server.services.db.dataSource.entityMetadatas.find((m) => m.name === name)!.target;
});
