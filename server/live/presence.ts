import { Actor, SiteActor } from '../auth/actor';
import { Database } from '../db/database';
import { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import { ConnectionPoint, ConnectionState } from '../connection-points/connection-point.entity';
import { snapshotOf } from '../events/command-rows';
import { MeetingEventType } from '../events/event-type';
import { MeetingCommands } from '../events/meeting-commands';
import { isRecord } from '../meetings/meeting-status';

/**
 * A connection point being followed: by a socket of its site token, or by a subscription of one of
 * the meeting's hosts to the meeting (the host point). `actor` is who the state change is written by.
 */
export type Attendee = { meetingId: string; connectionPointId: string; actor: Actor };

/** A connection point the system itself writes the state of (a reconcile, a sweep). */
export type PointRef = { meetingId: string; connectionPointId: string; actor?: Actor | null };

/** The attendee a site token's socket is: its own connection point. */
export const siteAttendee = (site: SiteActor): Attendee => ({
  meetingId: site.meetingId,
  connectionPointId: site.connectionPointId,
  actor: site,
});

/**
 * Which connection points are connected. A point is CONNECTED while at least one holder keeps it (an
 * open socket of its site token; for the host point, a subscription of a host of the meeting), LOST
 * once the last one has been gone for the grace period (NEVER_JOINED before the first). Behind an
 * interface: with several server instances, a shared version (Redis) counts the holders.
 */
export interface Presence {
  /** `holder` (a socket, a subscription) now keeps the attendee's point connected. */
  opened(attendee: Attendee, holder: object): void;
  /** `holder` is gone. Ignored once the presence is closed (the server shutting down: see server.ts). */
  closed(attendee: Attendee, holder: object): void;
  /** Resolves when the state changes asked so far are written (not those still in their grace period). */
  settled(): Promise<void>;
  /** The server listens: sites may reconnect from now (what the last run left is reconciled after). */
  listening(): void;
  /** Stops its timers and connections (the server is shutting down): holders closing later change nothing. */
  close(): Promise<void>;
}

/**
 * A site's last socket closing is acted on only after a grace period, and forgotten if a socket of
 * the site opens meanwhile: a screen reloading, a network blip or every site reconnecting after a
 * server restart then writes neither LOST nor CONNECTED (two events to every subscriber per site).
 */
export class Departures {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly graceMs: number) {}

  /** Runs `leave` after the grace period, unless `cancel(id)` comes first. */
  schedule(id: string, leave: () => void): void {
    if (this.graceMs === 0) return leave();
    this.cancel(id);
    const timer = setTimeout(() => {
      this.pending.delete(id);
      leave();
    }, this.graceMs);
    timer.unref();
    this.pending.set(id, timer);
  }

  /** Whether a departure was pending (the site came back within the grace period). */
  cancel(id: string): boolean {
    const timer = this.pending.get(id);
    if (!timer) return false;
    clearTimeout(timer);
    return this.pending.delete(id);
  }

  clear(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}

/**
 * Presence for one server instance: counts the holders it has. The instance is the only one, so
 * what the database shows CONNECTED at start is what the previous run left (a shutdown keeps sites
 * CONNECTED, so that a restart does not flap them): once the grace period has let the sites
 * reconnect, every point still without a holder is written LOST.
 */
export class InProcessPresence implements Presence {
  /** Per connection point, its holders; kept empty while a departure is pending. */
  private readonly holders = new Map<string, Set<object>>();
  private readonly writes = new Map<string, Promise<void>>();
  private readonly departures: Departures;
  private reconcileTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly graceMs: number,
  ) {
    this.departures = new Departures(graceMs);
  }

  listening(): void {
    this.reconcileTimer = setTimeout(() => void this.reconcile(), this.graceMs);
    this.reconcileTimer.unref();
  }

  opened(attendee: Attendee, holder: object): void {
    if (this.stopped) return;
    const id = attendee.connectionPointId;
    let held = this.holders.get(id);
    if (!held) this.holders.set(id, (held = new Set()));
    held.add(holder);
    if (held.size === 1 && !this.departures.cancel(id)) this.sync(attendee);
  }

  closed(attendee: Attendee, holder: object): void {
    if (this.stopped) return;
    const id = attendee.connectionPointId;
    const held = this.holders.get(id);
    if (!held?.delete(holder) || held.size > 0) return;
    const lastSeenAt = this.clock.now();
    this.departures.schedule(id, () => {
      this.holders.delete(id);
      this.sync(attendee, lastSeenAt);
    });
  }

  async settled(): Promise<void> {
    while (this.writes.size > 0) await Promise.all(this.writes.values());
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconcileTimer);
    this.departures.clear();
  }

  /** Points the database shows CONNECTED that nothing here holds: written LOST. */
  private async reconcile(): Promise<void> {
    try {
      for (const point of await connectedPoints(this.db)) {
        if (!this.holders.has(point.connectionPointId)) this.sync(point);
      }
    } catch (err) {
      this.logger.warn({ err }, 'presence reconcile failed');
    }
  }

  /**
   * Writes are chained per connection point, and each writes the state of the holders there when it
   * runs (not when it was asked), so quick close-and-reopen sequences end in the right state.
   */
  private sync(point: PointRef, lastSeenAt?: Date): void {
    const id = point.connectionPointId;
    const write = (this.writes.get(id) ?? Promise.resolve())
      .then(() => writeConnectionState(this.commands, point, () => this.holders.has(id), lastSeenAt))
      .catch((err) => this.logger.warn({ err, connectionPointId: id }, 'connection state not written'))
      .finally(() => {
        if (this.writes.get(id) === write) this.writes.delete(id);
      });
    this.writes.set(id, write);
  }
}

/** Every connection point the database shows CONNECTED. */
export async function connectedPoints(db: Database): Promise<PointRef[]> {
  const rows = await db.read((m) =>
    m.find(ConnectionPoint, {
      where: { connectionState: ConnectionState.CONNECTED },
      select: { id: true, meetingId: true },
    }),
  );
  return rows.map((cp) => ({ meetingId: cp.meetingId, connectionPointId: cp.id }));
}

/**
 * Writes a connection point's state as a command (event SITE_CONNECTED or SITE_LOST when it changes),
 * by `point.actor`, or by the system without one (a reconcile, a sweep for a dead instance).
 * `connected` is asked under the meeting's lock, so the last write shows the true state whatever the
 * order of concurrent ones. A LOST point's `lastSeenAt` is when its last holder went, when known,
 * else now. An ended meeting is a record: its points are no longer written CONNECTED, but those
 * still shown so are written LOST once their screens close.
 */
export function writeConnectionState(
  commands: MeetingCommands,
  point: PointRef,
  connected: () => boolean | Promise<boolean>,
  lastSeenAt?: Date,
): Promise<void> {
  return commands.run(
    point.actor ?? null,
    point.meetingId,
    async (c) => {
      const record = isRecord(c.meeting.status);
      const isConnected = !record && (await connected());
      const state = isConnected ? ConnectionState.CONNECTED : ConnectionState.LOST;
      const cp = await c.manager.findOne(ConnectionPoint, {
        where: { id: point.connectionPointId, meetingId: point.meetingId },
      });
      if (!cp || cp.connectionState === state) return;
      // A record does not learn of a join it never had.
      if (record && cp.connectionState === ConnectionState.NEVER_JOINED) return;
      Object.assign(cp, { connectionState: state, lastSeenAt: (!isConnected && lastSeenAt) || c.now });
      await c.manager.save(cp);
      c.emit(isConnected ? MeetingEventType.SITE_CONNECTED : MeetingEventType.SITE_LOST, snapshotOf(cp));
    },
    'meetingId',
    async () => undefined, // presence is the server's own bookkeeping, not a request to authorize
  );
}
