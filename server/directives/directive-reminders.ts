import type { Logger } from '../common/logger';
import type { DirectiveService } from './directive.service';

/** Reminders of each kind read at a time. */
const BATCH = 100;

/**
 * Sends the directives' reminders (DIRECTIVE_DUE_SOON, DIRECTIVE_OVERDUE) as events of their
 * meetings: every `pollMs` it asks the database which are due and sends each. Every instance may
 * run it: a reminder is claimed in the database as it is sent (DirectiveService.remind), so one
 * instance sends it and the others find it sent. 0 turns it off on this instance.
 */
export class DirectiveReminders {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopping = false;

  constructor(
    private readonly directives: DirectiveService,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  /** Looks for due reminders now (a restart sends what came due while it was down), then every pollMs. */
  start(): void {
    if (this.pollMs > 0) this.schedule(0);
  }

  /** Stops looking; the pass under way finishes first. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: sends every reminder due now. Returns how many this instance sent. */
  async sendDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const due = await this.directives.dueReminders(BATCH);
      let sentNow = 0;
      for (const reminder of due) {
        if (this.stopping) return sent + sentNow;
        if (await this.directives.remind(reminder)) sentNow++;
      }
      sent += sentNow;
      // Read again while reminders were sent (more may have waited behind a full batch); each is
      // sent once, so this ends. None sent: what is left, another instance is sending.
      if (sentNow === 0) return sent;
    }
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.sendDue()
        .catch((err: unknown) => this.logger.error({ err }, 'directive reminders failed'))
        .finally(() => {
          this.running = null;
          if (!this.stopping) this.schedule(this.pollMs);
        });
    }, ms);
    this.timer.unref();
  }
}
