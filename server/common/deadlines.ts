import { performance } from 'node:perf_hooks';

/**
 * Keys that expire a fixed delay after they were started, unless cleared before, with one timer for
 * all: started one after another with the same delay, they fall due in the same order. For what each
 * of thousands of sockets waits for once (its first request, its connection_init): Node keeps the
 * timer object of a socket's own timeout for the socket's life, even once cleared.
 */
export class Deadlines<K> {
  /** When each key falls due (performance.now()), in the order they were started. */
  private readonly due = new Map<K, number>();
  private timer: NodeJS.Timeout | null = null;

  /** `delayMs` 0 (or not finite): nothing ever expires. */
  constructor(
    private readonly delayMs: number,
    private readonly expire: (key: K) => void,
  ) {}

  start(key: K): void {
    if (!(this.delayMs > 0 && Number.isFinite(this.delayMs))) return;
    // Started again: it goes last, where its new deadline belongs.
    this.due.delete(key);
    this.due.set(key, performance.now() + this.delayMs);
    this.timer ??= this.wakeIn(this.delayMs);
  }

  clear(key: K): void {
    this.due.delete(key);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.due.clear();
  }

  private wakeIn(ms: number): NodeJS.Timeout {
    return setTimeout(() => this.expireDue(), ms).unref();
  }

  private expireDue(): void {
    this.timer = null;
    const now = performance.now();
    for (const [key, at] of this.due) {
      if (at > now) {
        this.timer = this.wakeIn(at - now);
        return;
      }
      this.due.delete(key);
      this.expire(key);
    }
  }
}
