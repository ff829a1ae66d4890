/**
 * Cuts a long run of small jobs — a fan-out's socket writes — into slices of `size` jobs, each slice
 * in a turn of the event loop of its own (setImmediate). Between two slices the loop serves I/O: the
 * commands and the pushes of other meetings go on while one meeting's thousands of writes are under
 * way, instead of waiting for the last of them. Jobs keep their order (first come, first served).
 */
export class Slices {
  /** Jobs let through since the last turn began. */
  private used = 0;
  private readonly waiting: (() => void)[] = [];
  /** Index of the first job still waiting (shifting a long array per job would cost O(n) each). */
  private head = 0;
  private scheduled = false;

  constructor(private readonly size: number) {}

  /** Undefined: go on now (the usual case, nothing allocated); else resolves when the job's slice comes. */
  turn(): Promise<void> | undefined {
    this.schedule();
    if (this.used < this.size && this.head === this.waiting.length) {
      this.used++;
      return undefined;
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.nextSlice);
  }

  /** A new turn: lets the next slice of waiting jobs go (they run in this turn's microtasks). */
  private readonly nextSlice = (): void => {
    this.scheduled = false;
    const end = Math.min(this.waiting.length, this.head + this.size);
    this.used = end - this.head;
    for (; this.head < end; this.head++) this.waiting[this.head]();
    if (this.head === this.waiting.length || this.head > 4 * this.size) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
    // Once more even when none wait: the next turn starts the count of the jobs let through afresh.
    if (this.used > 0) this.schedule();
  };
}
