/**
 * A client process: holds many site sockets (graphql-transport-ws over raw `ws`, subscription id
 * "1" on each), stamps every push on the shared clock, and tells the orchestrator when all its
 * sockets have a seq. Per socket it checks the order: a seq seen again is a double, a skipped one a gap.
 */
import WebSocket from 'ws';
import { ClientRequest, DOCUMENTS, Kind, nowMicros, tell } from './common';
import { openSocket, Payload, subscribeOn } from './socket';

type Site = {
  token: string;
  socket: WebSocket | null;
  /** The newest seq this socket received (0: none yet). */
  last: number;
  /** When it was back in sync after a resume (µs), 0 while not. */
  syncedAt: number;
};

const sites: Site[] = [];
const arrivals = new Map<number, { n: number; at: number; first: number }>();
const errors: string[] = [];
let url = '';
let kind: Kind = 'events';
let meetingId = '';
let doubles = 0;
let gaps = 0;
let target = 0;
let bytes = 0;

/** Opens the socket of `site` and resolves once the server acknowledged it. */
function open(site: Site): Promise<void> {
  const { socket, ready } = openSocket(url, site.token, {
    next: (payload, size) => receive(site, payload, size),
    failed: (error) => errors.push(error),
    closed: (closed, code, reason) => {
      if (site.socket === closed && code !== 1000) errors.push(`closed ${code} ${reason}`);
    },
  });
  site.socket = socket;
  return ready;
}

function subscribe(site: Site, afterSeq?: number): void {
  const variables = afterSeq === undefined ? { meetingId } : { meetingId, afterSeq };
  subscribeOn(site.socket!, DOCUMENTS[kind].query, variables);
}

function receive(site: Site, payload: Payload, size: number): void {
  const at = nowMicros();
  if (!payload.data) return void errors.push('a push without data');
  const seq = payload.data[DOCUMENTS[kind].field].seq;
  if (seq <= site.last) doubles++;
  else if (kind === 'events' && site.last > 0 && seq > site.last + 1) gaps++;
  site.last = Math.max(site.last, seq);
  bytes = size;
  if (target > 0 && site.syncedAt === 0 && site.last >= target) site.syncedAt = at;
  const seen = arrivals.get(seq) ?? { n: 0, at: 0, first: at };
  seen.n++;
  seen.at = Math.max(seen.at, at);
  if (seen.n < sites.length) arrivals.set(seq, seen);
  else {
    arrivals.delete(seq);
    tell({ type: 'got', seq, at: seen.at, first: seen.first, bytes });
  }
}

/** Opens sockets a batch at a time: a real rollout is spread over minutes, not one SYN burst. */
async function openAll(batch: number): Promise<void> {
  for (let i = 0; i < sites.length; i += batch) await Promise.all(sites.slice(i, i + batch).map(open));
}

process.on('message', async (m: ClientRequest) => {
  try {
    switch (m.type) {
      case 'connect':
        url = m.url;
        for (let i = 0; i < m.count; i++)
          sites.push({ token: m.tokens[i % m.tokens.length], socket: null, last: 0, syncedAt: 0 });
        await openAll(100);
        return tell({ type: 'connected' });
      case 'subscribe': {
        kind = m.kind;
        meetingId = m.meetingId;
        const { index, of } = m.batch ?? { index: 0, of: 1 };
        sites.forEach((site, i) => i % of === index && subscribe(site, m.afterSeq));
        return tell({ type: 'subscribed' });
      }
      case 'drop': {
        const closed = sites.map((s) => new Promise((resolve) => s.socket!.once('close', resolve)));
        for (const site of sites) {
          const socket = site.socket!;
          site.socket = null; // an expected close: not an error
          socket.terminate();
        }
        await Promise.all(closed);
        return tell({ type: 'dropped' });
      }
      case 'resume':
        // Every socket at once, as after a network blip: each resumes from the seq it last saw.
        target = m.target;
        for (const site of sites) site.syncedAt = 0;
        await Promise.all(sites.map(async (site) => subscribe(await openSite(site), site.last)));
        return;
      case 'report':
        return report();
    }
  } catch (e) {
    tell({ type: 'failed', error: [String(e), ...errors.slice(0, 3)].join('; ') });
  }
});

function report(): void {
  const synced = sites.map((s) => s.syncedAt).filter((t) => t > 0);
  tell({ type: 'report', doubles, gaps, errors: errors.slice(0, 10), synced });
}

async function openSite(site: Site): Promise<Site> {
  await open(site);
  return site;
}
