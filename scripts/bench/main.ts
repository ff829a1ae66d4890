/**
 * npm run bench -- [--n 100,1000,3000,5000] [--kinds events,live] [--servers ours,naive,floor]
 *                  [--events 50] [--warmup 10] [--clients 2] [--storm 3000] [--queries 40]
 *                  [--dir /tmp/diemcau-bench]
 *
 * Prints a line per run, then the table and the ratios; writes results.json to --dir and the chart
 * to docs/benchmarks-latency.svg. Exits 1 when a run failed (a missed delivery among others).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Kind, ServerName } from './common';
import { latencyChart } from './chart';
import { Row, runBench } from './run';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const list = (name: string, fallback: string) => arg(name, fallback).split(',').filter(Boolean);

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
  const dir = arg('dir', '/tmp/diemcau-bench');
  const started = new Date();
  const { rows, storms, queries } = await runBench({
    dir,
    ns: list('n', '100,1000,3000,5000').map(Number),
    kinds: list('kinds', 'events,live') as Kind[],
    servers: list('servers', 'ours,naive,floor') as ServerName[],
    events: Number(arg('events', '50')),
    warmup: Number(arg('warmup', '10')),
    clients: Number(arg('clients', '2')),
    storm: Number(arg('storm', '3000')),
    queries: Number(arg('queries', '40')),
  });
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  console.log(`\n${started.toISOString()} on ${machine}\n\n${table(rows)}\n\n${ratios(rows)}`);
  writeFileSync(
    join(dir, 'results.json'),
    JSON.stringify({ started, machine, rows, storms, queries }, null, 2),
  );
  const svg = latencyChart(rows, `${started.toISOString().slice(0, 10)} · ${machine}`);
  writeFileSync(join(__dirname, '../../docs/benchmarks-latency.svg'), svg);
  if ([...rows, ...storms, ...queries].some((r) => r.error)) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
