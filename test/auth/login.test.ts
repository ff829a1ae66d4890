import { startTestServer, TestServer, expectError, ADMIN } from '../support/server';

describe('login and tokens', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const LOGIN =
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role } } }';

  it('gives the admin a token that works on HTTP', async () => {
    const data = await t.ok(LOGIN, { u: ADMIN.username, p: ADMIN.password });
    expect(data.login.user).toEqual({ username: 'admin', role: 'ADMIN' });
    expect(new Date(data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await t.ok('{ me { kind role name } }', {}, data.login.token);
    expect(me.me).toEqual({ kind: 'user', role: 'ADMIN', name: 'Administrator' });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    expectError(await t.gql(LOGIN, { u: ADMIN.username, p: 'wrong-password' }), 'UNAUTHENTICATED');
    expectError(await t.gql(LOGIN, { u: 'nobody', p: 'whatever-password' }), 'UNAUTHENTICATED');
  });

  it('requires a token for everything but login, joinSite and serverTime', async () => {
    expectError(await t.gql('{ me { name } }'), 'UNAUTHENTICATED');
    expectError(await t.gql('{ units { id } }'), 'UNAUTHENTICATED');
    const time = await t.ok<{ serverTime: string }>('{ serverTime }');
    expect(Math.abs(new Date(time.serverTime).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a forged or malformed token', async () => {
    expectError(await t.gql('{ me { name } }', {}, 'not-a-jwt'), 'UNAUTHENTICATED');
    const token = await t.adminToken();
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expectError(await t.gql('{ me { name } }', {}, forged), 'UNAUTHENTICATED');
  });

  it('lets the admin create users, who can then sign in', async () => {
    const admin = await t.adminToken();
    const created = await t.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { username role displayName } }`,
      { input: { username: 'thuky', password: 'mật-khẩu-dài', role: 'HOST', displayName: 'Nguyễn Hàn My' } },
      admin,
    );
    expect(created.createUser).toEqual({ username: 'thuky', role: 'HOST', displayName: 'Nguyễn Hàn My' });
    const login = await t.ok(LOGIN, { u: 'thuky', p: 'mật-khẩu-dài' });
    expectError(
      await t.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username: 'x', password: 'long-enough', role: 'ADMIN', displayName: 'x' } },
        login.login.token,
      ),
      'FORBIDDEN',
    );
    expectError(
      await t.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username: 'thuky', password: 'long-enough', role: 'HOST', displayName: 'again' } },
        admin,
      ),
      'CONFLICT',
    );
  });

  it('names the bad field of invalid input', async () => {
    const admin = await t.adminToken();
    expectError(
      await t.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username: '   ', password: 'long-enough', role: 'HOST', displayName: 'x' } },
        admin,
      ),
      'BAD_USER_INPUT',
      'input.username',
    );
  });
});
