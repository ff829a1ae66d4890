import { readdirSync, readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { createTestDatabase } from '../support/database';
import { freePort, Launch, PROCESS_ADMIN, remote, startServerProcess } from '../support/processes';

/** The processes started by `pid` (Linux: /proc/<pid>/task/<tid>/children). */
function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
    readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.each<Launch>(['ts-node', 'npm start'])('SIGTERM to the process started by %s', (launch) => {
  it('closes the sockets with 1001, finishes the shutdown, exits 0 and leaves no process behind', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    const server = await startServerProcess(
      port,
      { ...PROCESS_ADMIN, DATABASE_URL: database.url, LOG_LEVEL: 'info' },
      { launch },
    );
    // npm runs the server as its child: the signal goes to npm, the shutdown must happen in node.
    const descendants = childrenOf(server.process.pid!);
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
      // An orphaned server would keep the socket open after the signalled process is gone.
      const gone = server.exited.then(() => 'the process exited, the socket still open');
      expect(await Promise.race([closed, gone])).toBe(1001);
      expect(await server.exited).toBe(0);
      expect(server.output.join('')).toMatch(/"msg":"stopped"/);
      expect(descendants.filter(alive)).toEqual([]);
    } finally {
      server.process.kill('SIGKILL');
      descendants.forEach((pid) => alive(pid) && process.kill(pid, 'SIGKILL'));
      await database.drop();
    }
  }, 180_000);
});
