import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Block, MOTTO, NATION, OfficialDocument, PAGE, recipientLines, Signature } from './official-document';

/** docx counts type in half-points. */
const halfPoints = (pt: number) => pt * 2;
const FONT = 'Times New Roman';
/** Word measures the page in twentieths of a point: A4 is 11906 × 16838. */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const { marginMm: margin } = PAGE;
const TEXT_WIDTH = twips(PAGE.widthMm - margin.left - margin.right);

type RunStyle = { bold?: boolean; italics?: boolean; size?: number };
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];
const line = (text: string, style: RunStyle = {}, alignment: Alignment = AlignmentType.CENTER) =>
  new Paragraph({
    alignment,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, ...style, size: halfPoints(style.size ?? PAGE.fontSizePt) })],
  });

/** A short rule under a heading: an empty paragraph with a bottom border, narrowed by indents. */
const rule = (widthTwip: number, cellTwip: number) =>
  new Paragraph({
    spacing: { before: 0, after: 120 },
    indent: { left: (cellTwip - widthTwip) / 2, right: (cellTwip - widthTwip) / 2 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });

const cell = (widthTwip: number, children: (Paragraph | Table)[]) =>
  new TableCell({ width: { size: widthTwip, type: WidthType.DXA }, children });

/** Two columns side by side, without borders (the header; Nơi nhận and the signature). */
const columns = (widths: [number, number], cells: (Paragraph | Table)[][]) =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(widths[i], c)) })],
  });

/** Two columns sharing the text width, the first `share` of it. */
const split = (share: number): [number, number] => [
  Math.round(TEXT_WIDTH * share),
  TEXT_WIDTH - Math.round(TEXT_WIDTH * share),
];
const HEADER_WIDTHS = split(PAGE.headerSplit);
const CLOSING_WIDTHS = split(PAGE.closingSplit);

function header(d: OfficialDocument): Table {
  const size = PAGE.headerSizePt;
  return columns(HEADER_WIDTHS, [
    [
      ...(d.parentAgency ? [line(d.parentAgency, { size })] : []),
      line(d.agency, { bold: true, size }),
      rule(HEADER_WIDTHS[0] * 0.35, HEADER_WIDTHS[0]),
      ...(d.numberLine ? [line(d.numberLine, { size })] : []),
    ],
    [
      line(NATION, { bold: true, size }),
      line(MOTTO, { bold: true }),
      rule(HEADER_WIDTHS[1] * 0.6, HEADER_WIDTHS[1]),
      line(d.dateLine, { italics: true }),
    ],
  ]);
}

function block(b: Block): Paragraph[] {
  const body = (text: string, style: RunStyle = {}, indent = true) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 120, after: 0 },
      indent: indent ? { firstLine: twips(10) } : undefined,
      children: [new TextRun({ text, ...style, size: halfPoints(PAGE.fontSizePt) })],
    });
  switch (b.kind) {
    case 'paragraph':
      return [body(b.text)];
    case 'heading':
      return [body(b.text, { bold: true })];
    case 'list':
      return b.items.map((item, i) => body(`${b.start + i}. ${item}`));
  }
}

const signatureCell = (s: Signature) => [
  ...s.lines.map((l) => line(l, { bold: true })),
  // Room for the signature and the seal.
  ...Array.from({ length: 4 }, () => line('')),
  line(s.name, { bold: true }),
];

function closing(d: OfficialDocument): Table | null {
  const cells = d.signatures.map(signatureCell);
  if (d.recipients) {
    cells.unshift([
      line('Nơi nhận:', { bold: true, italics: true, size: PAGE.recipientsHeadingPt }, AlignmentType.LEFT),
      ...recipientLines(d.recipients).map((r) => line(r, { size: PAGE.recipientsPt }, AlignmentType.LEFT)),
    ]);
  }
  if (cells.length === 0) return null;
  if (cells.length === 1) cells.unshift([line('')]);
  return columns(CLOSING_WIDTHS, cells);
}

/** The document as a Word file: A4, the decree's margins, Times New Roman 14 pt. */
export function docxDocument(d: OfficialDocument): Promise<Buffer> {
  const end = closing(d);
  const doc = new Document({
    title: d.name,
    styles: { default: { document: { run: { font: FONT, size: halfPoints(PAGE.fontSizePt) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.widthMm), height: twips(PAGE.heightMm) },
            margin: {
              top: twips(margin.top),
              bottom: twips(margin.bottom),
              left: twips(margin.left),
              right: twips(margin.right),
            },
          },
        },
        children: [
          ...(d.draft ? [line('DỰ THẢO', { bold: true }, AlignmentType.LEFT)] : []),
          header(d),
          new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
          line(d.type, { bold: true }),
          ...(d.summary ? [line(d.summary, { bold: true })] : []),
          ...d.body.flatMap(block),
          new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
          ...(end ? [end] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
