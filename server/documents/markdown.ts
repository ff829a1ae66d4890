import { Block, MOTTO, NATION, OfficialDocument, recipientLines } from './official-document';

/**
 * Markdown passes raw HTML through to whoever turns it into a page: `&`, `<`, `>` are written as
 * entities, and the characters that would start Markdown syntax are escaped with a backslash, so a
 * text typed by a user stays text.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
export const markdownText = (s: string): string =>
  s.replace(/[&<>]/g, (ch) => ENTITIES[ch]).replace(/[\\`*_[\]#|~]/g, (ch) => `\\${ch}`);

/** A paragraph that would read as a list item: its marker escaped. */
const notAListItem = (s: string): string =>
  s.replace(/^(\d+)([.)])(?=\s)/, '$1\\$2').replace(/^([-+])(?=\s)/, '\\$1');

function block(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [notAListItem(markdownText(b.text)), ''];
    case 'heading':
      return [`**${markdownText(b.text)}**`, ''];
    case 'list':
      return [...b.items.map((item, i) => `${b.start + i}. ${markdownText(item)}`), ''];
  }
}

/** Lines that end in a hard break (`\`) but the last. */
const brokenLines = (lines: string[]): string[] => lines.map((l, i) => (i < lines.length - 1 ? `${l}\\` : l));

export function markdownDocument(d: OfficialDocument): string {
  const agency = brokenLines([
    ...(d.parentAgency ? [markdownText(d.parentAgency)] : []),
    `**${markdownText(d.agency)}**`,
    ...(d.numberLine ? [markdownText(d.numberLine)] : []),
  ]);
  const lines = [
    ...(d.draft ? ['*DỰ THẢO*', ''] : []),
    ...agency,
    '',
    ...brokenLines([`**${NATION}**`, `**${MOTTO}**`]),
    '',
    `*${markdownText(d.dateLine)}*`,
    '',
    `# ${markdownText(d.type)}`,
    '',
    ...(d.summary ? [`**${markdownText(d.summary)}**`, ''] : []),
    ...d.body.flatMap(block),
  ];
  if (d.recipients) {
    // The entries escaped, then punctuated: each "- " line is an item of a Markdown list.
    lines.push('***Nơi nhận:***', '', ...recipientLines(d.recipients.map(markdownText)), '');
  }
  for (const s of d.signatures) {
    lines.push(
      ...brokenLines([...s.lines.map((l) => `**${markdownText(l)}**`), '', `**${markdownText(s.name)}**`]),
      '',
    );
  }
  return lines.join('\n');
}
