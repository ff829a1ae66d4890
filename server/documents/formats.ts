import { docxDocument } from './docx';
import { htmlDocument } from './html';
import { markdownDocument } from './markdown';
import { OfficialDocument } from './official-document';
import { pdfDocument } from './pdf';

/** The forms an administrative document is served in, each rendered from the one OfficialDocument. */
export const DOCUMENT_FORMATS = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: docxDocument,
  },
  pdf: { contentType: 'application/pdf', render: pdfDocument },
  html: { contentType: 'text/html; charset=utf-8', render: async (d: OfficialDocument) => htmlDocument(d) },
  md: {
    contentType: 'text/markdown; charset=utf-8',
    render: async (d: OfficialDocument) => markdownDocument(d),
  },
} satisfies Record<
  string,
  { contentType: string; render: (d: OfficialDocument) => Promise<string | Buffer> }
>;

export type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

export const isDocumentFormat = (name: string): name is DocumentFormat =>
  Object.hasOwn(DOCUMENT_FORMATS, name);

/** An ASCII file name ("thong-bao-12-TB-VKS.pdf"): Vietnamese letters without their marks. */
export function fileNameOf(stem: string, format: string): string {
  const ascii = stem
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${ascii}.${format}`;
}
