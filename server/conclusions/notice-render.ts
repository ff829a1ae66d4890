import { dayAndMonth, Notice } from './notice';

/** The national heading every administrative document carries (Quốc hiệu và Tiêu ngữ). */
const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The last line of "Nơi nhận": the issuer's own archive copy. */
const ARCHIVE = 'Lưu: VT.';

const numberLine = (n: Notice) => `Số: ${n.number ?? '…'}`;

function deadlineOf(deadline: Date | null): string {
  if (!deadline) return '';
  const { day, month, year } = dayAndMonth(deadline);
  return ` (thời hạn: ${day}/${month}/${year})`;
}

/** Each directive once, numbered through the whole notice. */
function numbered(n: Notice) {
  let i = 0;
  return n.sections.map((s) => ({
    ...s,
    items: s.directives.map((d) => ({ no: ++i, text: d.task + deadlineOf(d.deadline) })),
  }));
}

/** "Nơi nhận": each recipient on its line ending with ";", then the archive line. */
const recipientLines = (n: Notice) => [...n.recipients.map((r) => `${r};`), ARCHIVE];

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);

/**
 * The Markdown notice is turned into HTML by whoever reads it, and Markdown passes raw HTML through:
 * what users wrote is escaped (quotes need not be outside attributes, and stay readable).
 */
const mdEsc = (s: string) => s.replace(/[&<>]/g, (ch) => HTML_ESCAPES[ch]);

export function noticeMarkdown(n: Notice): string {
  const lines = [
    ...(n.published ? [] : ['*DỰ THẢO*', '']),
    `**${mdEsc(n.issuer ?? '')}**\\`,
    mdEsc(numberLine(n)),
    '',
    `**${NATION}**\\`,
    `**${MOTTO}**`,
    '',
    `*${mdEsc(n.dateLine)}*`,
    '',
    `# ${mdEsc(n.title)}`,
    '',
    `**${mdEsc(n.subject)}**`,
    '',
    mdEsc(n.body.trim()),
    '',
  ];
  const sections = numbered(n);
  if (sections.length > 0) {
    lines.push('## Phân công thực hiện', '');
    for (const s of sections) {
      lines.push(`**${mdEsc(s.unitName)}:**`, '', ...s.items.map((d) => `${d.no}. ${mdEsc(d.text)}`), '');
    }
  }
  lines.push('**Nơi nhận:**', '', ...recipientLines(n).map((r) => `- ${mdEsc(r)}`), '');
  return lines.join('\n');
}

/** Paragraphs at blank lines, line breaks kept. */
const paragraphs = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

export function noticeHtml(n: Notice): string {
  const sections = numbered(n)
    .map(
      (s) =>
        `<h3>${esc(s.unitName)}:</h3>\n<ol start="${s.items[0].no}">\n` +
        s.items.map((d) => `<li>${esc(d.text)}</li>`).join('\n') +
        '\n</ol>',
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(`${n.title} ${n.number ?? ''}`.trim())}</title>
<style>
body { font-family: 'Times New Roman', serif; max-width: 48em; margin: 2em auto; }
.heading { width: 100%; text-align: center; } .heading td { vertical-align: top; width: 50%; }
.date { text-align: right; font-style: italic; } h1, .subject { text-align: center; } .subject { font-weight: bold; }
</style>
</head>
<body>
${n.published ? '' : '<p><em>DỰ THẢO</em></p>\n'}<table class="heading"><tr>
<td><strong>${esc(n.issuer ?? '')}</strong><br>${esc(numberLine(n))}</td>
<td><strong>${NATION}</strong><br><strong>${MOTTO}</strong></td>
</tr></table>
<p class="date">${esc(n.dateLine)}</p>
<h1>${esc(n.title)}</h1>
<p class="subject">${esc(n.subject)}</p>
${paragraphs(n.body)}
${sections ? `<h2>Phân công thực hiện</h2>\n${sections}\n` : ''}<p><strong>Nơi nhận:</strong></p>
<ul>
${recipientLines(n)
  .map((r) => `<li>${esc(r)}</li>`)
  .join('\n')}
</ul>
</body>
</html>
`;
}
