import { TestServer, startTestServer } from '../support/server';
import { EVENTS, closeCode, closingClient, connectedClient, record } from '../support/live';
import { hostedMeeting, user } from '../support/factories';
import { SOCKET_CLOSES } from '../../client-sdk/src/close-codes';

const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id } }';
const RESET = 'mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword } }';

/** A user's open socket follows the account: disabled or reset, it is closed and its stream stops. */
describe("a signed-in user's socket after the account changes", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { WS_ACCOUNT_CHECK_MS: '100' } });
  });
  afterAll(() => t.close());

  it.each([
    ['disabled', DISABLE],
    ['password reset', RESET],
  ])('%s: its socket closes with 4403 "Signed out"; another user\'s stays open', async (_, mutation) => {
    const { meetingId, host } = await hostedMeeting(t);
    const viewer = await user(t, 'ADMIN', { name: 'Phạm Văn Xem' });
    const watched = closingClient(t, viewer.token);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      watched.on('closed', (e) => resolve(e as { code: number; reason: string })),
    );
    record(watched, EVENTS, { meetingId });
    const bystander = await connectedClient(t, host);
    const bystanderCode = closeCode(bystander);
    let bystanderClosed = false;
    void bystanderCode.then(() => (bystanderClosed = true));

    const admin = await t.adminToken();
    await t.ok(mutation, { id: viewer.id }, admin);
    const { code, reason } = await closed;
    expect({ code, reason }).toEqual(SOCKET_CLOSES.signedOut);
    // The host's socket has been checked since (it checks at the same pace): still open.
    const stillOpen = record(bystander, EVENTS, { meetingId });
    await t.ok('mutation($id: ID!) { scheduleMeeting(id: $id) { id } }', { id: meetingId }, host);
    await stillOpen.find((e) => e.type === 'MEETING_SCHEDULED');
    expect(bystanderClosed).toBe(false);
    await bystander.dispose();
  });
});
