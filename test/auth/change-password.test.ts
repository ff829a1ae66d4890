import { User } from '../../server/auth/user.entity';
import { signedInUser, siteToken } from '../support/connection-points';
import { meetingWithSite } from '../support/live';
import { expectError, startTestServer, TestServer } from '../support/server';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

describe('changePassword', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('changes the signed-in user’s password: the new one signs in, the old one no longer', async () => {
    const user = await signedInUser(t, 'HOST', 'Đỗ Thị Hạnh');
    const { username: name } = await stored(user.id);
    expect(await t.ok(CHANGE, { c: 'mật-khẩu-thử-nghiệm', n: 'mật khẩu mới của Hạnh' }, user.token)).toEqual({
      changePassword: true,
    });
    expectError(await t.gql(LOGIN, { u: name, p: 'mật-khẩu-thử-nghiệm' }), 'UNAUTHENTICATED');
    const login = await t.ok(LOGIN, { u: name, p: 'mật khẩu mới của Hạnh' });
    expect(login.login.token).toEqual(expect.any(String));
  });

  it('refuses a wrong current password, a short new one, a site token and no token; changes nothing', async () => {
    const user = await signedInUser(t, 'VIEWER');
    const before = await stored(user.id);
    expectError(
      await t.gql(CHANGE, { c: 'sai-mật-khẩu', n: 'mật-khẩu-mới-dài' }, user.token),
      'BAD_USER_INPUT',
      'currentPassword',
    );
    expectError(
      await t.gql(CHANGE, { c: 'mật-khẩu-thử-nghiệm', n: 'ngắn' }, user.token),
      'BAD_USER_INPUT',
      'newPassword',
    );
    expectError(await t.gql(CHANGE, { c: 'mật-khẩu-thử-nghiệm', n: 'mật-khẩu-mới-dài' }), 'UNAUTHENTICATED');
    const { host, siteId } = await meetingWithSite(t);
    const site = await siteToken(t, host, siteId);
    expectError(await t.gql(CHANGE, { c: 'mật-khẩu-thử-nghiệm', n: 'mật-khẩu-mới-dài' }, site), 'FORBIDDEN');
    expect((await stored(user.id)).passwordHash).toBe(before.passwordHash);
  });

  const stored = async (id: string) => (await t.server.services.db.manager.findOneBy(User, { id }))!;
});
