import { Logger as QueryLogger } from 'typeorm';
import { Clock } from '../../server/common/clock';

/** A well-formed id that names nothing. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A clock the test sets and moves by hand: exact spoken seconds, deadlines and overdue without sleeping. */
export class TestClock implements Clock {
  private at: number;

  constructor(iso = '2022-04-28T07:30:00Z') {
    this.at = Date.parse(iso);
  }

  now(): Date {
    return new Date(this.at);
  }

  set(iso: string): void {
    this.at = Date.parse(iso);
  }

  advance(seconds: number): void {
    this.at += seconds * 1000;
  }
}

/**
 * Counts the SQL statements the server sends while `counting` is on. The webhook dispatcher's poll
 * runs on its own timer whatever the request, so statements on the webhook tables are left out.
 */
export class StatementCounter implements QueryLogger {
  counting = false;
  /** The statements counted, as sent. */
  statements: string[] = [];
  get count(): number {
    return this.statements.length;
  }
  /** Starts a new count. */
  reset(): void {
    this.statements = [];
  }
  /** Runs `f` with a new count on: what it gives, and the statements sent meanwhile. */
  async measure<T>(f: () => Promise<T>): Promise<{ value: T; statements: number }> {
    this.reset();
    this.counting = true;
    try {
      const value = await f();
      return { value, statements: this.count };
    } finally {
      this.counting = false;
    }
  }
  logQuery(query: string): void {
    if (!this.counting || /[`"]webhook(_stream)?[`"]/.test(query)) return;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
