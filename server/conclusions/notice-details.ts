import { badInput, ErrorReason } from '../common/errors';
import { trimmedOrNull } from '../common/validation';
import { NOTICE_PLACE_MAX, RECIPIENT_MAX, RECIPIENTS_MAX, SIGNER_TEXT_MAX } from './conclusion.entity';

/** Who signs a notice; `authority` is the line above the title ("KT. VIỆN TRƯỞNG"), or "Q." for an acting head. */
export type NoticeSigner = { authority?: string | null; title: string; name: string };

/** What publishing a notice takes besides its number; what is left out is defaulted. */
export type NoticeDetails = {
  /** The date the notice bears; the moment of publishing without it. */
  signedAt?: Date | null;
  /** The place of issue; the issuer's without it. */
  place?: string | null;
  signer?: NoticeSigner | null;
  /** Nơi nhận, one recipient a line; the usual list without it. */
  recipients?: string[] | null;
};

/** The details checked and trimmed: the signer is there, the rest defaulted later where null. */
export type CheckedNoticeDetails = {
  signedAt: Date | null;
  place: string | null;
  signer: { authority: string | null; title: string; name: string };
  recipients: string[] | null;
};

/** A number (below 10 with a leading zero: 05), "TB" the type of a notice, the issuer's code. */
const NUMBER = '(?:0[1-9]|[1-9][0-9]{1,5})';
const CODE = '[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*';
/** "12/TB-VKS", "05/TB-VKS-BCĐ" (state bodies); "12-TB/BCSĐ" (party bodies: Ban cán sự đảng, Đảng ủy). */
const NOTICE_NUMBER = new RegExp(`^(?:${NUMBER}/TB-${CODE}|${NUMBER}-TB/${CODE})$`);

export function checkNoticeNumber(noticeNumber: string): string {
  const number = noticeNumber.trim();
  if (!NOTICE_NUMBER.test(number)) {
    // Numbers below 10 take a leading zero ("05/TB-VKS"); party bodies write "12-TB/BCSĐ".
    throw badInput('noticeNumber', ErrorReason.INVALID_FORMAT, { example: '05/TB-VKS, 12-TB/BCSĐ' });
  }
  return number;
}

/** "KT. VIỆN TRƯỞNG", "TL. VIỆN TRƯỞNG", "TM. BAN CÁN SỰ ĐẢNG" (who the signer signs for), or "Q." alone. */
const AUTHORITY = /^(?:(?:KT|TL|TM)\. \S.*|Q\.)$/u;

function text(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = trimmedOrNull(value);
  if (trimmed && trimmed.length > max) throw badInput(field, ErrorReason.TOO_LONG, { limit: max });
  return trimmed;
}

/** "- Như trên;" as typed: the dash and the final punctuation are the layout's, not the recipient's. */
const recipientOf = (line: string) =>
  line
    .trim()
    .replace(/^[-–•]\s*/u, '')
    .replace(/\s*[;.,]$/u, '')
    .trim();

function checkRecipients(lines: string[] | null | undefined): string[] | null {
  if (lines == null) return null;
  if (lines.length === 0) throw badInput('notice.recipients', ErrorReason.REQUIRED);
  if (lines.length > RECIPIENTS_MAX) {
    throw badInput('notice.recipients', ErrorReason.TOO_MANY, { limit: RECIPIENTS_MAX });
  }
  return lines.map((line) => {
    const recipient = recipientOf(line);
    if (!recipient) throw badInput('notice.recipients', ErrorReason.BLANK);
    if (recipient.length > RECIPIENT_MAX) {
      throw badInput('notice.recipients', ErrorReason.TOO_LONG, { limit: RECIPIENT_MAX });
    }
    return recipient;
  });
}

/** BAD_USER_INPUT naming the field for a missing signer or a malformed part; nothing is written then. */
export function checkNoticeDetails(details: NoticeDetails | null | undefined): CheckedNoticeDetails {
  const signer = details?.signer;
  if (!signer) throw badInput('notice.signer', ErrorReason.REQUIRED);
  const title = text(signer.title, 'notice.signer.title', SIGNER_TEXT_MAX);
  if (!title) throw badInput('notice.signer.title', ErrorReason.BLANK);
  const name = text(signer.name, 'notice.signer.name', SIGNER_TEXT_MAX);
  if (!name) throw badInput('notice.signer.name', ErrorReason.BLANK);
  const authority = text(signer.authority, 'notice.signer.authority', SIGNER_TEXT_MAX);
  if (authority && !AUTHORITY.test(authority)) {
    // "KT. …", "TL. …", "TM. …" (for whom) or "Q." (acting).
    throw badInput('notice.signer.authority', ErrorReason.INVALID_FORMAT, { example: 'KT. VIỆN TRƯỞNG' });
  }
  return {
    signedAt: details.signedAt ?? null,
    place: text(details.place, 'notice.place', NOTICE_PLACE_MAX),
    signer: { authority, title, name },
    recipients: checkRecipients(details.recipients),
  };
}
