import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { LookupFunction } from 'node:net';
import type { Logger } from '../common/logger';
import { Database } from '../db/database';
import { EventLogReader } from '../events/event-log-reader';
import { MeetingEvent } from '../events/meeting-event';
import { Meeting } from '../meetings/meeting.entity';
import { signedHeaders } from './signature';
import { checkTargetUrl, guardedLookup, TargetPolicy } from './target-guard';
import { Webhook, WebhookStream } from './webhook.entity';

export type DispatchOptions = TargetPolicy & {
  /** How often the log is looked at for events to deliver and retries that are due. */
  pollMs: number;
  /** A receiver that has not answered in this long has failed the attempt. */
  timeoutMs: number;
  /** The first retry's delay; it doubles with each failure, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
};

/** Streams delivered at once by one instance. */
const STREAMS_PER_TICK = 20;
/** Events read from the log at a time. */
const PAGE = 100;

type Outcome = { ok: boolean; status: number | null; error: string | null };

/**
 * Delivers the event log to webhooks, at least once and in seq order per meeting. State is in the
 * database (webhook_stream: the last seq delivered, the failures, when to retry), so a restart goes
 * on where it stopped; a lease on the stream's row lets one instance at a time deliver it, so
 * several instances do not deliver an event twice. The receiver's 2xx moves the stream on; anything
 * else is retried with exponential backoff, the events after it waiting (order first).
 */
export class WebhookDispatcher {
  private readonly instance = randomUUID();
  private readonly lookup: LookupFunction;
  /** Its own connections: a socket is reused only by the deliveries whose lookup checked it. */
  private readonly agents = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
  };
  private readonly leaseMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopping = false;

  constructor(
    private readonly db: Database,
    private readonly log: EventLogReader,
    private readonly options: DispatchOptions,
    private readonly logger: Logger,
  ) {
    this.lookup = guardedLookup(options);
    // Outlives any one attempt, so that a live instance keeps its streams; renewed at each event.
    this.leaseMs = Math.max(60_000, 3 * options.timeoutMs);
  }

  start(): void {
    this.schedule(0);
  }

  /** Looks for work now (a webhook created, an event redelivered). */
  wake = (): void => {
    if (this.stopping) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  };

  /** Stops polling, lets the attempts under way finish and gives their streams back. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick()
        .catch((err: unknown) => this.logger.error({ err }, 'webhook delivery failed'))
        .finally(() => {
          this.running = null;
          if (this.stopping) return;
          this.schedule(this.again ? 0 : this.options.pollMs);
          this.again = false;
        });
    }, ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    const due = await this.dueStreams(new Date());
    await Promise.all(due.map((s) => this.deliver(s.webhookId, s.meetingId)));
  }

  /** (webhook, meeting) pairs with events past the stream's seq, not waiting for a retry nor leased. */
  private dueStreams(now: Date): Promise<{ webhookId: string; meetingId: string }[]> {
    return this.db.read((m) =>
      m
        .createQueryBuilder(Webhook, 'w')
        .innerJoin(Meeting, 'm', '(m.id = w.meetingId OR m.organizerId = w.organizerUnitId)')
        .leftJoin(WebhookStream, 's', 's.webhookId = w.id AND s.meetingId = m.id')
        .select('w.id', 'webhookId')
        .addSelect('m.id', 'meetingId')
        .where('m.lastEventSeq > COALESCE(s.deliveredSeq, 0)')
        .andWhere('(s.nextAttemptAt IS NULL OR s.nextAttemptAt <= :now)', { now })
        .andWhere('(s.leaseUntil IS NULL OR s.leaseUntil < :now)', { now })
        .limit(STREAMS_PER_TICK)
        .getRawMany<{ webhookId: string; meetingId: string }>(),
    );
  }

  private async deliver(webhookId: string, meetingId: string): Promise<void> {
    const stream = await this.claim(webhookId, meetingId);
    if (!stream) return;
    try {
      await this.deliverClaimed(stream);
    } finally {
      await this.update(stream.id, { leaseOwner: null, leaseUntil: null });
    }
  }

  /** The stream's row (created at seq 0 the first time), leased to this instance; null when taken. */
  private async claim(
    webhookId: string,
    meetingId: string,
  ): Promise<(WebhookStream & { webhook: Webhook }) | null> {
    const now = new Date();
    return this.db.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(WebhookStream)
        .values(m.create(WebhookStream, { webhookId, meetingId }))
        .orIgnore()
        .execute();
      const claimed = await m
        .createQueryBuilder()
        .update(WebhookStream)
        .set({ leaseOwner: this.instance, leaseUntil: new Date(now.getTime() + this.leaseMs) })
        .where('webhookId = :webhookId AND meetingId = :meetingId', { webhookId, meetingId })
        .andWhere('(leaseUntil IS NULL OR leaseUntil < :now)', { now })
        .andWhere('(nextAttemptAt IS NULL OR nextAttemptAt <= :now)', { now })
        .execute();
      if (claimed.affected !== 1) return null;
      return m.findOne(WebhookStream, {
        where: { webhookId, meetingId },
        relations: { webhook: true },
      }) as Promise<(WebhookStream & { webhook: Webhook }) | null>;
    });
  }

  private async deliverClaimed(stream: WebhookStream & { webhook: Webhook }): Promise<void> {
    const { webhook } = stream;
    const wanted = (e: MeetingEvent) =>
      webhook.eventTypes.length === 0 || webhook.eventTypes.includes(e.type);
    let delivered = stream.deliveredSeq;
    for (;;) {
      const events = await this.log.read(stream.meetingId, delivered, PAGE);
      if (events.length === 0) return;
      for (const event of events) {
        if (this.stopping) return;
        if (!wanted(event)) continue;
        // Events of other types before this one are passed, then this one is sent.
        if (event.seq - 1 > delivered && !(await this.advance(stream, delivered, event.seq - 1, null)))
          return;
        const outcome = await this.post(webhook, event);
        if (!outcome.ok) return this.failed(stream, outcome);
        if (!(await this.advance(stream, Math.max(delivered, event.seq - 1), event.seq, outcome))) return;
        delivered = event.seq;
      }
      const last = events.at(-1)!.seq;
      if (last > delivered && !(await this.advance(stream, delivered, last, null))) return;
      delivered = last;
    }
  }

  /**
   * Moves the stream from seq `from` to `to`; false when it is no longer at `from` or no longer ours
   * (redelivered, or deleted, meanwhile): the attempt stops there.
   */
  private async advance(
    stream: WebhookStream,
    from: number,
    to: number,
    outcome: Outcome | null,
  ): Promise<boolean> {
    const now = new Date();
    const attempt = outcome
      ? {
          lastAttemptAt: now,
          lastStatusCode: outcome.status,
          lastError: null,
          attempts: 0,
          nextAttemptAt: null,
        }
      : {};
    const result = await this.db.transaction((m) =>
      m
        .createQueryBuilder()
        .update(WebhookStream)
        .set({
          deliveredSeq: to,
          ...attempt,
          leaseUntil: new Date(now.getTime() + this.leaseMs),
          updatedAt: now,
        })
        .where('id = :id AND leaseOwner = :instance AND deliveredSeq = :from', {
          id: stream.id,
          instance: this.instance,
          from,
        })
        .execute(),
    );
    return result.affected === 1;
  }

  private async failed(stream: WebhookStream, outcome: Outcome): Promise<void> {
    const now = new Date();
    const fresh = await this.db.read((m) => m.findOne(WebhookStream, { where: { id: stream.id } }));
    if (!fresh || fresh.leaseOwner !== this.instance) return;
    const attempts = fresh.attempts + 1;
    const delay = Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (attempts - 1));
    this.logger.warn({ webhookId: stream.webhookId, attempts, ...outcome }, 'webhook delivery refused');
    await this.update(stream.id, {
      attempts,
      // Jitter: receivers that failed together are not all retried at the same moment.
      nextAttemptAt: new Date(now.getTime() + Math.round(delay * (0.5 + Math.random() / 2))),
      lastAttemptAt: now,
      lastStatusCode: outcome.status,
      lastError: outcome.error?.slice(0, 500) ?? null,
      updatedAt: now,
    });
  }

  /** Updates the stream's row if this instance holds it. */
  private async update(id: string, values: Partial<WebhookStream>): Promise<void> {
    await this.db.transaction((m) =>
      m
        .createQueryBuilder()
        .update(WebhookStream)
        .set(values)
        .where('id = :id AND leaseOwner = :instance', { id, instance: this.instance })
        .execute(),
    );
  }

  /** POSTs one event, signed; redirects are not followed, private targets refused (target-guard.ts). */
  private post(webhook: Webhook, event: MeetingEvent): Promise<Outcome> {
    const body = JSON.stringify(payloadOf(event));
    let url: URL;
    try {
      url = new URL(checkTargetUrl(webhook.url, this.options));
    } catch (e) {
      return Promise.resolve({ ok: false, status: null, error: (e as Error).message });
    }
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Diemcau-Webhooks/1.0',
      ...signedHeaders(webhook.secret, `evt_${event.meetingId}_${event.seq}`, new Date(), body),
    };
    return new Promise((resolve) => {
      const secure = url.protocol === 'https:';
      const request = (secure ? https : http).request(url, {
        method: 'POST',
        headers,
        agent: secure ? this.agents.https : this.agents.http,
        lookup: this.lookup,
        timeout: this.options.timeoutMs,
      });
      request.on('response', (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        response.on('end', () => resolve({ ok, status, error: ok ? null : `HTTP ${status}` }));
        response.on('error', (e) => resolve({ ok: false, status, error: e.message }));
      });
      request.on('timeout', () => request.destroy(new Error(`No answer in ${this.options.timeoutMs} ms`)));
      request.on('error', (e) => resolve({ ok: false, status: null, error: e.message }));
      request.end(body);
    });
  }
}

/** The JSON body: Standard Webhooks' { type, timestamp, data }, data being the event as in the log. */
function payloadOf(event: MeetingEvent) {
  const { meetingId, seq, type, at, actor, subjectType, subject } = event;
  return {
    type,
    timestamp: at.toISOString(),
    data: { meetingId, seq, type, at, actor, subjectType, subject },
  };
}
