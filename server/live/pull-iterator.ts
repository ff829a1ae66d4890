const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/** A consumer that waits for an iterator without a pending `next()` (see PullIterator.park). */
export type Parked = { resume(): void };

/**
 * A pull-based async iterator for one subscriber. Unlike an async generator, `return()` ends it at
 * once even while a `next()` waits for data, so a closed subscription never stays attached to a topic.
 * Subclasses say how to take the next value (`take`, undefined when none yet) and `notify()` when
 * one may be there. One consumer at a time (graphql-ws pulls one `next()` after another).
 */
export abstract class PullIterator<T> implements AsyncIterableIterator<T> {
  private wake: (() => void) | null = null;
  private parked: Parked | null = null;
  private signaled = false;
  private ended = false;
  private failure: unknown = null;
  private readonly endings: (() => void)[] = [];

  protected abstract take(): Promise<T | undefined> | T | undefined;

  /** Releases what the iterator holds (its topic listener); called once, when it ends. */
  protected abstract release(): void;

  /** Whether `take` may have something now (a value, or a read that brings one). */
  protected abstract get pending(): boolean;

  async next(): Promise<IteratorResult<T>> {
    while (!this.ended) {
      this.signaled = false;
      let value: T | undefined;
      try {
        const taken = this.take();
        // No await when the value is at hand: one delivery is then one wake-up, not three.
        value = taken instanceof Promise ? await taken : taken;
      } catch (e) {
        this.end();
        throw e;
      }
      if (this.ended) break;
      if (value !== undefined) return { value, done: false };
      // A value may have arrived while `take` ran (topics publish from other microtasks): then look again.
      if (!this.signaled) await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      throw failure;
    }
    return DONE;
  }

  async return(): Promise<IteratorResult<T>> {
    this.end();
    return DONE;
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    this.end();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Runs `callback` once the iterator ends (at once when it has ended already). */
  whenEnded(callback: () => void): void {
    if (this.ended) callback();
    else this.endings.push(callback);
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Nothing to take until `notify()`: `next()` would wait. */
  get idle(): boolean {
    return !this.ended && !this.pending;
  }

  /**
   * Instead of calling `next()` while the iterator is idle: `consumer.resume()` is called once there
   * may be something (or it ended), and then calls `next()`. A consumer that waits this way holds no
   * suspended call, which for thousands of idle screens is most of what each one keeps.
   */
  park(consumer: Parked): void {
    this.parked = consumer;
  }

  /** A consumer waits (in `next()`, or parked) with everything taken before handed over. */
  protected get awaited(): boolean {
    return this.wake !== null || this.parked !== null;
  }

  protected notify(): void {
    this.signaled = true;
    const { wake, parked } = this;
    this.wake = null;
    this.parked = null;
    wake?.();
    parked?.resume();
  }

  /** Ends the iterator; with `failure`, the waiting `next()` rejects with it. */
  protected end(failure?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = failure ?? null;
    this.release();
    this.notify();
    for (const callback of this.endings.splice(0)) callback();
  }
}
