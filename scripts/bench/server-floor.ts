/**
 * Reference (b): the floor. A raw `ws` server that speaks just enough graphql-transport-ws for the
 * same clients (ack, subscribe, complete, ping) and broadcasts one pre-serialized message per event.
 * It relies on every client using the subscription id "1", so one string fits every socket.
 * `POST /tick` publishes the next event (meetingEvents and meetingLive alike, by what was subscribed).
 * A `meetingEvents` subscription with afterSeq first gets the events after it, from memory.
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { Kind, nowMicros, tell } from './common';
import { FIXTURE_MEETING_ID, fixtureEvent, fixtureLive } from './fixtures';
import { serveStats } from './stats';

/** By what the socket subscribed: the SDK's screens (kind sdk) are meetingEvents subscribers. */
const subscribers: Record<Exclude<Kind, 'sdk'>, Set<WebSocket>> = { events: new Set(), live: new Set() };
/** The events' messages, by seq - 1: a resubscription with afterSeq gets the ones after it (the storm). */
const history: string[] = [];
let seq = 0;

function broadcast(kind: keyof typeof subscribers, payload: unknown, field: string): void {
  const message = JSON.stringify({ id: '1', type: 'next', payload: { data: { [field]: payload } } });
  if (kind === 'events') history.push(message);
  for (const socket of subscribers[kind]) socket.send(message);
}

const httpServer = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/tick') return void res.writeHead(404).end();
  seq++;
  tell({ type: 'published', meetingId: FIXTURE_MEETING_ID, seq, at: nowMicros() });
  broadcast('events', fixtureEvent(seq), 'meetingEvents');
  broadcast('live', fixtureLive(seq), 'meetingLive');
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ seq }));
});

const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
wsServer.on('connection', (socket) => {
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      type: string;
      payload?: { query?: string; variables?: { afterSeq?: number } };
    };
    if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
    else if (message.type === 'ping') socket.send('{"type":"pong"}');
    else if (message.type === 'subscribe') {
      const kind = message.payload?.query?.includes('meetingLive') ? 'live' : 'events';
      subscribers[kind].add(socket);
      const afterSeq = message.payload?.variables?.afterSeq;
      if (kind === 'events' && afterSeq !== undefined)
        for (const replayed of history.slice(afterSeq)) socket.send(replayed);
    } else if (message.type === 'complete') for (const set of Object.values(subscribers)) set.delete(socket);
  });
  socket.on('close', () => {
    for (const set of Object.values(subscribers)) set.delete(socket);
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  serveStats();
  tell({ type: 'ready', port: (httpServer.address() as AddressInfo).port, meetingId: FIXTURE_MEETING_ID });
});
