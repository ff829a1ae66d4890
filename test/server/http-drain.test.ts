import { connect, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestServer } from '../support/server';

const BODY = JSON.stringify({ query: '{ serverTime }' });
const HEAD = `POST /graphql HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n`;

/** A raw keep-alive HTTP client: what it received so far, and whether the server closed it. */
async function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let text = '';
  socket.on('data', (chunk) => (text += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const answers = () => text.match(/^HTTP\/1\.1 \d+/gm) ?? [];
  const answered = async (count: number) => {
    while (answers().length < count && !socket.destroyed) await sleep(10);
    return answers();
  };
  return { socket, closed, answered };
}

// A connection left open after its answer would hold the shutdown until keep-alive (over a minute)
// or the drain's grace period (10 s) ends it: both are past this test's time.
it('on shutdown, answers the request in flight, then closes its connection and an idle one at once', async () => {
  const t = await startTestServer();
  const idle = await rawClient(t.server.port);
  idle.socket.write(HEAD + BODY);
  expect(await idle.answered(1)).toEqual(['HTTP/1.1 200']);

  const inFlight = await rawClient(t.server.port);
  inFlight.socket.write(HEAD + BODY.slice(0, 10));
  await sleep(100);
  const stopped = t.server.close();
  await idle.closed;
  await sleep(100);
  inFlight.socket.write(BODY.slice(10));
  expect(await inFlight.answered(1)).toEqual(['HTTP/1.1 200']);
  await inFlight.closed;
  await stopped;
  await t.database.drop();
}, 8_000);
