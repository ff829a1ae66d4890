import WebSocket from 'ws';
import { startTestServer } from '../support/server';

it('closes open WebSockets with 1001 and stops serving on shutdown', async () => {
  const t = await startTestServer();
  const token = await t.adminToken();
  const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await new Promise((resolve) => socket.once('message', resolve)); // connection_ack
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

  await t.server.close();
  expect(await closed).toBe(1001);
  await expect(fetch(t.url.replace(/\/graphql$/, '/healthz'))).rejects.toThrow();
  await t.database.drop();
});
