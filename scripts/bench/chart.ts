import { Kind, ServerName } from './common';
import type { MondayRow } from './monday';
import type { Row } from './run';

const COLORS: Record<ServerName, string> = { ours: '#c0392b', naive: '#7f8c8d', floor: '#2471a3' };
const TITLES: Record<Kind, string> = {
  events: 'meetingEvents',
  sdk: 'meetingEvents, SDK screens',
  live: 'meetingLive',
};
const W = 420;
const H = 300;
const PAD = { left: 56, right: 16, top: 36, bottom: 44 };

/** The p99 latency against N for each server, one panel per subscription, as a standalone SVG. */
export function latencyChart(rows: Row[], caption: string): string {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const panels = kinds.map((kind, i) =>
    panel(
      rows.filter((r) => r.kind === kind && !r.error),
      kind,
      i * W,
    ),
  );
  const width = W * kinds.length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H + 24}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...panels,
    `<text x="${width / 2}" y="${H + 16}" text-anchor="middle" fill="#555">${escape(caption)}</text>`,
    '</svg>',
  ].join('\n');
}

function panel(rows: Row[], kind: Kind, x0: number): string {
  const ns = [...new Set(rows.map((r) => r.n))].sort((a, b) => a - b);
  const maxN = Math.max(...ns, 1);
  const maxY = niceCeil(Math.max(...rows.map((r) => r.p99), 1));
  const x = (n: number) => x0 + PAD.left + (n / maxN) * (W - PAD.left - PAD.right);
  const y = (ms: number) => PAD.top + (1 - ms / maxY) * (H - PAD.top - PAD.bottom);
  const parts = [
    `<text x="${x0 + W / 2}" y="18" text-anchor="middle" font-size="13">${TITLES[kind]}: commit → last subscriber, p99 (ms)</text>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(maxN)}" y2="${y(0)}" stroke="#333"/>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(0)}" y2="${y(maxY)}" stroke="#333"/>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (maxY * i) / 4;
    parts.push(`<line x1="${x(0)}" y1="${y(v)}" x2="${x(maxN)}" y2="${y(v)}" stroke="#eee"/>`);
    parts.push(`<text x="${x(0) - 6}" y="${y(v) + 4}" text-anchor="end">${+v.toFixed(1)}</text>`);
  }
  for (const n of ns) parts.push(`<text x="${x(n)}" y="${y(0) + 16}" text-anchor="middle">${n}</text>`);
  parts.push(`<text x="${x(maxN / 2)}" y="${y(0) + 32}" text-anchor="middle">subscribers (N)</text>`);
  (Object.keys(COLORS) as ServerName[]).forEach((server, i) => {
    const points = rows.filter((r) => r.server === server).sort((a, b) => a.n - b.n);
    if (points.length === 0) return;
    const path = points.map((r) => `${x(r.n).toFixed(1)},${y(r.p99).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${COLORS[server]}" stroke-width="2"/>`);
    for (const r of points)
      parts.push(`<circle cx="${x(r.n)}" cy="${y(r.p99)}" r="3" fill="${COLORS[server]}"/>`);
    const ly = PAD.top + 6 + i * 14;
    parts.push(`<rect x="${x(0) + 10}" y="${ly - 8}" width="10" height="10" fill="${COLORS[server]}"/>`);
    parts.push(`<text x="${x(0) + 24}" y="${ly + 1}">${server}</text>`);
  });
  return parts.join('\n');
}

/** 1, 2 or 5 times a power of ten, at least `v`. */
function niceCeil(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((c) => c >= v)!;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** What the Monday chart shows of each run, and the target for it. */
const MONDAY_MEASURES: {
  title: string;
  of: (r: MondayRow) => { p50: number; p99: number };
  target: number;
}[] = [
  { title: 'command round trip (ms)', of: (r) => r.command, target: 50 },
  { title: "host's send → last screen (ms)", of: (r) => r.sent, target: 150 },
  { title: 'event-loop delay (ms)', of: (r) => r.loopDelay, target: 20 },
];
const RUN_COLORS = ['#c0392b', '#2471a3', '#7f8c8d', '#27ae60'];

/**
 * The Monday-morning runs side by side: p50 (light) and p99 (dark) of each measure per run, the
 * target as a dashed line (the targets are on p99), one panel per measure, as a standalone SVG.
 */
export function mondayChart(runs: { label: string; row: MondayRow }[], caption: string): string {
  const panels = MONDAY_MEASURES.map((measure, i) => mondayPanel(runs, measure, i * W));
  const width = W * MONDAY_MEASURES.length;
  const legend = runs.map(
    (run, i) =>
      `<rect x="${PAD.left + i * 200}" y="${H + 4}" width="10" height="10" fill="${RUN_COLORS[i % RUN_COLORS.length]}"/>` +
      `<text x="${PAD.left + 14 + i * 200}" y="${H + 13}">${escape(run.label)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H + 40}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...panels,
    ...legend,
    `<text x="${width / 2}" y="${H + 32}" text-anchor="middle" fill="#555">${escape(caption)}</text>`,
    '</svg>',
  ].join('\n');
}

function mondayPanel(
  runs: { label: string; row: MondayRow }[],
  measure: (typeof MONDAY_MEASURES)[number],
  x0: number,
): string {
  const values = runs.map((run) => measure.of(run.row));
  const maxY = niceCeil(Math.max(measure.target, ...values.map((v) => (Number.isFinite(v.p99) ? v.p99 : 0))));
  const y = (ms: number) => PAD.top + (1 - ms / maxY) * (H - PAD.top - PAD.bottom);
  const slot = (W - PAD.left - PAD.right) / Math.max(runs.length, 1);
  const bar = slot / 3;
  const parts = [
    `<text x="${x0 + W / 2}" y="18" text-anchor="middle" font-size="13">${escape(measure.title)}, p50 and p99</text>`,
    `<line x1="${x0 + PAD.left}" y1="${y(0)}" x2="${x0 + W - PAD.right}" y2="${y(0)}" stroke="#333"/>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (maxY * i) / 4;
    parts.push(
      `<line x1="${x0 + PAD.left}" y1="${y(v)}" x2="${x0 + W - PAD.right}" y2="${y(v)}" stroke="#eee"/>`,
    );
    parts.push(`<text x="${x0 + PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${+v.toFixed(1)}</text>`);
  }
  values.forEach((v, i) => {
    const color = RUN_COLORS[i % RUN_COLORS.length];
    const left = x0 + PAD.left + i * slot + bar / 2;
    for (const [k, ms, opacity] of [
      [0, v.p50, 0.45],
      [1, v.p99, 1],
    ] as const) {
      if (!Number.isFinite(ms)) continue;
      parts.push(
        `<rect x="${left + k * bar}" y="${y(ms)}" width="${bar - 2}" height="${y(0) - y(ms)}" fill="${color}" fill-opacity="${opacity}"/>`,
        `<text x="${left + k * bar + bar / 2}" y="${y(ms) - 3}" text-anchor="middle">${ms.toFixed(1)}</text>`,
      );
    }
  });
  parts.push(
    `<line x1="${x0 + PAD.left}" y1="${y(measure.target)}" x2="${x0 + W - PAD.right}" y2="${y(measure.target)}" stroke="#c0392b" stroke-dasharray="5,4"/>`,
    `<text x="${x0 + W - PAD.right}" y="${y(measure.target) - 4}" text-anchor="end" fill="#c0392b">target p99 ≤ ${measure.target}</text>`,
  );
  return parts.join('\n');
}
