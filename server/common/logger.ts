import pino, { Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout; one line per record. Written synchronously: the last lines of a
 * shutdown must not be lost when the process exits, and nothing on the hot path logs.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'diemcau' } }, pino.destination({ dest: 1, sync: true }));
}
