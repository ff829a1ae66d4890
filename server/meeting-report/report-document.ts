import { htmlText } from '../documents/html';
import { BOLD, centred, Doc, LEFT, openPdf, REGULAR, WIDTH } from '../documents/pdf';
import { PAGE } from '../documents/official-document';
import { meetingPhrase, timeHeld } from '../documents/phrases';
import { MeetingReportData } from './meeting-report';
import { Chart, reportCharts, Shape } from './report-charts';
import { REPORT_PHRASES as P } from './report-phrases';
import { svgChart } from './report-svg';

/** What heads the report: its type, the meeting, when it was held; then each chart under a numbered heading. */
const headingOf = (r: MeetingReportData) => ({
  name: `Báo cáo ${meetingPhrase(r.title)}`,
  summary: meetingPhrase(r.title),
  held: timeHeld(r.startedAt, r.endedAt),
});

const STYLE = `
body { font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif; font-size: ${PAGE.fontSizePt}pt;
  max-width: 180mm; margin: 0 auto; }
h1 { font-size: ${PAGE.fontSizePt}pt; text-align: center; margin: 12pt 0 0; }
.summary { text-align: center; font-weight: bold; margin: 0 0 12pt; }
h2 { font-size: ${PAGE.fontSizePt}pt; margin: 14pt 0 4pt; }
figure { margin: 0; }
`;

/** The report as one HTML page, each chart inline SVG. */
export function reportHtml(r: MeetingReportData): string {
  const h = headingOf(r);
  const sections = reportCharts(r).map(
    (c, i) => `<h2>${i + 1}. ${htmlText(c.title)}</h2>\n<figure>\n${svgChart(c)}\n</figure>`,
  );
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${htmlText(h.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${P.type}</h1>
<p class="summary">${htmlText(h.summary)}</p>
<p>${htmlText(h.held)}</p>
${sections.join('\n')}
</body>
</html>
`;
}

/** Draws a shape with PDFKit, in the chart's units (the caller scales). */
function drawShape(doc: Doc, s: Shape): void {
  switch (s.kind) {
    case 'rect':
      doc.rect(s.x, s.y, s.width, s.height).fill(s.fill);
      break;
    case 'line':
      doc.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2).lineWidth(0.8).stroke('#000');
      break;
    case 'text': {
      doc
        .font(s.bold ? BOLD : REGULAR)
        .fontSize(s.size)
        .fillColor('#000');
      const width = doc.widthOfString(s.text);
      const x = s.anchor === 'start' ? s.x : s.anchor === 'middle' ? s.x - width / 2 : s.x - width;
      // PDFKit places text by its top; SVG by its baseline.
      doc.text(s.text, x, s.y - doc.currentLineHeight() * 0.8, { lineBreak: false });
      break;
    }
  }
}

/** A chart across the text width from `y`; returns the y below it. */
function drawChart(doc: Doc, c: Chart, y: number): number {
  const scale = WIDTH / c.width;
  doc.save().translate(LEFT, y).scale(scale);
  for (const s of c.shapes) drawShape(doc, s);
  doc.restore();
  return y + c.height * scale;
}

/** The report as PDF: the heading, then each chart drawn with PDFKit in the shipped serif font. */
export async function reportPdf(r: MeetingReportData): Promise<Buffer> {
  const h = headingOf(r);
  const { doc, done } = await openPdf(h.name);
  const size = PAGE.fontSizePt;
  const page = { x: LEFT, width: WIDTH };
  let y = centred(doc, page, doc.page.margins.top, [
    { text: P.type, font: BOLD, size },
    { text: h.summary, font: BOLD, size },
  ]);
  doc
    .font(REGULAR)
    .fontSize(size)
    .text(h.held, LEFT, y + 8, { width: WIDTH });
  y = doc.y;
  reportCharts(r).forEach((c, i) => {
    // The heading goes with its chart onto the next page when the chart does not fit.
    const headingHeight = doc.font(BOLD).fontSize(size).heightOfString(c.title, { width: WIDTH }) + 14;
    if (y + headingHeight + (c.height * WIDTH) / c.width > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc
      .font(BOLD)
      .fontSize(size)
      .text(`${i + 1}. ${c.title}`, LEFT, y + 10, { width: WIDTH });
    y = drawChart(doc, c, doc.y + 4);
  });
  doc.end();
  return done;
}

/** The report's file name stem ("Bao-cao-Hoi-nghi-…"). */
export const reportName = (r: MeetingReportData): string => headingOf(r).name;
