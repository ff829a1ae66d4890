import { TestServer, expectError, startTestServer } from '../support/server';
import { unique, unit } from '../support/factories';

const CREATE = 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name } }';

describe('createUnit: one unit per name under a parent, whatever the spelling', () => {
  let t: TestServer;
  let province: string;
  beforeAll(async () => {
    t = await startTestServer();
    province = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL' });
    await unit(t, 'Đồng Xuân', { parentId: province, exact: true });
  });
  afterAll(() => t.close());

  it.each([['Đồng Xuân'.normalize('NFD')], ['ĐỒNG XUÂN'], ['Dong Xuan'], [' đồng  xuân ']])(
    '%j is the same name: CONFLICT, nothing created',
    async (name) => {
      const admin = await t.adminToken();
      const result = await t.gql(CREATE, { input: { name, level: 'DISTRICT', parentId: province } }, admin);
      expectError(result, 'CONFLICT', 'input.name');
      const { units } = await t.ok('query($p: ID) { units(parentId: $p) { name } }', { p: province }, admin);
      expect(units.map((u: { name: string }) => u.name)).toEqual(['Đồng Xuân']);
    },
  );

  it('the same name under another parent is another unit', async () => {
    const other = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL' });
    const admin = await t.adminToken();
    const { createUnit } = await t.ok(
      CREATE,
      { input: { name: 'Đồng Xuân', level: 'DISTRICT', parentId: other } },
      admin,
    );
    expect(createUnit.name).toBe('Đồng Xuân');
  });

  it.each([
    ['under a parent', 'DISTRICT', async () => unit(t, 'VKSND tỉnh Khánh Hòa', { level: 'PROVINCIAL' })],
    // No parent: NULL never collides in a unique index, so the top level has a key of its own.
    ['at the top of the tree', 'SUPREME', async () => null],
  ])(
    'one name sent many times at once %s: one unit, every other request CONFLICT with the winner',
    async (_, level, parent) => {
      const parentId = await parent();
      const admin = await t.adminToken();
      const input = { name: unique('Sông Hinh'), level, parentId };
      const results = await Promise.all(Array.from({ length: 10 }, () => t.gql(CREATE, { input }, admin)));
      const created = results.filter((r) => !r.errors).map((r) => r.data!.createUnit.id);
      expect(created).toHaveLength(1);
      for (const r of results.filter((r) => r.errors)) {
        expectError(r, 'CONFLICT', 'input.name');
        expect(r.errors![0].extensions).toMatchObject({ reason: 'UNIT_NAME_TAKEN' });
        expect(r.errors![0].extensions!.current).toMatchObject({ unitId: created[0] });
      }
      const { units } = await t.ok('query($p: ID) { units(parentId: $p) { name } }', { p: parentId }, admin);
      expect(units.filter((u: { name: string }) => u.name === input.name)).toHaveLength(1);
    },
  );
});
