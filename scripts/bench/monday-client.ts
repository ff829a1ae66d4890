/**
 * A client process of the Monday-morning bench: holds site screens of many meetings, joining as the
 * SDK's screens do (one after another; each asks its meeting's lastEventSeq over HTTP with its site
 * token, then subscribes with the SDK's meetingEvents document and that afterSeq). Tells the
 * orchestrator when every screen of a meeting here has an event; per screen it counts doubles and gaps.
 */
import WebSocket from 'ws';
import { MeetingLastEventSeqDocument } from '../../client-sdk/src/generated/graphql';
import { DOCUMENTS, gql, MondayClientRequest, nowMicros, sleep, tell } from './common';
import { openSocket, subscribeOn } from './socket';

type Screen = { meetingId: string; token: string; socket: WebSocket | null; last: number };

const screens: Screen[] = [];
/** Subscribed screens per meeting here. */
const subscribed = new Map<string, number>();
/** Per `meetingId:seq`: how many screens here got it, and when the last did. */
const arrivals = new Map<string, { n: number; at: number }>();
const errors: string[] = [];
let doubles = 0;
let gaps = 0;

function receive(screen: Screen, seq: number): void {
  const at = nowMicros();
  if (seq <= screen.last) doubles++;
  else if (seq > screen.last + 1) gaps++;
  screen.last = Math.max(screen.last, seq);
  const key = `${screen.meetingId}:${seq}`;
  const seen = arrivals.get(key) ?? { n: 0, at: 0 };
  seen.n++;
  seen.at = Math.max(seen.at, at);
  if (seen.n < (subscribed.get(screen.meetingId) ?? 0)) arrivals.set(key, seen);
  else {
    arrivals.delete(key);
    tell({ type: 'screened', meetingId: screen.meetingId, seq, at: seen.at });
  }
}

/** Opens the screen's socket, reads where its meeting is, and subscribes from there. */
async function join(screen: Screen, url: string): Promise<void> {
  const { socket, ready } = openSocket(url.replace('http', 'ws'), screen.token, {
    next: (payload) => receive(screen, payload.data!.meetingEvents.seq),
    failed: (error) => errors.push(error),
    closed: (_socket, code, reason) => {
      if (code !== 1000) errors.push(`closed ${code} ${reason}`);
    },
  });
  screen.socket = socket;
  await ready;
  const { meeting } = await gql<{ meeting: { lastEventSeq: number } }>(
    url,
    MeetingLastEventSeqDocument.toString(),
    { id: screen.meetingId },
    screen.token,
  );
  screen.last = meeting.lastEventSeq;
  // Counted before the first push can come.
  subscribed.set(screen.meetingId, (subscribed.get(screen.meetingId) ?? 0) + 1);
  subscribeOn(socket, DOCUMENTS.sdk.query, { meetingId: screen.meetingId, afterSeq: meeting.lastEventSeq });
}

process.on('message', async (m: MondayClientRequest) => {
  try {
    if (m.type === 'join') {
      for (const s of m.screens) screens.push({ ...s, socket: null, last: 0 });
      for (let i = 0; i < screens.length; i += m.batch) {
        await Promise.all(screens.slice(i, i + m.batch).map((s) => join(s, m.url)));
        await sleep(m.pauseMs);
      }
      tell({ type: 'joined' });
    } else if (m.type === 'report')
      tell({ type: 'report', doubles, gaps, errors: errors.slice(0, 10), synced: [] });
  } catch (e) {
    tell({ type: 'failed', error: [String(e), ...errors.slice(0, 3)].join('; ') });
  }
});
