import WebSocket from 'ws';
import { createTestDatabase } from '../support/database';
import { freePort, PROCESS_ADMIN, remote, startServerProcess } from '../support/processes';

it('on SIGTERM the server process closes its sockets with 1001, finishes its shutdown and exits 0', async () => {
  const database = await createTestDatabase();
  const port = await freePort();
  const server = await startServerProcess(port, {
    ...PROCESS_ADMIN,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'info',
  });
  try {
    const { call } = remote(port);
    const { login } = await call(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      {
        u: PROCESS_ADMIN.ADMIN_USERNAME,
        p: PROCESS_ADMIN.ADMIN_PASSWORD,
      },
    );
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${login.token}` } }),
    );
    await new Promise((resolve) => socket.once('message', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

    server.process.kill('SIGTERM');
    expect(await closed).toBe(1001);
    expect(await server.exited).toBe(0);
    expect(server.output.join('')).toMatch(/"msg":"stopped"/);
  } finally {
    server.process.kill('SIGKILL');
    await database.drop();
  }
}, 90_000);
