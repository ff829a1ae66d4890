import { Kind, ServerName } from './common';
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
