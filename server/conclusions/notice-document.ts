import { Block, OfficialDocument, paragraphsOf, Signature } from '../documents/official-document';
import { capitals } from '../units/unit-names';
import { dayAndMonth } from '../common/vietnam-dates';
import { Notice, NoticeSignature } from './notice';

function deadlineOf(deadline: Date | null): string {
  if (!deadline) return '';
  const { day, month, year } = dayAndMonth(deadline);
  return ` (thời hạn: ${day}/${month}/${year})`;
}

/** The directives per unit, numbered through the whole notice. */
function assignments(n: Notice): Block[] {
  if (n.sections.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', text: 'Phân công thực hiện' }];
  let next = 1;
  for (const s of n.sections) {
    blocks.push(
      { kind: 'heading', text: `${s.unitName}:` },
      { kind: 'list', start: next, items: s.directives.map((d) => d.task + deadlineOf(d.deadline)) },
    );
    next += s.directives.length;
  }
  return blocks;
}

/**
 * The signature block: "KT. VIỆN TRƯỞNG" over "PHÓ VIỆN TRƯỞNG" when signing for the head, "Q." before
 * the title itself for an acting head, the title alone when signing in one's own name.
 */
export function signatureOf(s: NoticeSignature): Signature {
  const title = capitals(s.title);
  if (!s.authority) return { lines: [title], name: s.name };
  if (s.authority === 'Q.') return { lines: [`Q. ${title}`], name: s.name };
  return { lines: [capitals(s.authority), title], name: s.name };
}

/** The notice as an administrative document, for the .docx, PDF, HTML and Markdown forms alike. */
export function noticeDocument(n: Notice): OfficialDocument {
  return {
    name: `Thông báo ${n.number ?? '(dự thảo)'}`,
    draft: !n.published,
    parentAgency: n.parentAgency,
    agency: n.issuer ?? '',
    numberLine: `Số: ${n.number ?? '…'}`,
    dateLine: n.dateLine,
    type: n.title,
    summary: n.subject,
    body: [{ kind: 'paragraph', text: n.opening }, ...paragraphsOf(n.body), ...assignments(n)],
    recipients: n.recipients,
    signatures: n.signer ? [signatureOf(n.signer)] : [],
  };
}
