import { expectError, startTestServer, TestServer } from '../support/server';
import { unit } from '../support/factories';

const CREATE = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { username unitId unit { id name level } } }`;

describe('User.unit: the unit a user belongs to', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const input = (username: string, unitId?: string) => ({
    input: { username, password: 'mật-khẩu-dài', role: 'VIEWER', displayName: 'Trần Văn Xem', unitId },
  });

  it('is given at createUser and read back through User.unit', async () => {
    const province = await unit(t, 'VKSND tỉnh Khánh Hòa', { level: 'PROVINCIAL', exact: true });
    const created = await t.ok(CREATE, input('xem.khanhhoa', province), await t.adminToken());
    expect(created.createUser).toEqual({
      username: 'xem.khanhhoa',
      unitId: province,
      unit: { id: province, name: 'VKSND tỉnh Khánh Hòa', level: 'PROVINCIAL' },
    });
  });

  it('may be left out (ADMIN needs none; another role then sees only what it hosts)', async () => {
    const created = await t.ok(CREATE, input('xem.khongdonvi'), await t.adminToken());
    expect(created.createUser).toMatchObject({ unitId: null, unit: null });
  });

  it('must name a unit that exists', async () => {
    expectError(
      await t.gql(CREATE, input('xem.sai', '00000000-0000-4000-8000-000000000000'), await t.adminToken()),
      'BAD_USER_INPUT',
      'input.unitId',
    );
  });
});
