/**
 * The Monday-morning bench: the weekly provincial briefings (63 meetings of 14 points, 1–2 screens
 * a site) and the national meeting (764 sites, 1–3 screens a site) live at once on one instance of
 * our server. Screens join as the SDK's do (monday-client.ts). Each meeting's host issues a command
 * every 2–5 s — the speech extended, a delegate checked in, a raised hand approved — and its sites
 * raise hands; the run stops after a fixed count of commands. Per run: command round trip,
 * commit → last screen of that meeting and host's send → last screen, the server's event-loop delay
 * (perf_hooks.monitorEventLoopDelay), CPU and RSS. See docs/benchmarks.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Child } from './child';
import {
  ClientMessage,
  EXTEND_SPEECH,
  gql,
  MondayClientRequest,
  nowMicros,
  percentile,
  REQUEST_TO_SPEAK,
  ServerMessage,
  sleep,
} from './common';
import { seedNational } from '../../server/seed/seed';
import { mysqlCopy } from './mysql-copy';
import { goLive, handRaised, LiveSetup, Run, seedDatabase, Shape, templateCopy } from './template';

/** How many meetings of which size: the Monday morning, or a small one for the smoke test. */
export type MondayShape = { provincial: number; province: Shape; national: Shape };
export const MONDAY_MORNING: MondayShape = {
  provincial: 63,
  province: { provinces: 1, districts: 12, participants: 40, agendaItems: 5 },
  national: {},
};

/** The shapes `npm run bench -- --monday-shape` names: the Monday morning, one of 17 meetings, the smoke test's 4. */
export const MONDAY_SHAPES: Record<string, MondayShape> = {
  full: MONDAY_MORNING,
  mid: {
    provincial: 16,
    province: MONDAY_MORNING.province,
    national: { provinces: 10, districts: 90, participants: 400 },
  },
  /** Four small meetings: the CI's smoke runs. */
  smoke: {
    provincial: 3,
    province: { provinces: 1, districts: 3, participants: 12, agendaItems: 2 },
    national: { provinces: 2, districts: 8, participants: 40, agendaItems: 2 },
  },
};

export type MondayOptions = {
  dir: string;
  /** Commands measured, over all meetings. */
  commands: number;
  clients: number;
  shape?: MondayShape;
  /** Each host's pause between two commands, ms: [least, most]. */
  paceMs?: [number, number];
  /**
   * Several instances of our server on one MySQL/MariaDB database (`mysqlUrl`, a server URL: the
   * bench makes a scratch database there) with events through Redis (`redisUrl`). One by default,
   * on SQLite. Each client process's screens join one instance, each meeting's host sends to one,
   * in turn.
   */
  instances?: { count: number; mysqlUrl: string; redisUrl: string };
  log?: (line: string) => void;
};

type Meeting = LiveSetup & { meetingId: string; participantIds: string[]; screensPerSite: number };
type MondaySetup = { hostToken: string; meetings: Meeting[] };

/** ms figures, from µs samples: p50, p99, and how many samples. */
export type Spread = { p50: number; p99: number; count: number };

export type MondayRow = {
  meetings: number;
  screens: number;
  commands: number;
  /** Host's send → answer. */
  command: Spread;
  /** Commit → last screen of that meeting, per event. */
  delivery: Spread;
  /** Host's send → last screen of that meeting, per command (its last event). */
  sent: Spread;
  /** Event-loop delay over the measured commands, ms. */
  loopDelay: { p50: number; p99: number; max: number };
  /** Server CPU over the measured commands, % of one core. */
  cpuPercent: number;
  rssMb: number;
  missed: number;
  doubles: number;
  gaps: number;
  /** The machine's 1-minute load average, at the start and the end of the measured commands. */
  load: [number, number];
  error?: string;
};

const SETUP = 'monday.json';
const TEMPLATE = 'monday.sqlite';
const CHECK_IN = 'mutation($id: ID!) { checkInParticipant(id: $id) { id } }';
const MARK_ABSENT = 'mutation($id: ID!) { markParticipantAbsent(id: $id) { id } }';
const APPROVE = 'mutation($id: ID!) { approveSpeech(id: $id) { id } }';

export async function buildMondayTemplate(dir: string, shape: MondayShape): Promise<void> {
  await seedDatabase(join(dir, TEMPLATE), async (run, hostToken) => {
    const meetings = [await mondayMeeting(run, { ...shape.national }, 3)];
    for (let i = 1; i <= shape.provincial; i++)
      meetings.push(await mondayMeeting(run, { ...shape.province, title: `Giao ban tuần tỉnh số ${i}` }, 2));
    writeFileSync(join(dir, SETUP), JSON.stringify({ hostToken, meetings } satisfies MondaySetup));
  });
}

async function mondayMeeting(run: Run, shape: Shape, screensPerSite: number): Promise<Meeting> {
  const { meetingId } = await seedNational(run, shape);
  const live = await goLive(run, meetingId);
  const { meeting } = await run<{ meeting: { participants: { id: string }[] } }>(
    'query($id: ID!) { meeting(id: $id) { participants { id } } }',
    { id: meetingId },
  );
  return { ...live, meetingId, participantIds: meeting.participants.map((p) => p.id), screensPerSite };
}

/** A small seeded generator (mulberry32): the same pauses and join order in every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th command of a meeting: its host's, or every fourth one of its sites' (a hand raised); always a valid one. */
function command(m: Meeting, n: number, host: string, state: { raised: string[]; attendance: number }) {
  switch (n % 4) {
    case 1: {
      const site = (4 + Math.floor(n / 4)) % m.siteIds.length;
      return {
        query: REQUEST_TO_SPEAK,
        variables: { input: handRaised(m.itemId, m.siteIds[site], site + 1) },
        token: m.siteTokens[site],
        raises: true,
      };
    }
    case 2: {
      // Every delegate checked in, then every one marked absent, then in again…: always a change.
      const { participantIds } = m;
      const round = Math.floor(state.attendance / participantIds.length);
      const id = participantIds[state.attendance++ % participantIds.length];
      return { query: round % 2 ? MARK_ABSENT : CHECK_IN, variables: { id }, token: host };
    }
    case 3: {
      const id = state.raised.shift();
      if (id) return { query: APPROVE, variables: { id }, token: host };
    }
  }
  return { query: EXTEND_SPEECH, variables: { id: m.speechId }, token: host };
}

export async function mondayBench(options: MondayOptions): Promise<MondayRow> {
  const shape = options.shape ?? MONDAY_MORNING;
  const [least, most] = options.paceMs ?? [2000, 5000];
  const log = options.log ?? ((line: string) => console.log(line));
  mkdirSync(options.dir, { recursive: true });
  if (!existsSync(join(options.dir, SETUP))) {
    log('building the Monday-morning meetings…');
    await buildMondayTemplate(options.dir, shape);
    log('built');
  }
  const setup = JSON.parse(readFileSync(join(options.dir, SETUP), 'utf8')) as MondaySetup;
  const rand = random(20);
  const screens = setup.meetings
    .flatMap((m) =>
      m.siteTokens.flatMap((token, i) =>
        Array.from({ length: 1 + (i % m.screensPerSite) }, () => ({ meetingId: m.meetingId, token })),
      ),
    )
    .map((s) => ({ s, key: rand() }))
    .sort((a, b) => a.key - b.key)
    .map(({ s }) => s);
  const row: MondayRow = {
    meetings: setup.meetings.length,
    screens: screens.length,
    commands: options.commands,
    command: { p50: NaN, p99: NaN, count: 0 },
    delivery: { p50: NaN, p99: NaN, count: 0 },
    sent: { p50: NaN, p99: NaN, count: 0 },
    loopDelay: { p50: NaN, p99: NaN, max: NaN },
    cpuPercent: NaN,
    rssMb: NaN,
    missed: 0,
    doubles: 0,
    gaps: 0,
    load: [NaN, NaN],
  };

  const copy = templateCopy(options.dir, 'monday', TEMPLATE);
  let shared: Awaited<ReturnType<typeof mysqlCopy>> | undefined;
  const newest = new Map<string, number>();
  const committed = new Map<string, number>();
  const servers: Child<ServerMessage>[] = [];
  const clients: Child<ClientMessage>[] = [];
  const urls: string[] = [];
  /** Every instance's figures, summed (CPU, RSS) or the worst (event-loop delay). */
  const stats = async () => {
    const replies = servers.map((server) => server.next('stats', 30_000));
    for (const server of servers) server.send({ type: 'stats' });
    const all = await Promise.all(replies);
    return {
      cpuMicros: all.reduce((sum, r) => sum + r.cpuMicros, 0),
      rss: all.reduce((sum, r) => sum + r.rss, 0),
      loopDelay: {
        p50: Math.max(...all.map((r) => r.loopDelay.p50)),
        p99: Math.max(...all.map((r) => r.loopDelay.p99)),
        max: Math.max(...all.map((r) => r.loopDelay.max)),
      },
    };
  };
  try {
    if (options.instances) shared = await mysqlCopy(copy.file, options.instances.mysqlUrl);
    for (let i = 0; i < (options.instances?.count ?? 1); i++) {
      const server = new Child<ServerMessage>(
        'server-ours.ts',
        [shared ? shared.url : copy.file, setup.meetings[0].meetingId],
        (m) => {
          if (m.type !== 'published') return false;
          committed.set(`${m.meetingId}:${m.seq}`, m.at);
          newest.set(m.meetingId, Math.max(newest.get(m.meetingId) ?? 0, m.seq));
          return true;
        },
        true,
        options.instances ? { BENCH_REDIS_URL: options.instances.redisUrl } : {},
      );
      servers.push(server);
      const { port } = await server.next('ready', 120_000);
      urls.push(`http://127.0.0.1:${port}/graphql`);
    }
    /** The clients holding screens of each meeting. */
    const holders = new Map<string, Child<ClientMessage>[]>();
    for (let c = 0; c < options.clients; c++) {
      const mine = screens.filter((_, i) => i % options.clients === c);
      const client = new Child<ClientMessage>('monday-client.ts', []);
      for (const meetingId of new Set(mine.map((s) => s.meetingId)))
        holders.set(meetingId, [...(holders.get(meetingId) ?? []), client]);
      const url = urls[c % urls.length];
      client.send({ type: 'join', url, screens: mine, batch: 20, pauseMs: 20 } satisfies MondayClientRequest);
      clients.push(client);
    }

    let issued = 0;
    let measuring = false;
    const roundTrips: number[] = [];
    const deliveries: number[] = [];
    const sendToScreen: number[] = [];
    const waits: Promise<void>[] = [];
    /** Waits for every holder of the meeting's screens to have `seq`; counts a miss after 15 s. */
    const screened = async (meetingId: string, seq: number): Promise<number> => {
      const got = await Promise.all(
        (holders.get(meetingId) ?? []).map((c) =>
          c.next(
            'screened',
            15_000,
            (m) => m.type === 'screened' && m.meetingId === meetingId && m.seq === seq,
          ),
        ),
      ).catch(() => null);
      if (!got) {
        row.missed++;
        return NaN;
      }
      const at = Math.max(...got.map((g) => g.at));
      deliveries.push(at - committed.get(`${meetingId}:${seq}`)!);
      return at;
    };
    const host = async (m: Meeting, seed: number) => {
      const url = urls[seed % urls.length];
      const pause = random(seed);
      const state = { raised: [] as string[], attendance: 0 };
      for (let n = 0; ; n++) {
        await sleep(least + pause() * (most - least));
        if (measuring && issued >= options.commands) return;
        const counted = measuring;
        if (counted) issued++;
        const c = command(m, n, setup.hostToken, state);
        const before = newest.get(m.meetingId) ?? 0;
        const sentAt = nowMicros();
        const data = await gql<Record<string, { id: string }>>(url, c.query, c.variables, c.token);
        if (counted) roundTrips.push(nowMicros() - sentAt);
        if ('raises' in c) state.raised.push(data.requestToSpeak.id);
        for (const deadline = Date.now() + 5_000; (newest.get(m.meetingId) ?? 0) <= before; await sleep(1))
          if (Date.now() > deadline) throw new Error('a command published nothing');
        if (!counted) continue;
        const seqs = Array.from({ length: newest.get(m.meetingId)! - before }, (_, i) => before + 1 + i);
        waits.push(
          Promise.all(seqs.map((seq) => screened(m.meetingId, seq))).then((ats) => {
            const last = Math.max(...ats);
            if (Number.isFinite(last)) sendToScreen.push(last - sentAt);
          }),
        );
      }
    };
    // The hosts start while the screens join: each screen resumes from where its meeting was then.
    const hosts = Promise.all(setup.meetings.map((m, i) => host(m, i + 1)));
    await Promise.all(clients.map((c) => c.next('joined', 1_200_000)));
    log(`${screens.length} screens joined; measuring ${options.commands} commands`);
    // Site presence settles (a site's first screen: SITE_CONNECTED), then measure.
    await sleep(1_000);
    const before = await stats();
    const startedAt = nowMicros();
    row.load[0] = loadavg()[0];
    measuring = true;
    await hosts;
    await Promise.all(waits);
    const after = await stats();
    row.load[1] = loadavg()[0];
    row.cpuPercent = ((after.cpuMicros - before.cpuMicros) / (nowMicros() - startedAt)) * 100;
    row.rssMb = after.rss / 2 ** 20;
    row.loopDelay = after.loopDelay;
    row.command = spread(roundTrips);
    row.delivery = spread(deliveries);
    row.sent = spread(sendToScreen);
    for (const c of clients) c.send({ type: 'report' } satisfies MondayClientRequest);
    for (const r of await Promise.all(clients.map((c) => c.next('report', 30_000)))) {
      row.doubles += r.doubles;
      row.gaps += r.gaps;
      if (r.errors.length) throw new Error(r.errors[0]);
    }
    if (row.missed) throw new Error(`${row.missed} events did not reach every screen of their meeting`);
  } catch (e) {
    row.error = e instanceof Error ? e.message : String(e);
  } finally {
    for (const c of clients) c.kill();
    for (const server of servers) server.kill();
    copy.remove();
    await shared?.remove();
  }
  return row;
}

function spread(micros: number[]): Spread {
  const sorted = [...micros].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50) / 1000, p99: percentile(sorted, 99) / 1000, count: sorted.length };
}

export function formatMonday(r: MondayRow): string {
  const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '—');
  return (
    `monday ${r.meetings} meetings, ${r.screens} screens, ${r.commands} commands: ` +
    `command p50 ${f(r.command.p50)} p99 ${f(r.command.p99)} ms; ` +
    `commit → last screen p50 ${f(r.delivery.p50)} p99 ${f(r.delivery.p99)} ms (${r.delivery.count} events); ` +
    `send → last screen p50 ${f(r.sent.p50)} p99 ${f(r.sent.p99)} ms; ` +
    `event-loop delay p99 ${f(r.loopDelay.p99)} max ${f(r.loopDelay.max)} ms; ` +
    `CPU ${f(r.cpuPercent, 0)} %, RSS ${f(r.rssMb, 0)} MB; load ${f(r.load[0])}–${f(r.load[1])}; ` +
    `missed ${r.missed}, doubles ${r.doubles}, gaps ${r.gaps}` +
    (r.error ? `  FAILED: ${r.error}` : '')
  );
}
