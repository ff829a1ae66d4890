import { TestServer } from '../support/server';
import { conference } from '../support/factories';
import { rawSocket, securityServer } from '../support/security';

const EVENTS = 'subscription($id: ID!) { meetingEvents(meetingId: $id) { seq } }';

describe('graphql-transport-ws: close codes and keep-alive', () => {
  let t: TestServer;
  let host: string;
  let meetingId: string;
  beforeAll(async () => {
    t = await securityServer({
      WS_INIT_TIMEOUT_MS: '300',
      WS_MAX_OPERATIONS: '3',
      MAX_REQUEST_BYTES: '8192',
    });
    ({ host, meetingId } = await conference(t, { sites: 0, live: false }));
  });
  afterAll(() => t.close());

  it('answers a ping with a pong, with its payload, before and after connection_init', async () => {
    const ws = await rawSocket(t);
    ws.send({ type: 'ping', payload: { at: 'trước' } });
    expect(await ws.next()).toEqual({ type: 'pong', payload: { at: 'trước' } });
    await ws.init(host);
    ws.send({ type: 'ping' });
    expect(await ws.next()).toEqual({ type: 'pong' });
    ws.socket.close();
  });

  it('4400 for a message that is not of the protocol', async () => {
    for (const bad of ['không phải JSON', '{"type":"khác"}', '{"type":"subscribe","id":1}']) {
      const ws = await rawSocket(t);
      await ws.init(host);
      ws.send(bad);
      expect((await ws.closed).code).toBe(4400);
    }
  });

  it('4401 for a subscribe before the connection is acknowledged', async () => {
    const ws = await rawSocket(t);
    ws.send({ id: '1', type: 'subscribe', payload: { query: '{ serverTime }' } });
    expect((await ws.closed).code).toBe(4401);
  });

  it('4403 for a connection_init without a valid token', async () => {
    for (const payload of [{}, { authorization: 'Bearer không-hợp-lệ' }, { authorization: 42 }]) {
      const ws = await rawSocket(t);
      ws.send({ type: 'connection_init', payload });
      expect((await ws.closed).code).toBe(4403);
    }
  });

  it('4406 for a socket without the graphql-transport-ws subprotocol', async () => {
    const ws = await rawSocket(t, null);
    expect((await ws.closed).code).toBe(4406);
  });

  it('4408 when connection_init does not come in time (WS_INIT_TIMEOUT_MS)', async () => {
    const ws = await rawSocket(t);
    expect(await ws.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('4409 for a second subscribe with the id of a running one', async () => {
    const ws = await rawSocket(t);
    await ws.init(host);
    const subscribe = {
      id: 'a',
      type: 'subscribe',
      payload: { query: EVENTS, variables: { id: meetingId } },
    };
    ws.send(subscribe);
    ws.send(subscribe);
    expect((await ws.closed).code).toBe(4409);
  });

  it('4429 for a second connection_init', async () => {
    const ws = await rawSocket(t);
    await ws.init(host);
    ws.send({ type: 'connection_init', payload: { authorization: `Bearer ${host}` } });
    expect((await ws.closed).code).toBe(4429);
  });

  it('1009 for a message over MAX_REQUEST_BYTES', async () => {
    const ws = await rawSocket(t);
    await ws.init(host);
    ws.send({ id: '1', type: 'subscribe', payload: { query: `{ serverTime } # ${'x'.repeat(9000)}` } });
    expect((await ws.closed).code).toBe(1009);
  });

  it('refuses an operation past WS_MAX_OPERATIONS running at once, and keeps the socket', async () => {
    const ws = await rawSocket(t);
    await ws.init(host);
    for (const id of ['1', '2', '3', '4'])
      ws.send({ id, type: 'subscribe', payload: { query: EVENTS, variables: { id: meetingId } } });
    const refused = await ws.next((m) => m.id === '4');
    expect(refused.type).toBe('error');
    expect(refused.payload[0].extensions.code).toBe('RATE_LIMITED');
    // Once one completes, there is room again.
    ws.send({ id: '1', type: 'complete' });
    ws.send({ id: '5', type: 'subscribe', payload: { query: '{ serverTime }' } });
    expect((await ws.next((m) => m.id === '5')).type).toBe('next');
    ws.socket.close();
  });
});
