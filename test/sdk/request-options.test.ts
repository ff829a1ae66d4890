import { createServer, Socket } from 'node:net';
import { createClient, DiemcauError, LoginDocument, ServerTimeDocument } from '../../client-sdk/src';
import { ADMIN, startTestServer, TestServer } from '../support/server';
import { rejection } from '../support/sdk';

/** A real TCP listener that accepts connections and never answers. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => void sockets.add(socket.on('error', () => {})));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('SDK request options: headers, timeout, retry of queries', () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it('tells a RATE_LIMITED change when to try again (retryAfterSeconds), and sends the caller’s headers', async () => {
    const t = await startTestServer({ env: { RATE_LIMIT_PUBLIC: '1' } });
    servers.push(t);
    const seen: (string | undefined)[] = [];
    const client = createClient({
      url: t.url,
      request: { headers: { 'x-request-id': 'bao-cao-1' } },
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers).get('x-request-id') ?? undefined);
        return fetch(input, init);
      },
    });
    const login = () => client.request(LoginDocument, { username: ADMIN.username, password: ADMIN.password });
    await login();
    const error = await rejection(login());
    expect(error).toBeInstanceOf(DiemcauError);
    const limited = error as DiemcauError;
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number.isInteger(limited.retryAfterSeconds)).toBe(true);
    expect(seen).toEqual(['bao-cao-1', 'bao-cao-1']);
  });

  it('gives up with TIMEOUT when no answer comes in time', async () => {
    const { port, close } = await silentServer();
    try {
      const client = createClient({ url: `http://127.0.0.1:${port}/graphql` });
      const error = await rejection(client.request(ServerTimeDocument, {}, { timeoutMs: 100 }));
      expect(error).toBeInstanceOf(DiemcauError);
      expect(error).toMatchObject({ code: 'TIMEOUT' });
    } finally {
      await close();
    }
  });

  it('retries a query until the server is up, and never a mutation', async () => {
    const { port, close } = await silentServer();
    await close(); // a closed port: refused, as while a server restarts
    const url = `http://127.0.0.1:${port}/graphql`;
    const retries: number[] = [];
    let starting: Promise<TestServer> | null = null;
    const client = createClient({
      url,
      request: {
        retry: {
          retries: 1000,
          initialDelayMs: 20,
          maxDelayMs: 100,
          onRetry: ({ attempt }) => {
            retries.push(attempt);
            starting ??= startTestServer({ env: { PORT: String(port) } });
          },
        },
      },
    });

    const refused = await rejection(
      client.request(LoginDocument, { username: ADMIN.username, password: 'x' }),
    );
    expect(refused).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(retries).toEqual([]);

    const { serverTime: time } = await client.request(ServerTimeDocument);
    servers.push(await starting!);
    expect(Number.isNaN(Date.parse(time))).toBe(false);
    expect(retries.length).toBeGreaterThan(0);
    expect(retries).toEqual(retries.map((_, i) => i + 1));
  });
});
