import { TestServer, expectError, startTestServer } from '../support/server';
import { siteToken, meetingWithSite, unique, user } from '../support/factories';

const AUDIT = `query($userId: ID, $first: Int, $after: String) { auditLog(userId: $userId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { seq at action actorUserId actorName userId username fields ip } } } }`;
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

/** Sign-ins and account changes are kept in an append-only audit log that administrators read. */
describe('the audit log of sign-ins and user accounts', () => {
  let t: TestServer;
  let admin: string;
  let adminId: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.adminToken();
    adminId = (await t.ok('{ me { userId } }', {}, admin)).me.userId;
  });
  afterAll(() => t.close());

  const recordsOf = async (userId: string) =>
    (await t.ok(AUDIT, { userId, first: 100 }, admin)).auditLog.edges.map((e: any) => e.node).reverse();

  it('records an account’s whole story, in order, with who did what and from where', async () => {
    const username = unique('audit').replace(/\W/g, '-');
    const { createUser } = await t.ok(
      CREATE,
      { input: { username, password: 'mật-khẩu-ban-đầu', role: 'VIEWER', displayName: 'Hồ Thị Kiểm Toán' } },
      admin,
    );
    expectError(await t.gql(LOGIN, { u: username, p: 'sai-mật-khẩu' }), 'UNAUTHENTICATED');
    const { login } = await t.ok(LOGIN, { u: username, p: 'mật-khẩu-ban-đầu' });
    await t.ok(CHANGE, { c: 'mật-khẩu-ban-đầu', n: 'mật-khẩu-thứ-hai' }, login.token);
    await t.ok(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      {
        input: { id: createUser.id, role: 'HOST', displayName: 'Hồ Thị Kiểm Toán' },
      },
      admin,
    );
    await t.ok(
      'mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword } }',
      { id: createUser.id },
      admin,
    );
    await t.ok('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: createUser.id }, admin);

    const story = await recordsOf(createUser.id);
    expect(story.map((r: any) => [r.action, r.actorUserId, r.fields])).toEqual([
      ['USER_CREATED', adminId, ['username', 'role', 'displayName', 'unitId']],
      ['LOGIN_FAILED', null, []],
      ['LOGIN_SUCCEEDED', createUser.id, []],
      ['PASSWORD_CHANGED', createUser.id, ['password']],
      // Only what changed: the name was sent as it was.
      ['USER_UPDATED', adminId, ['role']],
      ['PASSWORD_RESET', adminId, ['password']],
      ['USER_DISABLED', adminId, ['disabled']],
    ]);
    expect(story.every((r: any) => r.username === username && r.userId === createUser.id)).toBe(true);
    expect(story.map((r: any) => r.seq)).toEqual([...story.map((r: any) => r.seq)].sort((a, b) => a - b));
    expect(story.find((r: any) => r.action === 'LOGIN_SUCCEEDED').ip).toBe('127.0.0.1');
    expect(JSON.stringify(story)).not.toContain('mật-khẩu');
  });

  it('records a sign-in with an unknown username under the name typed', async () => {
    const typed = unique('không-có-ai');
    expectError(await t.gql(LOGIN, { u: typed, p: 'gì-cũng-được' }), 'UNAUTHENTICATED');
    const all = (await t.ok(AUDIT, { first: 100 }, admin)).auditLog.edges.map((e: any) => e.node);
    expect(all.find((r: any) => r.username === typed)).toMatchObject({
      action: 'LOGIN_FAILED',
      userId: null,
    });
    // Newest first.
    expect(all.map((r: any) => r.seq)).toEqual([...all.map((r: any) => r.seq)].sort((a, b) => b - a));
  });

  it('is read by administrators only, and refused changes leave no record', async () => {
    const host = await user(t, 'HOST');
    const site = await meetingWithSite(t);
    const before = (await t.ok(AUDIT, { first: 1 }, admin)).auditLog.totalCount;
    expectError(await t.gql(AUDIT, {}, host.token), 'FORBIDDEN');
    expectError(await t.gql(AUDIT, {}, await siteToken(t, site.host, site.siteId)), 'FORBIDDEN');
    expectError(await t.gql(AUDIT, {}), 'UNAUTHENTICATED');
    expectError(
      await t.gql('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: adminId }, host.token),
      'FORBIDDEN',
    );
    expectError(await t.gql(AUDIT, { userId: 'x' }, admin), 'BAD_USER_INPUT', 'userId');
    expect((await t.ok(AUDIT, { first: 1 }, admin)).auditLog.totalCount).toBe(before);
  });
});
