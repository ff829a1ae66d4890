import { extname } from 'node:path';
import { badInput, ErrorReason } from '../common/errors';

/**
 * The files accepted, by extension, with the type they are served as (never the type the client
 * declared): office documents, PDF, pictures and plain text, what units send as reports.
 */
const ACCEPTED: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The type a file named `name` is kept and served as; FILE_TYPE_REFUSED when it is not accepted. */
export function acceptedType(name: string): string {
  const type = ACCEPTED[extname(name).toLowerCase()];
  if (!type) {
    throw badInput('file', ErrorReason.FILE_TYPE_REFUSED, { allowed: Object.keys(ACCEPTED).join(', ') });
  }
  return type;
}
