import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../common/logger';
import { redisKey } from '../redis';
import { InProcessEventBus } from './event-bus';
import { EventLogReader, eventOf, recordOf } from './event-log-reader';
import { MeetingEventRecord } from './meeting-event.entity';
import { MeetingEvent } from './meeting-event';
import { SubjectCodec } from './subjects';

/** Events travel as the event log's rows, in JSON. */
type Message = { origin: string; events: (Omit<MeetingEventRecord, 'at'> & { at: string })[] };

/**
 * The event bus across server instances. Events are delivered here at once and published on a
 * Redis channel per meeting, which only the instances with subscribers to that meeting listen to.
 *
 * Redis pub/sub is fire-and-forget, so Redis is only the fast path: every `pollMs` the bus compares,
 * for each meeting it has subscribers for, the newest seq in the database with the newest one it
 * delivered, and reads what it missed from the log (a Redis restart, a network blip). Subscribers'
 * streams drop what they already have and fill gaps in order, so each gets every event once.
 */
export class RedisEventBus extends InProcessEventBus {
  private readonly origin = randomUUID();
  /** Per meeting with subscribers here: the highest seq delivered here. */
  private readonly delivered = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly codec: SubjectCodec,
    private readonly log: EventLogReader,
    private readonly logger: Logger,
    /** This deployment's Redis namespace: channels of other deployments on the same Redis are not heard. */
    private readonly namespace: string,
    pollMs = 1000,
  ) {
    super();
    sub.on('message', (channel: string, text: string) => this.receive(channel, text));
    this.timer = setInterval(() => void this.catchUp(), pollMs);
    this.timer.unref();
  }

  override publish(events: readonly MeetingEvent[]): void {
    super.publish(events);
    const byMeeting = new Map<string, MeetingEventRecord[]>();
    for (const e of events) {
      const list = byMeeting.get(e.meetingId) ?? [];
      list.push(recordOf(e, this.codec));
      byMeeting.set(e.meetingId, list);
    }
    for (const [meetingId, records] of byMeeting) {
      const message = { origin: this.origin, events: records };
      this.pub.publish(this.channelOf(meetingId), JSON.stringify(message)).catch((err: unknown) => {
        // The other instances read it from the log at their next catch-up.
        this.logger.warn({ err, meetingId }, 'event not published to Redis');
      });
    }
  }

  protected override deliver(event: MeetingEvent): void {
    const known = this.delivered.get(event.meetingId);
    if (known !== undefined && event.seq > known) this.delivered.set(event.meetingId, event.seq);
    super.deliver(event);
  }

  protected override topicOpened(meetingId: string): void {
    this.sub.subscribe(this.channelOf(meetingId)).catch((err: unknown) => {
      this.logger.warn({ err, meetingId }, 'Redis subscribe failed; the log catch-up covers it');
    });
  }

  protected override topicClosed(meetingId: string): void {
    this.delivered.delete(meetingId);
    this.sub.unsubscribe(this.channelOf(meetingId)).catch(() => undefined);
  }

  private channelOf(meetingId: string): string {
    return redisKey(this.namespace, 'events', meetingId);
  }

  private receive(channel: string, text: string): void {
    let message: Message;
    try {
      message = JSON.parse(text) as Message;
    } catch {
      return;
    }
    if (message.origin === this.origin || !channel.startsWith(this.channelOf(''))) return;
    for (const wire of message.events) this.deliver(eventOf({ ...wire, at: new Date(wire.at) }, this.codec));
  }

  /** Reads from the log what Redis did not bring, for every meeting with subscribers here. */
  private async catchUp(): Promise<void> {
    const meetings = this.openTopics();
    if (this.polling || meetings.length === 0) return;
    this.polling = true;
    try {
      const newest = await this.log.lastSeqs(meetings);
      for (const [meetingId, last] of newest) {
        const known = this.delivered.get(meetingId);
        if (known === undefined) {
          // A new topic: its subscribers replayed the log themselves; watch from here on.
          this.delivered.set(meetingId, last);
          continue;
        }
        for (let after = known; after < last;) {
          const missed = await this.log.read(meetingId, after, Math.min(500, last - after));
          if (missed.length === 0) break;
          for (const e of missed) this.deliver(e);
          after = missed[missed.length - 1].seq;
        }
      }
    } catch (err) {
      this.logger.warn({ err }, 'event log catch-up failed');
    } finally {
      this.polling = false;
    }
  }

  override async close(): Promise<void> {
    clearInterval(this.timer);
    await super.close();
    this.sub.disconnect();
    this.pub.disconnect();
  }
}
