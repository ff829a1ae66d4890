import WebSocket from 'ws';
import { TestServer, startTestServer } from '../support/server';
import { hostedMeeting } from '../support/factories';
import { until } from '../support/live';

const KEEP_ALIVE_MS = 300;

/** An acknowledged graphql-transport-ws socket; `autoPong: false` plays a link that went dead. */
async function openSocket(t: TestServer, token: string, autoPong: boolean) {
  const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws', { autoPong });
  const state = { pings: 0, closed: false };
  socket.on('ping', () => state.pings++);
  socket.on('close', () => (state.closed = true));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const acked = new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await acked;
  return { socket, state };
}

/** Every socket is pinged; one that stops answering is dropped, one that answers stays. */
describe('WebSocket keep-alive', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { WS_KEEP_ALIVE_MS: String(KEEP_ALIVE_MS) } });
  });
  afterAll(() => t.close());

  it('drops a socket that does not answer its ping and keeps one that does', async () => {
    const { host } = await hostedMeeting(t);
    const answering = await openSocket(t, host, true);
    const silent = await openSocket(t, host, false);
    await until(() => silent.state.closed, 'the silent socket is dropped', 10 * KEEP_ALIVE_MS);
    expect(silent.state.pings).toBeGreaterThanOrEqual(1);
    // Pinged again since, and still open.
    const pings = answering.state.pings;
    await until(
      () => answering.state.pings >= pings + 2,
      'the answering socket is pinged on',
      10 * KEEP_ALIVE_MS,
    );
    expect(answering.state.closed).toBe(false);
    answering.socket.close();
  });
});
