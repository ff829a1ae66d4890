/**
 * The fan-out bench: for each subscription (meetingEvents, meetingLive), each N and each server
 * (ours, the naive stack, the floor), a server process and client processes on loopback; the host's
 * commands drive warm-up then measured events, one at a time (the next once every subscriber has the
 * last). Measures commit → last subscriber, server CPU per delivery, server RSS per idle subscriber;
 * a missed delivery fails the run. Then the reconnect storm (ours). See docs/benchmarks.md.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ClientMessage,
  ClientRequest,
  EXTEND_SPEECH,
  gql,
  Kind,
  nowMicros,
  percentile,
  ServerMessage,
  ServerName,
  Setup,
  sleep,
} from './common';
import { Child, PROFILE } from './child';
import { buildTemplate, templateCopy } from './template';
import { formatQueryRow, QueryRow, queryBench } from './query';
import type { BenchOptions } from './options';

export type Row = {
  server: ServerName;
  kind: Kind;
  n: number;
  p50: number;
  p99: number;
  max: number;
  /** The host's send of its command (its HTTP request; the floor's tick) → the first subscriber, ms. */
  first50: number;
  first99: number;
  /** Of that, the command's commit (stamped as it publishes; the floor's tick) → the first subscriber, ms. */
  commitFirst50: number;
  commitFirst99: number;
  /** Server CPU per delivery during the measured events, µs. */
  cpu: number;
  /** Server RSS per idle subscriber, KB. */
  rss: number;
  bytes: number;
  doubles: number;
  gaps: number;
  error?: string;
};

export type StormResult = {
  server: ServerName;
  n: number;
  p50: number;
  p99: number;
  max: number;
  synced: number;
  doubles: number;
  gaps: number;
  error?: string;
};

/** The batches SDK screens join in (kind `sdk`): as many afterSeq values, and groups before sharing by bytes. */
const SDK_JOIN_BATCHES = 100;

/** One server process with its client processes, and what they reported. */
class Rig {
  readonly published = new Map<number, number>();
  lastPublishAt = nowMicros();
  server!: Child<ServerMessage>;
  clients: Child<ClientMessage>[] = [];
  url = '';
  meetingId = '';
  private copy: ReturnType<typeof templateCopy> | null = null;

  constructor(
    readonly name: ServerName,
    private readonly options: BenchOptions,
    private readonly setup: Setup,
  ) {}

  /** Starts the server process (ours: over a fresh copy of the template). */
  async boot(): Promise<void> {
    const args: string[] = [];
    if (this.name === 'ours') {
      this.copy = templateCopy(this.options.dir, 'run');
      args.push(this.copy.file, this.setup.meetingId);
    }
    this.server = new Child<ServerMessage>(
      `server-${this.name}.ts`,
      args,
      (m) => {
        if (m.type !== 'published') return false;
        this.published.set(m.seq, m.at);
        this.lastPublishAt = nowMicros();
        return true;
      },
      true,
    );
    const ready = await this.server.next('ready', 120_000);
    this.url = `http://127.0.0.1:${ready.port}/graphql`;
    this.meetingId = ready.meetingId;
  }

  /** Opens `n` authenticated sockets, spread over the client processes. */
  async connect(n: number): Promise<void> {
    const tokens = this.name === 'ours' ? this.setup.siteTokens : ['bench'];
    const count = Math.min(this.options.clients, n);
    for (let c = 0; c < count; c++) {
      const client = new Child<ClientMessage>('client.ts', []);
      // Each client starts at its own place in the token list, so the sites' sockets are spread.
      const share = Math.floor(n / count) + (c < n % count ? 1 : 0);
      const offset = (c * Math.ceil(n / count)) % tokens.length;
      client.send({
        type: 'connect',
        url: this.url.replace('http', 'ws'),
        tokens: [...tokens.slice(offset), ...tokens.slice(0, offset)],
        count: share,
      } satisfies ClientRequest);
      this.clients.push(client);
    }
    await Promise.all(this.clients.map((c) => c.next('connected', 300_000)));
  }

  /** Waits until the server published nothing for `ms` (site presence settles after connects). */
  async quiet(ms = 500, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (nowMicros() - this.lastPublishAt < ms * 1000) {
      if (Date.now() > deadline) throw new Error('the server never went quiet');
      await sleep(50);
    }
  }

  /**
   * Subscribes every socket. `sdk`: as the SDK's screens join, one batch after another with an event
   * between two batches, each resuming after the newest seq when it joined (so their afterSeq differ).
   */
  async subscribe(kind: Kind, n: number): Promise<void> {
    const of = kind === 'sdk' ? Math.min(n, SDK_JOIN_BATCHES) : 1;
    for (let index = 0; index < of; index++) {
      const request: ClientRequest = { type: 'subscribe', kind, meetingId: this.meetingId };
      if (kind === 'sdk') Object.assign(request, { afterSeq: this.newest(), batch: { index, of } });
      for (const c of this.clients) c.send(request);
      await Promise.all(this.clients.map((c) => c.next('subscribed', 60_000)));
      if (index < of - 1) await this.tick();
    }
  }

  /** One host command; returns the seq it published (reported over IPC, maybe after the response). */
  async tick(): Promise<number> {
    const before = this.newest();
    if (this.name === 'ours')
      await gql(this.url, EXTEND_SPEECH, { id: this.setup.speechId }, this.setup.hostToken);
    else if (this.name === 'naive') await gql(this.url, 'mutation { tick }');
    else await fetch(this.url.replace('/graphql', '/tick'), { method: 'POST' }).then((r) => r.text());
    for (const deadline = Date.now() + 5_000; this.newest() <= before; await sleep(1))
      if (Date.now() > deadline) throw new Error('the command published nothing');
    return this.newest();
  }

  newest(): number {
    return Math.max(0, ...this.published.keys());
  }

  /** When the last subscriber got `seq` (µs), and the message size; rejects after `timeoutMs`. */
  async delivered(seq: number, timeoutMs: number): Promise<{ at: number; first: number; bytes: number }> {
    const got = await Promise.all(
      this.clients.map((c) => c.next('got', timeoutMs, (m) => m.type === 'got' && m.seq === seq)),
    );
    return {
      at: Math.max(...got.map((g) => g.at)),
      first: Math.min(...got.map((g) => g.first)),
      bytes: got[0].bytes,
    };
  }

  async stats(gc = false): Promise<Extract<ServerMessage, { type: 'stats' }>> {
    const reply = this.server.next('stats', 30_000);
    this.server.send({ type: 'stats', gc });
    return reply;
  }

  async reports(): Promise<Extract<ClientMessage, { type: 'report' }>[]> {
    return Promise.all(
      this.clients.map((c) => {
        const reply = c.next('report', 30_000);
        c.send({ type: 'report' } satisfies ClientRequest);
        return reply;
      }),
    );
  }

  /** Ticks until one reaches every subscriber (subscriptions register asynchronously), then `warmup` more. */
  async warm(warmup: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.delivered(await this.tick(), 3_000);
        break;
      } catch (e) {
        if (attempt >= 20) throw e;
      }
    }
    for (let i = 0; i < warmup; i++) await this.delivered(await this.tick(), 15_000);
  }

  stop(): void {
    for (const c of this.clients) c.kill();
    this.server?.kill(PROFILE.length ? 'SIGTERM' : 'SIGKILL');
    this.copy?.remove();
  }
}

function loadSetup(options: BenchOptions): Setup {
  return JSON.parse(readFileSync(join(options.dir, 'setup.json'), 'utf8')) as Setup;
}

async function measure(rig: Rig, kind: Kind, n: number, options: BenchOptions): Promise<Row> {
  const row: Row = {
    server: rig.name,
    kind,
    n,
    p50: NaN,
    p99: NaN,
    max: NaN,
    first50: NaN,
    first99: NaN,
    commitFirst50: NaN,
    commitFirst99: NaN,
    cpu: NaN,
    rss: NaN,
    bytes: 0,
    doubles: 0,
    gaps: 0,
  };
  try {
    await rig.boot();
    const before = await rig.stats(true);
    await rig.connect(n);
    await rig.quiet();
    await rig.subscribe(kind, n);
    await rig.warm(options.warmup);
    await rig.quiet(200);
    const idle = await rig.stats(true);
    // After a GC both times; a growth that a GC or the allocator's own churn outweighs (small N)
    // says nothing per subscriber: shown as "—", never as a negative size.
    const grown = idle.rss - before.rss;
    row.rss = grown > 0 ? grown / n / 1024 : NaN;
    const latencies: number[] = [];
    const firsts: number[] = [];
    const commitFirsts: number[] = [];
    for (let i = 0; i < options.events; i++) {
      const sent = nowMicros();
      const seq = await rig.tick();
      const { at, first, bytes } = await rig.delivered(seq, 15_000).catch(() => {
        throw new Error(`missed delivery: event ${seq} did not reach all ${n} subscribers`);
      });
      const committed = rig.published.get(seq)!;
      latencies.push(at - committed);
      firsts.push(first - sent);
      commitFirsts.push(first - committed);
      row.bytes = bytes;
      await sleep(10);
    }
    const after = await rig.stats();
    row.cpu = (after.cpuMicros - idle.cpuMicros) / (options.events * n);
    [row.p50, row.p99, row.max] = millis(latencies, [50, 99, 100]);
    [row.first50, row.first99] = millis(firsts, [50, 99]);
    [row.commitFirst50, row.commitFirst99] = millis(commitFirsts, [50, 99]);
    for (const r of await rig.reports()) {
      row.doubles += r.doubles;
      row.gaps += r.gaps;
      if (r.errors.length) throw new Error(r.errors[0]);
    }
  } catch (e) {
    row.error = e instanceof Error ? e.message : String(e);
  } finally {
    rig.stop();
  }
  return row;
}

/** The percentiles `ps` of `micros` (µs), in ms. */
function millis(micros: number[], ps: number[]): number[] {
  const sorted = [...micros].sort((a, b) => a - b);
  return ps.map((p) => percentile(sorted, p) / 1000);
}

/**
 * The reconnect storm: `n` meetingEvents subscribers drop at once, miss five events, and resubscribe
 * at once with afterSeq = the last seq each saw. In sync: it has the newest event again.
 */
async function storm(server: ServerName, options: BenchOptions, setup: Setup): Promise<StormResult> {
  const n = options.storm;
  const result: StormResult = { server, n, p50: NaN, p99: NaN, max: NaN, synced: 0, doubles: 0, gaps: 0 };
  const rig = new Rig(server, options, setup);
  try {
    await rig.boot();
    await rig.connect(n);
    await rig.quiet();
    await rig.subscribe('events', n);
    await rig.warm(options.warmup);
    for (const c of rig.clients) c.send({ type: 'drop' } satisfies ClientRequest);
    await Promise.all(rig.clients.map((c) => c.next('dropped', 60_000)));
    await rig.quiet();
    for (let i = 0; i < 5; i++) await rig.tick();
    const target = rig.newest();
    const start = nowMicros();
    for (const c of rig.clients) c.send({ type: 'resume', target } satisfies ClientRequest);
    let synced: number[] = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      await sleep(100);
      synced = (await rig.reports()).flatMap((r) => r.synced);
      if (synced.length === n) break;
    }
    const times = synced.map((t) => (t - start) / 1000).sort((a, b) => a - b);
    result.synced = times.length;
    // Sockets never back in sync count as infinitely late.
    const all = [...times, ...Array<number>(n - times.length).fill(Infinity)];
    [result.p50, result.p99, result.max] = [50, 99, 100].map((p) => percentile(all, p));
    await rig.quiet();
    for (let i = 0; i < 5; i++) await rig.delivered(await rig.tick(), 15_000);
    for (const r of await rig.reports()) {
      result.doubles += r.doubles;
      result.gaps += r.gaps;
      if (r.errors.length) throw new Error(r.errors[0]);
    }
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
  } finally {
    rig.stop();
  }
  return result;
}

export async function runBench(
  options: BenchOptions,
): Promise<{ rows: Row[]; storms: StormResult[]; queries: QueryRow[] }> {
  const log = options.log ?? ((line: string) => console.log(line));
  mkdirSync(options.dir, { recursive: true });
  const needed = options.kinds.length > 0 || options.storm > 0 || options.queries > 0;
  if (!needed) return { rows: [], storms: [], queries: [] };
  if (!existsSync(join(options.dir, 'setup.json'))) {
    log('building the template meeting…');
    await buildTemplate(options.dir, options.shape);
  }
  const setup = loadSetup(options);
  const rows: Row[] = [];
  for (const kind of options.kinds)
    for (const n of options.ns)
      for (const server of options.servers) {
        // The naive stack replays nothing and knows only the bench's own documents.
        if (server === 'naive' && kind === 'sdk') continue;
        const row = await measure(new Rig(server, options, setup), kind, n, options);
        log(formatRow(row));
        rows.push(row);
      }
  // The naive stack has no replay: the storm runs on ours and the floor (which replays from memory).
  const storms: StormResult[] = [];
  if (options.storm > 0)
    for (const server of options.servers.filter((s) => s !== 'naive')) {
      storms.push(await storm(server, options, setup));
      log(formatStorm(storms[storms.length - 1]));
    }
  const queries = options.queries > 0 ? await queryBench(options, setup) : [];
  for (const q of queries) log(formatQueryRow(q));
  return { rows, storms, queries };
}

export function formatRow(r: Row): string {
  const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '—');
  return (
    `${r.kind.padEnd(6)} ${r.server.padEnd(5)} N=${String(r.n).padEnd(5)} p50 ${f(r.p50)} ms  p99 ${f(r.p99)} ms  ` +
    `max ${f(r.max)} ms  send → first p50 ${f(r.first50)} p99 ${f(r.first99)} ms (commit → first p50 ${f(r.commitFirst50)} p99 ${f(r.commitFirst99)})  cpu ${f(r.cpu)} µs/delivery  rss ${f(r.rss)} KB/sub  ${r.bytes} B/msg` +
    (r.doubles || r.gaps ? `  doubles ${r.doubles} gaps ${r.gaps}` : '') +
    (r.error ? `  FAILED: ${r.error}` : '')
  );
}

export function formatStorm(s: StormResult): string {
  return (
    `storm  ${s.server.padEnd(5)} N=${s.n}: back in sync p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, max ${s.max.toFixed(0)} ms; ` +
    `${s.synced}/${s.n} synced, gaps ${s.gaps}, doubles ${s.doubles}` +
    (s.error ? `  FAILED: ${s.error}` : '')
  );
}
