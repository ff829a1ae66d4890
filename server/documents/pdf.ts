import { join } from 'node:path';
import type PDFKitDocument from 'pdfkit';
import { Block, MOTTO, NATION, OfficialDocument, PAGE, recipientLines, Signature } from './official-document';

/**
 * Liberation Serif (SIL OFL), metric-compatible with Times New Roman and covering Vietnamese,
 * shipped in the repository (fonts/) and embedded in each PDF: nothing is fetched, and the PDF
 * reads the same on a machine without the font.
 */
const FONTS = join(__dirname, 'fonts');
export const REGULAR = 'serif';
export const BOLD = 'serif-bold';
const ITALIC = 'serif-italic';
const BOLD_ITALIC = 'serif-bold-italic';

const mm = (v: number) => (v * 72) / 25.4;
const { marginMm: margin } = PAGE;
export const LEFT = mm(margin.left);
export const WIDTH = mm(PAGE.widthMm - margin.left - margin.right);

export type Doc = PDFKit.PDFDocument;
export type Column = { x: number; width: number };

/** Centred lines in a column from `y`; returns the y below them. */
export function centred(
  doc: Doc,
  col: Column,
  y: number,
  lines: { text: string; font: string; size: number }[],
): number {
  let at = y;
  for (const l of lines) {
    doc.font(l.font).fontSize(l.size).text(l.text, col.x, at, { width: col.width, align: 'center' });
    at = doc.y;
  }
  return at;
}

/** A short rule centred in a column, `width` long, just below `y`; returns the y below it. */
function rule(doc: Doc, col: Column, y: number, width: number): number {
  const x = col.x + (col.width - width) / 2;
  doc
    .moveTo(x, y + 2)
    .lineTo(x + width, y + 2)
    .lineWidth(0.6)
    .stroke();
  return y + 8;
}

function header(doc: Doc, d: OfficialDocument, top: number): number {
  const size = PAGE.headerSizePt;
  const agency: Column = { x: LEFT, width: WIDTH * PAGE.headerSplit };
  const nation: Column = { x: LEFT + agency.width, width: WIDTH - agency.width };
  let left = centred(doc, agency, top, [
    ...(d.parentAgency ? [{ text: d.parentAgency, font: REGULAR, size }] : []),
    { text: d.agency, font: BOLD, size },
  ]);
  left = rule(doc, agency, left, agency.width * 0.35);
  if (d.numberLine) left = centred(doc, agency, left, [{ text: d.numberLine, font: REGULAR, size }]);
  let right = centred(doc, nation, top, [
    { text: NATION, font: BOLD, size },
    { text: MOTTO, font: BOLD, size: PAGE.fontSizePt },
  ]);
  right = rule(doc, nation, right, doc.font(BOLD).fontSize(PAGE.fontSizePt).widthOfString(MOTTO));
  right = centred(doc, nation, right, [{ text: d.dateLine, font: ITALIC, size: PAGE.fontSizePt }]);
  return Math.max(left, right);
}

function block(doc: Doc, b: Block): void {
  const body = (text: string, font = REGULAR) =>
    doc
      .font(font)
      .fontSize(PAGE.fontSizePt)
      .text(text, LEFT, doc.y, { width: WIDTH, align: 'justify', indent: mm(10), paragraphGap: 6 });
  switch (b.kind) {
    case 'paragraph':
      body(b.text);
      break;
    case 'heading':
      body(b.text, BOLD);
      break;
    case 'list':
      b.items.forEach((item, i) => body(`${b.start + i}. ${item}`));
      break;
  }
}

type Lines = { text: string; font: string; size: number; align: 'left' | 'center' }[];

const signatureLines = (s: Signature): Lines => [
  ...s.lines.map((text) => ({ text, font: BOLD, size: PAGE.fontSizePt, align: 'center' as const })),
  // Room for the signature and the seal.
  ...Array.from({ length: 4 }, () => ({
    text: ' ',
    font: REGULAR,
    size: PAGE.fontSizePt,
    align: 'center' as const,
  })),
  { text: s.name, font: BOLD, size: PAGE.fontSizePt, align: 'center' },
];

const recipientsLines = (recipients: string[]): Lines => [
  { text: 'Nơi nhận:', font: BOLD_ITALIC, size: PAGE.recipientsHeadingPt, align: 'left' },
  ...recipientLines(recipients).map((text) => ({
    text,
    font: REGULAR,
    size: PAGE.recipientsPt,
    align: 'left' as const,
  })),
];

function heightOf(doc: Doc, col: Column, lines: Lines): number {
  return lines.reduce(
    (h, l) => h + doc.font(l.font).fontSize(l.size).heightOfString(l.text, { width: col.width }),
    0,
  );
}

/** Nơi nhận on the left and the signature on the right, side by side, kept on one page. */
function closing(doc: Doc, d: OfficialDocument): void {
  const cells = d.signatures.map(signatureLines);
  if (d.recipients) cells.unshift(recipientsLines(d.recipients));
  if (cells.length === 0) return;
  if (cells.length === 1) cells.unshift([]);
  const first: Column = { x: LEFT, width: WIDTH * PAGE.closingSplit };
  const cols: Column[] = [first, { x: LEFT + first.width, width: WIDTH - first.width }];
  let top = doc.y + 12;
  const height = Math.max(...cells.map((c, i) => heightOf(doc, cols[i], c)));
  if (top + height > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    top = doc.page.margins.top;
  }
  cells.forEach((lines, i) => {
    let y = top;
    for (const l of lines) {
      doc.font(l.font).fontSize(l.size).text(l.text, cols[i].x, y, { width: cols[i].width, align: l.align });
      y = doc.y;
    }
  });
}

/** pdfkit takes about 0.2 s to load: loaded by the first PDF written, not by every process that starts. */
let pdfkit: Promise<{ default: typeof PDFKitDocument }> | undefined;

/** A new A4 PDF with the decree's margins and the serif fonts registered, and its bytes once ended. */
export async function openPdf(title: string): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const { default: PDFDocument } = await (pdfkit ??= import('pdfkit'));
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: mm(margin.top), bottom: mm(margin.bottom), left: LEFT, right: mm(margin.right) },
    info: { Title: title },
    font: join(FONTS, 'LiberationSerif-Regular.ttf'),
  });
  doc.registerFont(REGULAR, join(FONTS, 'LiberationSerif-Regular.ttf'));
  doc.registerFont(BOLD, join(FONTS, 'LiberationSerif-Bold.ttf'));
  doc.registerFont(ITALIC, join(FONTS, 'LiberationSerif-Italic.ttf'));
  doc.registerFont(BOLD_ITALIC, join(FONTS, 'LiberationSerif-BoldItalic.ttf'));
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The document as PDF: A4, the decree's margins, a Times New Roman-compatible serif at 14 pt. */
export async function pdfDocument(d: OfficialDocument): Promise<Buffer> {
  const { doc, done } = await openPdf(d.name);
  let y = doc.page.margins.top;
  if (d.draft) {
    doc.font(BOLD).fontSize(PAGE.fontSizePt).text('DỰ THẢO', LEFT, y);
    y = doc.y + 4;
  }
  y = header(doc, d, y) + 18;
  centred(doc, { x: LEFT, width: WIDTH }, y, [
    { text: d.type, font: BOLD, size: PAGE.fontSizePt },
    ...(d.summary ? [{ text: d.summary, font: BOLD, size: PAGE.fontSizePt }] : []),
  ]);
  doc.moveDown(0.5);
  for (const b of d.body) block(doc, b);
  closing(doc, d);
  doc.end();
  return done;
}
