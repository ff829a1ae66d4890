import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startTestServer, TestServer } from '../support/server';
import { rawSocket } from '../support/security';

const QUERY = 'query($id: ID!) { units(parentId: $id) { id } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Requests wrong in what they send, not in the document: each with the code both transports answer. */
const WRONG: Record<string, { payload: Record<string, unknown>; code: string; message: RegExp }> = {
  'a variable of the wrong type': {
    payload: { query: QUERY, variables: { id: { a: 1 } } },
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$id" got invalid value \{ a: 1 \}; ID cannot represent value/,
  },
  'a required variable left out': {
    payload: { query: QUERY, variables: {} },
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$id" of required type "ID!" was not provided\.$/,
  },
  'a persisted query whose hash does not match': {
    payload: {
      query: QUERY,
      variables: { id: null },
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ serverTime }') } },
    },
    code: 'BAD_REQUEST',
    message: /^provided sha does not match query$/,
  },
  'a persisted query of an unknown version': {
    payload: {
      query: QUERY,
      variables: { id: null },
      extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } },
    },
    code: 'BAD_REQUEST',
    message: /^Unsupported persisted query version$/,
  },
};

describe('a request with wrong values gets the same answer over HTTP and WebSocket, and logs nothing', () => {
  let t: TestServer;
  let token: string;
  const logs: { msg?: string; err?: unknown }[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    });
    t = await startTestServer({ logger: pino({ level: 'warn' }, sink) });
    token = await t.adminToken();
  });
  afterAll(() => t.close());

  async function overWebSocket(payload: Record<string, unknown>) {
    const ws = await rawSocket(t);
    await ws.init(token);
    ws.send({ id: '1', type: 'subscribe', payload });
    const answer = await ws.next((m) => m.id === '1' && m.type !== 'complete');
    ws.socket.close();
    return answer.type === 'error' ? answer.payload[0] : answer.payload.errors?.[0];
  }

  it.each(Object.keys(WRONG))('%s', async (name) => {
    const { payload, code, message } = WRONG[name];
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(payload),
    });
    const http = ((await res.json()) as { errors?: any[] }).errors?.[0];
    expect(res.status).toBe(400);
    expect(http?.extensions?.code).toBe(code);
    expect(http?.message).toMatch(message);
    const ws = await overWebSocket(payload);
    expect({ message: ws?.message, code: ws?.extensions?.code }).toEqual({
      message: http.message,
      code: http.extensions.code,
    });
    expect(logs).toEqual([]);
  });
});
