/**
 * The query side: the national-size `meeting` snapshot (764 connection points, 3,000 delegates),
 * asked of our server and of the per-field resolver reference over the same database file. Each
 * server answers `requests` requests one at a time (latency), then `requests` more from 8 concurrent
 * callers (throughput); SQL statements and server CPU are counted over both. No event comes between
 * requests, so ours answers from its kept answer (graphql/answer-cache.ts) after the first; it is
 * also measured with kept answers off (`ours-executed`), which is what every request after an event
 * costs.
 */
import { Child } from './child';
import { gql, MEETING_SNAPSHOT, nowMicros, percentile, ServerMessage, Setup } from './common';
import type { BenchOptions } from './options';
import { templateCopy } from './template';

/** Our server with kept answers, ours executing every request, the per-field resolvers. */
const SERVERS = ['ours', 'ours-executed', 'naive'] as const;

export type QueryRow = {
  server: (typeof SERVERS)[number];
  requests: number;
  p50: number;
  p99: number;
  /** Requests per second from 8 concurrent callers. */
  perSecond: number;
  statements: number;
  /** Server CPU per request, ms. */
  cpu: number;
  bytes: number;
  error?: string;
};

const CONCURRENCY = 8;
type Snapshot = { meeting: { connectionPoints: unknown[]; participants: unknown[] } };

export async function queryBench(options: BenchOptions, setup: Setup): Promise<QueryRow[]> {
  const rows: QueryRow[] = [];
  for (const server of SERVERS) rows.push(await measureQueries(server, options, setup));
  return rows;
}

async function measureQueries(
  server: QueryRow['server'],
  options: BenchOptions,
  setup: Setup,
): Promise<QueryRow> {
  const row: QueryRow = {
    server,
    requests: options.queries,
    p50: NaN,
    p99: NaN,
    perSecond: NaN,
    statements: NaN,
    cpu: NaN,
    bytes: 0,
  };
  const copy = templateCopy(options.dir, 'query');
  const child = new Child<ServerMessage>(
    server === 'naive' ? 'server-naive-query.ts' : 'server-ours.ts',
    [copy.file, setup.meetingId],
    () => false,
    false,
    { BENCH_COUNT_SQL: '1', ...(server === 'ours-executed' ? { ANSWER_CACHE_BYTES: '0' } : {}) },
  );
  try {
    const { port } = await child.next('ready', 120_000);
    const url = `http://127.0.0.1:${port}/graphql`;
    const ask = async () => {
      const data = await gql<Snapshot>(url, MEETING_SNAPSHOT, { id: setup.meetingId }, setup.hostToken);
      if (!data.meeting) throw new Error('no meeting in the answer');
      return data;
    };
    const stats = () => {
      const reply = child.next('stats', 30_000);
      child.send({ type: 'stats' });
      return reply;
    };
    const first = await ask();
    row.bytes = Buffer.byteLength(JSON.stringify(first));
    for (let i = 0; i < 2; i++) await ask();

    const before = await stats();
    const latencies: number[] = [];
    for (let i = 0; i < options.queries; i++) {
      const start = nowMicros();
      await ask();
      latencies.push((nowMicros() - start) / 1000);
    }
    latencies.sort((a, b) => a - b);
    [row.p50, row.p99] = [50, 99].map((p) => percentile(latencies, p));

    let left = options.queries;
    const start = nowMicros();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (left-- > 0) await ask();
      }),
    );
    row.perSecond = options.queries / ((nowMicros() - start) / 1e6);
    const after = await stats();
    row.statements = (after.statements - before.statements) / (2 * options.queries);
    row.cpu = (after.cpuMicros - before.cpuMicros) / (2 * options.queries) / 1000;
  } catch (e) {
    row.error = e instanceof Error ? e.message : String(e);
  } finally {
    child.kill();
    copy.remove();
  }
  return row;
}

export function formatQueryRow(r: QueryRow): string {
  const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '—');
  return (
    `query  ${r.server.padEnd(13)} meeting snapshot: p50 ${f(r.p50)} ms  p99 ${f(r.p99)} ms  ` +
    `${f(r.perSecond)} req/s (${CONCURRENCY} callers)  ${f(r.statements)} SQL/request  ` +
    `cpu ${f(r.cpu)} ms/request  ${r.bytes} B` +
    (r.error ? `  FAILED: ${r.error}` : '')
  );
}
