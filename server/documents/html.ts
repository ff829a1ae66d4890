import { Block, MOTTO, NATION, OfficialDocument, PAGE, recipientLines, Signature } from './official-document';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const htmlText = (s: string): string => s.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);

const { marginMm: margin } = PAGE;

/** Print CSS: the page and type of the decree, the two-column header and closing with their rules. */
const STYLE = `
@page { size: A4; margin: ${margin.top}mm ${margin.right}mm ${margin.bottom}mm ${margin.left}mm; }
body { font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif; font-size: ${PAGE.fontSizePt}pt; line-height: 1.3;
  max-width: ${PAGE.widthMm - margin.left - margin.right}mm; margin: 0 auto; }
table.columns { width: 100%; border-collapse: collapse; }
table.columns td { vertical-align: top; text-align: center; padding: 0; }
.header { font-size: ${PAGE.headerSizePt}pt; } .header .motto, .header .date { font-size: ${PAGE.fontSizePt}pt; }
.header td.agency { width: ${PAGE.headerSplit * 100}%; }
hr.rule { border: 0; border-top: 1px solid #000; margin: 2pt auto 6pt; }
hr.agency { width: 35%; } hr.motto { width: 60%; }
.date { font-style: italic; margin: 6pt 0 0; }
h1 { font-size: ${PAGE.fontSizePt}pt; text-align: center; margin: 18pt 0 0; }
.summary { text-align: center; font-weight: bold; margin: 0 0 12pt; }
.body p { text-align: justify; text-indent: 1cm; margin: 6pt 0; }
.body h2 { font-size: ${PAGE.fontSizePt}pt; margin: 6pt 0; }
.closing td.recipients { text-align: left; width: ${PAGE.closingSplit * 100}%; }
.recipients .heading { font-size: ${PAGE.recipientsHeadingPt}pt; font-weight: bold; font-style: italic; }
.recipients p { font-size: ${PAGE.recipientsPt}pt; margin: 0; }
.signature { font-weight: bold; } .signature .space { height: 5em; }
.draft { color: #a00; font-weight: bold; }
`;

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${htmlText(b.text)}</p>`;
    case 'heading':
      return `<h2>${htmlText(b.text)}</h2>`;
    case 'list':
      // Numbered in the text, as in the .docx and the PDF (a copied item keeps its number).
      return b.items.map((item, i) => `<p>${b.start + i}. ${htmlText(item)}</p>`).join('\n');
  }
}

const signature = (s: Signature) =>
  `<td class="signature">${s.lines.map(htmlText).join('<br>')}<div class="space"></div>${htmlText(s.name)}</td>`;

function closing(d: OfficialDocument): string {
  const cells = d.signatures.map(signature);
  if (d.recipients) {
    const lines = recipientLines(d.recipients).map((l) => `<p>${htmlText(l)}</p>`);
    cells.unshift(`<td class="recipients"><p class="heading">Nơi nhận:</p>\n${lines.join('\n')}</td>`);
  }
  return cells.length ? `<table class="columns closing"><tr>\n${cells.join('\n')}\n</tr></table>` : '';
}

/** The document as one page of HTML, printable as issued (A4, the decree's margins and type). */
export function htmlDocument(d: OfficialDocument): string {
  const parent = d.parentAgency ? `${htmlText(d.parentAgency)}<br>` : '';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${htmlText(d.name)}</title>
<style>${STYLE}</style>
</head>
<body>
${d.draft ? '<p class="draft">DỰ THẢO</p>\n' : ''}<table class="columns header"><tr>
<td class="agency">${parent}<strong>${htmlText(d.agency)}</strong><hr class="rule agency">${d.numberLine ? htmlText(d.numberLine) : ''}</td>
<td class="nation"><strong>${NATION}</strong><br><strong class="motto">${MOTTO}</strong><hr class="rule motto">
<p class="date">${htmlText(d.dateLine)}</p></td>
</tr></table>
<h1>${htmlText(d.type)}</h1>
${d.summary ? `<p class="summary">${htmlText(d.summary)}</p>\n` : ''}<div class="body">
${d.body.map(block).join('\n')}
</div>
${closing(d)}
</body>
</html>
`;
}
