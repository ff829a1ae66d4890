import pino, { Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; one line per record. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'diemcau' } });
}
