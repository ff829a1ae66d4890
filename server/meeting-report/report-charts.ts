import { MeetingReportData, PointAttendance } from './meeting-report';
import { REPORT_PHRASES as P } from './report-phrases';

/**
 * The report's charts as a few shapes on a 640-wide canvas, drawn by two small renderers: as SVG
 * (report-svg.ts, in the HTML) and with PDFKit's own paths (report-pdf.ts), so both show the same.
 */
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  | {
      kind: 'text';
      x: number;
      /** The baseline. */
      y: number;
      text: string;
      size: number;
      anchor: 'start' | 'middle' | 'end';
      bold?: boolean;
    };
export type Chart = { title: string; width: number; height: number; shapes: Shape[] };

/** A stretch of a bar, on the chart's scale (minutes, seconds, people). */
type Segment = { from: number; to: number; fill: string };
/** One row: its label, one bar per lane (planned and actual; a stacked bar), the figures after it. */
type Row = { label: string; lanes: Segment[][]; figures: string };
type Legend = { label: string; fill: string }[];

const WIDTH = 640;
const LABEL = 230;
const FIGURES = 170;
const PLOT = WIDTH - LABEL - FIGURES;
const LANE = 11;
const GAP = 9;
const SIZE = 10;
const TOP = 22;

const COLOURS = {
  planned: '#b0b7c3',
  actual: '#1f5fa8',
  speaking: '#1f5fa8',
  onTime: '#2e8b57',
  late: '#e0a526',
  excused: '#6b8fc7',
  absent: '#c0392b',
  unmarked: '#c8c8c8',
  lost: '#c0392b',
};

/** A long name shortened to fit the label column, whole words kept where possible. */
function fitted(label: string, max = 44): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Horizontal bars: a row per label, lanes of segments on one scale, a legend and an optional axis. */
function bars(title: string, rows: Row[], legend: Legend, axis?: { step: number; caption: string }): Chart {
  const shapes: Shape[] = [];
  let y = TOP;
  if (legend.length) {
    let x = 0;
    for (const l of legend) {
      shapes.push({ kind: 'rect', x, y: y - 8, width: 10, height: 10, fill: l.fill });
      shapes.push({ kind: 'text', x: x + 14, y: y + 1, text: l.label, size: SIZE - 1, anchor: 'start' });
      x += 24 + l.label.length * 5;
    }
    y += 12;
  }
  if (rows.length === 0) {
    shapes.push({ kind: 'text', x: LABEL, y: y + 12, text: P.noData, size: SIZE, anchor: 'start' });
    return { title, width: WIDTH, height: y + 22, shapes };
  }
  const max = Math.max(1, ...rows.flatMap((r) => r.lanes.flat().map((s) => s.to)));
  const scale = PLOT / (axis ? Math.ceil(max / axis.step) * axis.step : max);
  const top = y;
  for (const row of rows) {
    const height = row.lanes.length * LANE;
    shapes.push({
      kind: 'text',
      x: LABEL - 6,
      y: y + height / 2 + 4,
      text: fitted(row.label),
      size: SIZE,
      anchor: 'end',
    });
    row.lanes.forEach((lane, i) =>
      lane.forEach((s) =>
        shapes.push({
          kind: 'rect',
          x: LABEL + s.from * scale,
          y: y + i * LANE + 1,
          width: Math.max(0.5, (s.to - s.from) * scale),
          height: LANE - 2,
          fill: s.fill,
        }),
      ),
    );
    shapes.push({
      kind: 'text',
      x: WIDTH - FIGURES + 6,
      y: y + height / 2 + 4,
      text: row.figures,
      size: SIZE - 1,
      anchor: 'start',
    });
    y += height + GAP;
  }
  shapes.push({ kind: 'line', x1: LABEL, y1: top - 2, x2: LABEL, y2: y - GAP + 2 });
  if (axis) {
    const end = Math.ceil(max / axis.step) * axis.step;
    for (let v = 0; v <= end; v += axis.step) {
      const x = LABEL + v * scale;
      shapes.push({ kind: 'line', x1: x, y1: y - GAP + 2, x2: x, y2: y - GAP + 5 });
      shapes.push({ kind: 'text', x, y: y + 6, text: String(v), size: SIZE - 2, anchor: 'middle' });
    }
    shapes.push({
      kind: 'text',
      x: LABEL + PLOT / 2,
      y: y + 18,
      text: axis.caption,
      size: SIZE - 1,
      anchor: 'middle',
    });
    y += 20;
  }
  return { title, width: WIDTH, height: y + 4, shapes };
}

/** A tick every 5, 10, 15 … minutes, for about six ticks over the span. */
const stepFor = (span: number) => Math.max(5, Math.ceil(span / 6 / 5) * 5);

/** Planned against actual per agenda item, on the meeting's clock: planned items follow one another from the start. */
function timeline(r: MeetingReportData): Chart {
  const start = r.startedAt ?? r.agenda.find((i) => i.startedAt)?.startedAt ?? null;
  const minutes = (at: Date) => (start ? (at.getTime() - start.getTime()) / 60_000 : 0);
  let planned = 0;
  const rows = r.agenda.map((item): Row => {
    const plan: Segment[] = item.plannedMinutes
      ? [{ from: planned, to: planned + item.plannedMinutes, fill: COLOURS.planned }]
      : [];
    planned += item.plannedMinutes ?? 0;
    const held: Segment[] =
      item.startedAt && item.actualSeconds !== null
        ? [
            {
              from: minutes(item.startedAt),
              to: minutes(item.startedAt) + item.actualSeconds / 60,
              fill: COLOURS.actual,
            },
          ]
        : [];
    return {
      label: `${item.position}. ${item.title}`,
      lanes: [plan, held],
      figures: P.itemTimes(item.plannedMinutes, item.actualSeconds, item.skipped),
    };
  });
  const span = Math.max(planned, ...rows.flatMap((row) => row.lanes[1].map((s) => s.to)));
  return bars(
    P.timeline,
    rows,
    [
      { label: P.planned, fill: COLOURS.planned },
      { label: P.actual, fill: COLOURS.actual },
    ],
    { step: stepFor(span), caption: start ? P.minutesFrom(start) : '' },
  );
}

const speaking = (label: string, speeches: number, seconds: number): Row => ({
  label,
  lanes: [[{ from: 0, to: seconds, fill: COLOURS.speaking }]],
  figures: P.speaking(speeches, seconds),
});

function attendance(r: MeetingReportData): Chart {
  const parts: ['onTime' | 'late' | 'excused' | 'absent' | 'unmarked', (a: PointAttendance) => number][] = [
    ['onTime', (a) => a.present - a.late],
    ['late', (a) => a.late],
    ['excused', (a) => a.excused],
    ['absent', (a) => a.absent],
    ['unmarked', (a) => a.expected - a.present - a.excused - a.absent],
  ];
  const rows = r.attendance.map((a): Row => {
    let at = 0;
    const stack = parts.map(([part, count]) => {
      const s = { from: at, to: at + count(a), fill: COLOURS[part] };
      at = s.to;
      return s;
    });
    return {
      label: a.name,
      lanes: [stack.filter((s) => s.to > s.from)],
      figures: P.present(a.present, a.expected, a.late),
    };
  });
  return bars(
    P.attendance,
    rows,
    parts.map(([part]) => ({ label: P[part], fill: COLOURS[part] })),
  );
}

/** The report's four kinds of chart, in the order the report shows them. */
export function reportCharts(r: MeetingReportData): Chart[] {
  return [
    timeline(r),
    bars(
      P.byPoint,
      r.speakingByPoint.map((s) => speaking(s.name, s.speeches, s.seconds)),
      [],
    ),
    bars(
      P.byKind,
      r.speakingByKind.map((s) => speaking(P.kind(s.kind), s.speeches, s.seconds)),
      [],
    ),
    attendance(r),
    bars(
      P.connection,
      r.connection.map((c) => ({
        label: c.name,
        lanes: [[{ from: 0, to: c.lostSeconds, fill: COLOURS.lost }]],
        figures: P.losses(c.lostEpisodes, c.lostSeconds),
      })),
      [],
    ),
  ];
}
