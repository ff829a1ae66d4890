import { TestServer } from '../support/server';
import { rawSocket, securityServer } from '../support/security';

describe('a WebSocket message over MAX_REQUEST_BYTES', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await securityServer({ MAX_REQUEST_BYTES: '4096' });
  });
  afterAll(() => t.close());

  it('closes the socket with 1009 and prints nothing to stderr', async () => {
    const printed: string[] = [];
    const consoleError = jest.spyOn(console, 'error').mockImplementation((...args) => {
      printed.push(args.map(String).join(' '));
    });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      const ws = await rawSocket(t);
      await ws.init(await t.adminToken());
      ws.send({ id: '1', type: 'subscribe', payload: { query: `{ serverTime } # ${'x'.repeat(5000)}` } });
      expect((await ws.closed).code).toBe(1009);
      // The server goes on: a new socket is answered.
      const next = await rawSocket(t);
      await next.init(await t.adminToken());
      next.send({ id: '2', type: 'subscribe', payload: { query: '{ serverTime }' } });
      expect((await next.next((m) => m.id === '2')).type).toBe('next');
      next.socket.close();
    } finally {
      consoleError.mockRestore();
      stderr.mockRestore();
    }
    expect(printed).toEqual([]);
  });
});
