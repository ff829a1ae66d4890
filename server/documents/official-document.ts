/**
 * An administrative document (văn bản hành chính) laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I,
 * as structured data: each area (the notice of conclusions, the minutes) builds one, and the
 * renderers of this folder write it as .docx, PDF, HTML and Markdown, so the four say the same.
 */

/** The national heading (Quốc hiệu và Tiêu ngữ), top right of every document. */
export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export type Block =
  /** A paragraph of the body: first line indented, justified. */
  | { kind: 'paragraph'; text: string }
  /** A bold heading inside the body ("Phân công thực hiện", a unit's name). */
  | { kind: 'heading'; text: string }
  /** Numbered items, numbered from `start`. */
  | { kind: 'list'; start: number; items: string[] };

/** A signature block: the capitalised lines (authority, title), space to sign and seal, the name. */
export type Signature = { lines: string[]; name: string };

export type OfficialDocument = {
  /** The document's name for its metadata, the HTML title and (without marks) the file name ("Thông báo 12/TB-VKS"). */
  name: string;
  /** Not yet issued: marked DỰ THẢO. */
  draft: boolean;
  /** Top left: the parent agency (regular capitals), the issuing agency (bold capitals), its number line (none: minutes). */
  parentAgency: string | null;
  agency: string;
  numberLine: string | null;
  /** Top right, under the national heading, in italics ("Quảng Ngãi, ngày 28 tháng 4 năm 2022"). */
  dateLine: string;
  /** The document's type in capitals ("THÔNG BÁO") and its summary line below it. */
  type: string;
  summary: string | null;
  body: Block[];
  /** "Nơi nhận:" bottom left, one recipient each ("Như trên", … "Lưu: VT"), punctuated by recipientLines; null: none. */
  recipients: string[] | null;
  /** Bottom right (one), or bottom left and right (two, as minutes are signed); none on a draft. */
  signatures: Signature[];
};

/** The layout every renderer keeps: A4, margins within the decree's ranges, 14 pt type. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  fontSizePt: 14,
  /** The header's and Nơi nhận's smaller sizes (agency names and Quốc hiệu 12 pt, Nơi nhận 12 and 11 pt). */
  headerSizePt: 12,
  recipientsHeadingPt: 12,
  recipientsPt: 11,
  /** The share of the text width of the left column: the agency in the header, Nơi nhận at the end. */
  headerSplit: 0.45,
  closingSplit: 0.45,
} as const;

/** "Nơi nhận" lines: "- " before each, ";" after each but the last, which ends with ".". */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? '.' : ';'}`);
}

/** Typed text as paragraphs: each line that is not blank is one (a document has no soft breaks). */
export function paragraphsOf(text: string): Block[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ kind: 'paragraph' as const, text: line }));
}
