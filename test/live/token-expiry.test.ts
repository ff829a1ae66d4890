import { SOCKET_CLOSES } from '../../client-sdk/src/close-codes';
import { hostedMeeting } from '../support/factories';
import { closingClient, connectedClient, EVENTS, record } from '../support/live';
import { expiringCopy, securityServer } from '../support/security';
import { TestServer } from '../support/server';

type Closed = { code: number; reason: string };

/** A socket outlives no token: at its expiry it is closed with 4403 "Token expired", and only it. */
describe('a socket when its token expires', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await securityServer();
  });
  afterAll(() => t.close());

  it('closes every socket of the expired token, not the others, also after one of them left', async () => {
    const { meetingId, host } = await hostedMeeting(t);
    const short = await expiringCopy(host, 2);
    const screens = [closingClient(t, short), closingClient(t, short), closingClient(t, short)];
    const closes = screens.map(
      (c) => new Promise<Closed>((resolve) => c.on('closed', (e) => resolve(e as Closed))),
    );
    const firstConnected = new Promise<void>((resolve) => screens[0].on('connected', () => resolve()));
    for (const screen of screens) record(screen, EVENTS, { meetingId });
    const other = await connectedClient(t, host);
    let otherClosed = false;
    other.on('closed', () => (otherClosed = true));
    // One of the three leaves before the expiry: the others are still closed on time.
    await firstConnected;
    await screens[0].dispose();

    const [, ...expired] = await Promise.all(closes);
    expect(expired.map(pick)).toEqual([SOCKET_CLOSES.tokenExpired, SOCKET_CLOSES.tokenExpired]);
    const still = record(other, EVENTS, { meetingId });
    await t.ok('mutation($id: ID!) { scheduleMeeting(id: $id) { id } }', { id: meetingId }, host);
    await still.find((e) => e.type === 'MEETING_SCHEDULED');
    expect(otherClosed).toBe(false);
    await other.dispose();
  });
});

function pick({ code, reason }: Closed): Closed {
  return { code, reason };
}
