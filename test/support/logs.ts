import { Writable } from 'node:stream';
import pino, { Logger } from 'pino';

/** A server logger whose JSON lines are kept, parsed, for the test to read. */
export function capturedLogger(level = 'info'): {
  logger: Logger;
  lines: Record<string, any>[];
  raw: string[];
} {
  const lines: Record<string, any>[] = [];
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level }, sink), lines, raw };
}
