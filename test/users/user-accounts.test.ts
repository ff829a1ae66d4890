import { TestServer, expectError, startTestServer } from '../support/server';
import { unit, user } from '../support/factories';

const USER_FIELDS = 'id username displayName role disabled unit { id }';
const USERS = `query($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${USER_FIELDS} } } } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const DISABLE = `mutation($id: ID!) { disableUser(id: $id) { ${USER_FIELDS} } }`;
const RESET = `mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword user { id } } }`;
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ME = '{ me { userId } }';

/** The administrator's accounts: listed, edited, disabled, their passwords reset. */
describe('user accounts: users, updateUser, disableUser, resetPassword', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const usernameOf = async (id: string) => {
    const found = await t.ok(USERS, { first: 100 }, admin);
    return found.users.edges.find((e: any) => e.node.id === id)?.node.username as string;
  };

  it('lists accounts by username, filtered and paged', async () => {
    const district = await unit(t, 'VKSND huyện Lý Sơn');
    const a = await user(t, 'SITE_OPERATOR', { name: 'Trương Văn Lý', unitId: district });
    const b = await user(t, 'SITE_OPERATOR', { name: 'Trương Thị Sơn', unitId: district });
    const first = await t.ok(USERS, { filter: { unitId: district }, first: 1 }, admin);
    expect(first.users.totalCount).toBe(2);
    expect(first.users.pageInfo.hasNextPage).toBe(true);
    const rest = await t.ok(
      USERS,
      { filter: { unitId: district }, first: 1, after: first.users.pageInfo.endCursor },
      admin,
    );
    const ids = [...first.users.edges, ...rest.users.edges].map((e: any) => e.node.id);
    expect(ids.sort()).toEqual([a.id, b.id].sort());
    expect(rest.users.pageInfo.hasNextPage).toBe(false);
    const byName = await t.ok(USERS, { filter: { search: 'thị sơn', role: 'SITE_OPERATOR' } }, admin);
    expect(byName.users.edges.map((e: any) => e.node.id)).toEqual([b.id]);
    expectError(await t.gql(USERS, {}, a.token), 'FORBIDDEN');
    expectError(await t.gql(USERS, { filter: { unitId: 'x' } }, admin), 'BAD_USER_INPUT', 'filter.unitId');
  });

  it('changes an account’s name, role and unit', async () => {
    const account = await user(t, 'VIEWER', { name: 'Lê Thị Cũ' });
    const district = await unit(t);
    const { updateUser } = await t.ok(
      UPDATE,
      { input: { id: account.id, displayName: 'Lê Thị Mới', role: 'HOST', unitId: district } },
      admin,
    );
    expect(updateUser).toMatchObject({ displayName: 'Lê Thị Mới', role: 'HOST', unit: { id: district } });
    const cleared = (await t.ok(UPDATE, { input: { id: account.id, unitId: null } }, admin)).updateUser;
    expect(cleared.unit).toBeNull();
    const bad: [Record<string, unknown>, string][] = [
      [{ id: 'x' }, 'input.id'],
      [{ id: account.id, unitId: '00000000-0000-4000-8000-000000000000' }, 'input.unitId'],
      [{ id: account.id, role: null }, 'input.role'],
      [{ id: account.id, displayName: '  ' }, 'input.displayName'],
    ];
    for (const [input, field] of bad)
      expectError(await t.gql(UPDATE, { input }, admin), 'BAD_USER_INPUT', field);
    expectError(
      await t.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000' } }, admin),
      'NOT_FOUND',
    );
  });

  it('disables an account: no more sign-in, its token stops at once; enabled again by updateUser', async () => {
    const account = await user(t, 'HOST');
    const username = await usernameOf(account.id);
    expect((await t.ok(DISABLE, { id: account.id }, admin)).disableUser.disabled).toBe(true);
    expectError(await t.gql(ME, {}, account.token), 'UNAUTHENTICATED');
    expectError(await t.gql(LOGIN, { u: username, p: 'mật-khẩu-thử-nghiệm' }), 'UNAUTHENTICATED');
    const again = expectError(await t.gql(DISABLE, { id: account.id }, admin), 'CONFLICT');
    expect(again.extensions!.reason).toBe('ALREADY_DISABLED');
    expect(again.extensions!.current).toEqual({
      disabled: true,
    });
    await t.ok(UPDATE, { input: { id: account.id, disabled: false } }, admin);
    expect((await t.ok(LOGIN, { u: username, p: 'mật-khẩu-thử-nghiệm' })).login.token).toEqual(
      expect.any(String),
    );
  });

  it('resets a password: shown once, the old one and the old tokens no longer work', async () => {
    // The token and the reset in one second (it starts now): a token issued in the second of the
    // reset but before it no longer works either.
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000)));
    const account = await user(t, 'HOST');
    const username = await usernameOf(account.id);
    const { resetPassword } = await t.ok(RESET, { id: account.id }, admin);
    expect(resetPassword.user.id).toBe(account.id);
    expect(resetPassword.temporaryPassword.length).toBeGreaterThanOrEqual(16);
    expectError(await t.gql(ME, {}, account.token), 'UNAUTHENTICATED');
    expectError(await t.gql(LOGIN, { u: username, p: 'mật-khẩu-thử-nghiệm' }), 'UNAUTHENTICATED');
    const { login } = await t.ok(LOGIN, { u: username, p: resetPassword.temporaryPassword });
    expect((await t.ok(ME, {}, login.token)).me.userId).toBe(account.id);
  });

  it('keeps an administrator from locking themselves out, changing nothing', async () => {
    const other = await user(t, 'ADMIN');
    const own = { id: (await t.ok(ME, {}, other.token)).me.userId };
    for (const refused of [
      await t.gql(DISABLE, own, other.token),
      await t.gql(UPDATE, { input: { ...own, role: 'VIEWER' } }, other.token),
      await t.gql(UPDATE, { input: { ...own, disabled: true } }, other.token),
    ]) {
      expect(expectError(refused, 'CONFLICT').extensions!.reason).toBe('SELF_LOCKOUT');
    }
    expect((await t.ok(ME, {}, other.token)).me.userId).toBe(own.id);
  });
});
