import { User } from '../../server/auth/user.entity';
import { meetingWithSite, siteToken, user } from '../support/factories';
import { TestServer, expectError, startTestServer } from '../support/server';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

describe('changePassword', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('changes the signed-in user’s password: the new one signs in, the old one no longer', async () => {
    const account = await user(t, 'HOST', { name: 'Đỗ Thị Hạnh' });
    const { username: name } = await stored(account.id);
    expect(
      await t.ok(CHANGE, { c: 'mật-khẩu-thử-nghiệm', n: 'mật khẩu mới của Hạnh' }, account.token),
    ).toEqual({
      changePassword: true,
    });
    expectError(await t.gql(LOGIN, { u: name, p: 'mật-khẩu-thử-nghiệm' }), 'UNAUTHENTICATED');
    const login = await t.ok(LOGIN, { u: name, p: 'mật khẩu mới của Hạnh' });
    expect(login.login.token).toEqual(expect.any(String));
  });

  it('refuses a wrong current password, a short new one, a site token and no token; changes nothing', async () => {
    const account = await user(t, 'VIEWER');
    const before = await stored(account.id);
    expectError(
      await t.gql(CHANGE, { c: 'sai-mật-khẩu', n: 'mật-khẩu-mới-dài' }, account.token),
      'BAD_USER_INPUT',
      'currentPassword',
    );
    expectError(
      await t.gql(CHANGE, { c: 'mật-khẩu-thử-nghiệm', n: 'ngắn' }, account.token),
      'BAD_USER_INPUT',
      'newPassword',
    );
    expectError(await t.gql(CHANGE, { c: 'mật-khẩu-thử-nghiệm', n: 'mật-khẩu-mới-dài' }), 'UNAUTHENTICATED');
    const { host, siteId } = await meetingWithSite(t);
    const site = await siteToken(t, host, siteId);
    expectError(await t.gql(CHANGE, { c: 'mật-khẩu-thử-nghiệm', n: 'mật-khẩu-mới-dài' }, site), 'FORBIDDEN');
    expect((await stored(account.id)).passwordHash).toBe(before.passwordHash);
  });

  const stored = async (id: string) =>
    (await t.server.services.db.dataSource.manager.findOneBy(User, { id }))!;
});
