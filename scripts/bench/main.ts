/**
 * npm run bench -- [options]   (--help lists them)
 *
 * Prints a line per run, then the table and the ratios; writes results.json and the charts (latency;
 * the Monday-morning runs, benchmarks-monday.svg) to --dir.
 * A full run with every option at its default also writes the chart to docs/benchmarks-latency.svg.
 * Exits 1 when a run failed (a missed delivery among others).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kind, ServerName } from './common';
import { latencyChart, mondayChart } from './chart';
import { Row, runBench } from './run';
import { formatMonday, MONDAY_SHAPES, mondayBench, MondayRow } from './monday';

const OPTIONS = {
  n: { default: '100,1000,3000,5000', help: 'subscriber counts, comma-separated' },
  kinds: {
    default: 'events,sdk,live',
    help: 'subscriptions: events (meetingEvents, same variables), sdk (meetingEvents as SDK screens join), live (meetingLive)',
  },
  servers: { default: 'ours,naive,floor', help: 'servers: ours, naive (stock recipe), floor (raw ws)' },
  events: { default: '50', help: 'measured events per run' },
  warmup: { default: '10', help: 'events before measuring' },
  clients: { default: '2', help: 'client processes holding the sockets' },
  storm: { default: '3000', help: 'subscribers of the reconnect storm (0: none)' },
  queries: { default: '40', help: 'requests per phase of the query side (0: none)' },
  monday: { default: '400', help: 'commands of the Monday-morning run, 64 meetings at once (0: none)' },
  'monday-shape': {
    default: 'full',
    help: 'full (64 meetings, 2,722 screens), mid (17 meetings, 503 screens) or smoke (4 meetings)',
  },
  'monday-instances': {
    default: '1',
    help: 'instances of our server in the Monday run, comma-separated for one run each (1,2); over 1: on MySQL/MariaDB (--mysql) with Redis (--redis)',
  },
  mysql: {
    default: 'mysql://root@127.0.0.1:3306/test',
    help: 'MySQL/MariaDB server of a run on several instances',
  },
  redis: { default: 'redis://127.0.0.1:6379', help: 'Redis of a run on several instances' },
  dir: { default: '/tmp/diemcau-bench', help: 'work files: template database, results.json, chart' },
} as const;
type Name = keyof typeof OPTIONS;

const USAGE = [
  'npm run bench -- [options]    fan-out benchmarks (docs/benchmarks.md); all defaults: ~20 minutes',
  '',
  ...Object.entries(OPTIONS).map(([name, o]) => `  --${name.padEnd(12)} ${o.help} (default ${o.default})`),
  '  --help         this text',
  '',
  'Only a run with every option at its default writes docs/benchmarks-latency.svg.',
].join('\n');

function options(): { get: (name: Name) => string; full: boolean } {
  let values: Partial<Record<Name | 'help', string | boolean>>;
  try {
    ({ values } = parseArgs({
      options: {
        ...Object.fromEntries(Object.keys(OPTIONS).map((name) => [name, { type: 'string' as const }])),
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const get = (name: Name) => (values[name] as string | undefined) ?? OPTIONS[name].default;
  const full = (Object.keys(OPTIONS) as Name[]).every(
    (name) => name === 'dir' || get(name) === OPTIONS[name].default,
  );
  return { get, full };
}

function table(rows: Row[]): string {
  const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '—');
  const lines = [
    '| subscription | N | server | p50 ms | p99 ms | max ms | CPU µs/delivery | RSS KB/idle sub | bytes/msg | result |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.kind} | ${r.n} | ${r.server} | ${f(r.p50)} | ${f(r.p99)} | ${f(r.max)} | ${f(r.cpu)} | ${f(r.rss)} | ${r.bytes} | ` +
        `${r.error ? `FAILED: ${r.error}` : r.doubles || r.gaps ? `doubles ${r.doubles}, gaps ${r.gaps}` : 'ok'} |`,
    );
  return lines.join('\n');
}

function ratios(rows: Row[]): string {
  const lines = [
    '| subscription | N | ours/floor p99 | naive/ours p99 | ours/floor CPU | naive/ours CPU |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  const at = (kind: Kind, n: number, server: ServerName) =>
    rows.find((r) => r.kind === kind && r.n === n && r.server === server);
  for (const r of rows.filter((r) => r.server === 'ours')) {
    const floor = at(r.kind, r.n, 'floor');
    const naive = at(r.kind, r.n, 'naive');
    const q = (a?: number, b?: number) => (a && b && Number.isFinite(a / b) ? (a / b).toFixed(2) : '—');
    lines.push(
      `| ${r.kind} | ${r.n} | ${q(r.p99, floor?.p99)} | ${q(naive?.p99, r.p99)} | ${q(r.cpu, floor?.cpu)} | ${q(naive?.cpu, r.cpu)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { get, full } = options();
  if (!(get('monday-shape') in MONDAY_SHAPES)) {
    console.error(`--monday-shape: one of ${Object.keys(MONDAY_SHAPES).join(', ')}\n\n${USAGE}`);
    process.exit(2);
  }
  const list = (name: Name) => get(name).split(',').filter(Boolean);
  const dir = get('dir');
  const started = new Date();
  const { rows, storms, queries } = await runBench({
    dir,
    ns: list('n').map(Number),
    kinds: list('kinds') as Kind[],
    servers: list('servers') as ServerName[],
    events: Number(get('events')),
    warmup: Number(get('warmup')),
    clients: Number(get('clients')),
    storm: Number(get('storm')),
    queries: Number(get('queries')),
  });
  /** One Monday run per instance count asked for, one after another. */
  const mondays: { label: string; row: MondayRow }[] = [];
  if (Number(get('monday')) > 0)
    for (const count of list('monday-instances').map(Number)) {
      const row = await mondayBench({
        dir: join(dir, `monday-${get('monday-shape')}`),
        commands: Number(get('monday')),
        clients: Number(get('clients')),
        shape: MONDAY_SHAPES[get('monday-shape')],
        instances: count > 1 ? { count, mysqlUrl: get('mysql'), redisUrl: get('redis') } : undefined,
      });
      console.log(formatMonday(row));
      mondays.push({
        label: count > 1 ? `${count} instances (MariaDB, Redis)` : 'one instance (SQLite)',
        row,
      });
    }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  console.log(`\n${started.toISOString()} on ${machine}\n\n${table(rows)}\n\n${ratios(rows)}`);
  writeFileSync(
    join(dir, 'results.json'),
    JSON.stringify({ started, machine, rows, storms, queries, monday: mondays }, null, 2),
  );
  const svg = latencyChart(rows, `${started.toISOString().slice(0, 10)} · ${machine}`);
  writeFileSync(join(dir, 'benchmarks-latency.svg'), svg);
  if (full) writeFileSync(join(__dirname, '../../docs/benchmarks-latency.svg'), svg);
  if (mondays.length > 0)
    writeFileSync(
      join(dir, 'benchmarks-monday.svg'),
      mondayChart(
        mondays,
        `${started.toISOString().slice(0, 10)} · ${machine} · --monday-shape ${get('monday-shape')}`,
      ),
    );
  if ([...rows, ...storms, ...queries, ...mondays.map((m) => m.row)].some((r) => r.error)) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
