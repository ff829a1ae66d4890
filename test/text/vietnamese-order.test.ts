import { TestServer, startTestServer } from '../support/server';
import { unit } from '../support/factories';

const CHILDREN = 'query($parentId: ID) { units(parentId: $parentId) { name } }';

describe('units(parentId): Vietnamese alphabetical order', () => {
  let t: TestServer;
  afterAll(() => t.close());

  it('lists "Đồng Xuân" < "Sơn Hòa" < "Tây Hòa" < "thành phố Tuy Hòa", whatever order they were created in', async () => {
    t = await startTestServer();
    const province = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL' });
    for (const name of ['thành phố Tuy Hòa', 'Tây Hòa', 'Đồng Xuân', 'Sơn Hòa', 'Phòng 10', 'Phòng 2']) {
      await unit(t, name, { parentId: province, exact: true });
    }
    const { units } = await t.ok(CHILDREN, { parentId: province }, await t.adminToken());
    expect(units.map((u: { name: string }) => u.name)).toEqual([
      'Đồng Xuân',
      'Phòng 2',
      'Phòng 10',
      'Sơn Hòa',
      'Tây Hòa',
      'thành phố Tuy Hòa',
    ]);
  });
});
