import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestServer } from './server';

/** Downloads a document of a meeting (`/meetings/:id/notice?format=pdf` …) as the given user. */
export async function download(
  t: TestServer,
  meetingId: string,
  kind: string,
  format: string,
  token: string,
) {
  const res = await fetch(
    `http://127.0.0.1:${t.server.port}/meetings/${meetingId}/${kind}?format=${format}`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  if (res.status !== 200) throw new Error(`${kind} as ${format}: HTTP ${res.status} ${await res.text()}`);
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

/** Runs `fn` on the bytes saved in a file of its own temporary folder. */
function withFile<T>(bytes: Buffer, name: string, fn: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'diemcau-doc-'));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

/** One part of a .docx (a zip): `word/document.xml`, `word/styles.xml` … read with unzip. */
export const docxPart = (docx: Buffer, part: string): string =>
  withFile(docx, 'document.docx', (file) => run('unzip', ['-p', file, part]));

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a .docx's paragraphs, one a line (tables' cells are paragraphs too). */
export function docxText(docx: Buffer): string {
  return docxPart(docx, 'word/document.xml')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => HTML_ENTITIES[e]);
}

/** The PDF's text as poppler's pdftotext reads it. */
export const pdfText = (pdf: Buffer): string =>
  withFile(pdf, 'document.pdf', (file) => run('pdftotext', [file, '-']));

/** pdfinfo's and pdffonts's reports (page size, pages; fonts and whether each is embedded). */
export const pdfInfo = (pdf: Buffer): string =>
  withFile(pdf, 'document.pdf', (file) => run('pdfinfo', [file]));
export const pdfFonts = (pdf: Buffer): string =>
  withFile(pdf, 'document.pdf', (file) => run('pdffonts', [file]));

export type WordBox = { page: number; xMin: number; yMin: number; xMax: number; yMax: number; word: string };

/** Every word of the PDF in reading order, with its page (from 1) and box in points from the top left. */
export function pdfWords(pdf: Buffer): WordBox[] {
  const html = withFile(pdf, 'document.pdf', (file) => run('pdftotext', ['-bbox', file, '-']));
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, i) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        page: i + 1,
        xMin: +m[1],
        yMin: +m[2],
        xMax: +m[3],
        yMax: +m[4],
        word: m[5].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => HTML_ENTITIES[e]),
      })),
    );
}

/** Whitespace (line breaks, a PDF's justified spacing) as single spaces, to find phrases in extracted text. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * With `SAMPLES_DIR=docs/samples`, saves a document of a test as a sample for people to look at,
 * and a PDF's first page as PNG (pdftoppm); otherwise nothing.
 */
export function saveSample(stem: string, format: string, bytes: Buffer): void {
  const dir = process.env.SAMPLES_DIR;
  if (!dir) return;
  const file = path.resolve(dir, `${stem}.${format}`);
  writeFileSync(file, bytes);
  if (format === 'pdf')
    run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, file.slice(0, -4)]);
}
