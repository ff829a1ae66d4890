import { User } from '../../server/auth/user.entity';
import { startTestServer, TestServer } from '../support/server';

const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }';

describe('createUser with one username, many times at once', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('creates one user and answers CONFLICT to every other request, never INTERNAL_SERVER_ERROR', async () => {
    const admin = await t.adminToken();
    const input = (i: number) => ({
      input: {
        username: 'thu.ky',
        password: `mật-khẩu-${i}-dài`,
        role: 'VIEWER',
        displayName: `Thư ký ${i}`,
      },
    });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => t.gql(CREATE, input(i), admin)));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK')).toEqual(Array(11).fill('CONFLICT'));
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.username' });
    }
    expect(await t.server.services.db.dataSource.manager.count(User, { where: { username: 'thu.ky' } })).toBe(
      1,
    );
  });
});
