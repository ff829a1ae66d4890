import { MeetingEvent } from './meeting-event';

export type EventListener = (event: MeetingEvent) => void;

/**
 * The one event publisher. Commands publish after commit; subscribers listen per meeting (one topic
 * per meeting, so no subscriber filters the events of other meetings). In one process this is a
 * map of listeners; with several instances, events also travel through Redis (see redis-event-bus).
 */
export interface EventBus {
  publish(events: readonly MeetingEvent[]): void;
  subscribe(meetingId: string, listener: EventListener): () => void;
  /**
   * The newest events delivered here of a meeting listened to here, in seq order and without gaps
   * (empty when none): a subscriber coming back replays from memory what they cover.
   */
  recent(meetingId: string): readonly MeetingEvent[];
  /** How many meetings have a listener here (for the metrics). */
  watchedMeetings(): number;
  close(): Promise<void>;
}

/** Events kept per meeting listened to: a few minutes of a busy meeting, what a reconnect misses. */
const RECENT_EVENTS = 256;

export class InProcessEventBus implements EventBus {
  private readonly topics = new Map<string, Set<EventListener>>();
  private readonly recentByTopic = new Map<string, MeetingEvent[]>();

  /**
   * Delivered in the next turn of the event loop, not now: the command that published answers its
   * caller first, and its fan-out (sliced, see SharedPush) comes after. Order is kept: turns run in
   * the order they were asked for.
   */
  publish(events: readonly MeetingEvent[]): void {
    setImmediate(() => {
      for (const event of events) this.deliver(event);
    });
  }

  /** Hands one event to the listeners of its meeting; a throwing listener does not stop the others. */
  protected deliver(event: MeetingEvent): void {
    const listeners = this.topics.get(event.meetingId);
    if (!listeners) return;
    this.remember(event);
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // A listener's failure is its own (it closes its subscription); the topic goes on.
      }
    }
  }

  recent(meetingId: string): readonly MeetingEvent[] {
    return this.recentByTopic.get(meetingId) ?? [];
  }

  /** Keeps `event` after the newest kept if it follows on; after a gap, it starts the list again. */
  private remember(event: MeetingEvent): void {
    const kept = this.recentByTopic.get(event.meetingId);
    const newest = kept?.[kept.length - 1];
    if (kept && newest && event.seq === newest.seq + 1) {
      kept.push(event);
      if (kept.length > 2 * RECENT_EVENTS) kept.splice(0, kept.length - RECENT_EVENTS);
    } else if (!newest || event.seq > newest.seq) this.recentByTopic.set(event.meetingId, [event]);
  }

  subscribe(meetingId: string, listener: EventListener): () => void {
    let listeners = this.topics.get(meetingId);
    if (!listeners) {
      this.topics.set(meetingId, (listeners = new Set()));
      this.topicOpened(meetingId);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.topics.get(meetingId) === listeners) {
        this.topics.delete(meetingId);
        this.recentByTopic.delete(meetingId);
        this.topicClosed(meetingId);
      }
    };
  }

  watchedMeetings(): number {
    return this.topics.size;
  }

  /** The meetings that have listeners here. */
  protected openTopics(): string[] {
    return [...this.topics.keys()];
  }

  /** A meeting got its first listener here. */
  protected topicOpened(_meetingId: string): void {}

  /** A meeting lost its last listener here. */
  protected topicClosed(_meetingId: string): void {}

  async close(): Promise<void> {
    this.topics.clear();
    this.recentByTopic.clear();
  }
}
