import pino from 'pino';
import { Writable } from 'node:stream';
import { startTestServer, TestServer } from '../support/server';
import { rawSocket } from '../support/security';

describe('an unexpected error leaks nothing and is logged with its request id', () => {
  let t: TestServer;
  const logs: any[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    });
    // Development mode: no stack trace even there.
    t = await startTestServer({ env: { NODE_ENV: 'development' }, logger: pino({ level: 'error' }, sink) });
    // The units table goes missing under the server: every read of it fails unexpectedly.
    await t.server.services.db.dataSource.query('ALTER TABLE unit RENAME TO unit_gone');
  });
  afterAll(async () => {
    await t.server.services.db.dataSource.query('ALTER TABLE unit_gone RENAME TO unit');
    await t.close();
  });

  it('over HTTP: INTERNAL_SERVER_ERROR with the request id only', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.adminToken()}`,
        'x-request-id': 'req-http-1',
      },
      body: JSON.stringify({ query: '{ units { id name } }' }),
    });
    const text = await res.text();
    expect(JSON.parse(text).errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['units'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-http-1' },
      },
    ]);
    expect(text).not.toMatch(/unit_gone|SQL|no such|doesn't exist|stack/i);
    expect(logs.some((l) => l.requestId === 'req-http-1' && l.err?.message)).toBe(true);
  });

  it("over WebSocket: the same, with the operation's request id", async () => {
    const ws = await rawSocket(t);
    await ws.init(await t.adminToken());
    ws.send({ id: '1', type: 'subscribe', payload: { query: '{ units { id } }' } });
    const answer = await ws.next((m) => m.id === '1' && m.type === 'next');
    const [error] = answer.payload.errors;
    expect(error.message).toBe('Internal server error');
    expect(Object.keys(error.extensions).sort()).toEqual(['code', 'requestId']);
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(logs.some((l) => l.requestId === error.extensions.requestId && l.err?.message)).toBe(true);
    expect(JSON.stringify(answer)).not.toMatch(/unit_gone|SQL|no such|doesn't exist|stack/i);
    ws.socket.close();
  });
});
