import { hostedMeeting, unit, user, WEBHOOK_SECRET, webhook } from '../support/factories';
import { expectError, startTestServer, TestServer } from '../support/server';

const CREATE = 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { id } }';
const LIST = '{ webhooks { id url meetingId organizerUnitId eventTypes createdById } }';

/** Who registers webhooks, for what, and to which URLs (the SSRF guard at its default: on). */
describe('registering webhooks', () => {
  let t: TestServer;
  beforeAll(async () => (t = await startTestServer()));
  afterAll(() => t?.close());

  it.each([
    ['http://hooks.example.vn/diemcau', 'INVALID_FORMAT'],
    ['https://127.0.0.1/hook', 'PRIVATE_ADDRESS'],
    ['https://10.20.30.40/hook', 'PRIVATE_ADDRESS'],
    ['https://169.254.169.254/latest/meta-data', 'PRIVATE_ADDRESS'],
    ['https://[::1]:8443/hook', 'PRIVATE_ADDRESS'],
    ['https://[::ffff:192.168.1.10]/hook', 'PRIVATE_ADDRESS'],
    ['https://localhost/hook', 'PRIVATE_ADDRESS'],
    ['https://user:secret@hooks.example.vn/', 'INVALID_VALUE'],
    ['not a url', 'INVALID_FORMAT'],
  ])('refuses %s (BAD_USER_INPUT on input.url, %s), writing nothing', async (url, reason) => {
    const m = await hostedMeeting(t);
    const result = await t.gql(
      CREATE,
      { input: { url, meetingId: m.meetingId, secret: WEBHOOK_SECRET } },
      m.host,
    );
    expect(expectError(result, 'BAD_USER_INPUT', 'input.url').extensions?.reason).toBe(reason);
    expect((await t.ok(LIST, {}, m.host)).webhooks).toEqual([]);
  });

  it('refuses a secret that is not whsec_ and the base64 of 24 to 64 bytes, and a webhook of no or two scopes', async () => {
    const m = await hostedMeeting(t);
    const url = 'https://hooks.example.vn/diemcau';
    for (const secret of ['whsec_c2hvcnQ=', 'my-password-is-long-enough-here', `whsec_${'A'.repeat(100)}`])
      expectError(
        await t.gql(CREATE, { input: { url, meetingId: m.meetingId, secret } }, m.host),
        'BAD_USER_INPUT',
        'input.secret',
      );
    const unitId = await unit(t);
    for (const scope of [{}, { meetingId: m.meetingId, organizerUnitId: unitId }])
      expectError(
        await t.gql(CREATE, { input: { url, secret: WEBHOOK_SECRET, ...scope } }, await t.adminToken()),
        'BAD_USER_INPUT',
        'input.meetingId',
      );
  });

  it('lets a host register for its meeting, ADMIN for an organizer unit; a host lists its own, ADMIN all', async () => {
    const m = await hostedMeeting(t);
    const admin = await t.adminToken();
    const mine = await webhook(t, m.host, { meetingId: m.meetingId }, { eventTypes: ['MEETING_STARTED'] });
    expect(mine).toMatchObject({
      meetingId: m.meetingId,
      organizerUnitId: null,
      eventTypes: ['MEETING_STARTED'],
    });
    const unitId = await unit(t, 'VKSND tỉnh Quảng Ngãi');
    expectError(
      await t.gql(
        CREATE,
        { input: { url: 'https://hooks.example.vn/', organizerUnitId: unitId, secret: WEBHOOK_SECRET } },
        m.host,
      ),
      'FORBIDDEN',
    );
    const units = await webhook(t, admin, { organizerUnitId: unitId });
    expect((await t.ok(LIST, {}, m.host)).webhooks.map((w: { id: string }) => w.id)).toEqual([mine.id]);
    expect((await t.ok(LIST, {}, admin)).webhooks.map((w: { id: string }) => w.id)).toEqual(
      expect.arrayContaining([mine.id, units.id]),
    );
    const viewer = await user(t, 'VIEWER');
    expect((await t.ok(LIST, {}, viewer.token)).webhooks).toEqual([]);
  });

  it('never shows the secret', async () => {
    const { __type } = await t.ok('{ __type(name: "Webhook") { fields { name } } }');
    expect(__type.fields.map((f: { name: string }) => f.name)).not.toContain('secret');
  });

  it('deletes a webhook for who registered it (NOT_FOUND for another host)', async () => {
    const m = await hostedMeeting(t);
    const other = await hostedMeeting(t);
    const hook = await webhook(t, m.host, { meetingId: m.meetingId });
    const DELETE = 'mutation($id: ID!) { deleteWebhook(id: $id) { id } }';
    expectError(await t.gql(DELETE, { id: hook.id }, other.host), 'NOT_FOUND');
    expect((await t.ok(DELETE, { id: hook.id }, m.host)).deleteWebhook.id).toBe(hook.id);
    expect((await t.ok(LIST, {}, m.host)).webhooks).toEqual([]);
  });
});
