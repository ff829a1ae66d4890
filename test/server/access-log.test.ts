import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { capturedLogger } from '../support/logs';
import { until } from '../support/live';
import { startTestServer, TestServer } from '../support/server';

describe('the access log', () => {
  let t: TestServer;
  const log = capturedLogger('info');
  beforeAll(async () => {
    t = await startTestServer({ logger: log.logger });
  });
  afterAll(() => t.close());

  it('writes one line per HTTP request with its X-Request-Id, sent back in the answer', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent('{ serverTime }')}`, {
      headers: {
        'x-request-id': 'yeu-cau-42',
        'apollo-require-preflight': 'true',
        authorization: 'Bearer secret-token-never-logged',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('yeu-cau-42');
    await until(() => log.lines.some((l) => l.req?.id === 'yeu-cau-42'), 'the access log line');
    const lines = log.lines.filter((l) => l.req?.id === 'yeu-cau-42');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'http request',
      ip: '127.0.0.1',
      req: { method: 'GET', path: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0].responseTime).toBe('number');
    // No header, and not the query string (a GET carries the document and its variables there).
    expect(log.raw.join('')).not.toMatch(/secret-token-never-logged|serverTime/);
  });

  it('makes a request id when none is sent, and answers with it', async () => {
    const res = await fetch(t.url.replace(/\/graphql$/, '/healthz'));
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one line per WebSocket when it closes: request id, who, close code, duration', async () => {
    const token = await t.adminToken();
    const client = createClient({
      url: t.wsUrl,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols: string[]) {
          super(url, protocols, { headers: { 'x-request-id': 'man-hinh-7' } });
        }
      },
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
    });
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    await client.dispose();
    await until(() => log.lines.some((l) => l.reqId === 'man-hinh-7'), 'the WebSocket access log line');
    const lines = log.lines.filter((l) => l.reqId === 'man-hinh-7');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'websocket closed',
      ip: '127.0.0.1',
      path: '/graphql',
      actor: expect.stringMatching(/^user:/),
      code: 1000,
    });
    expect(typeof lines[0].durationMs).toBe('number');
  });
});
