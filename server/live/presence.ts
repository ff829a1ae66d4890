import { Actor, SiteActor } from '../auth/actor';
import { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import { ConnectionPoint, ConnectionState } from '../connection-points/connection-point.entity';
import { snapshotOf } from '../events/command-rows';
import { MeetingEventType } from '../events/event-type';
import { MeetingCommands } from '../events/meeting-commands';
import { isRecord } from '../meetings/meeting-status';

/**
 * Which sites are connected. A connection point is CONNECTED while at least one authenticated socket
 * of a site token for it is open, LOST once the last one has been closed for the grace period
 * (NEVER_JOINED before the first). Behind an interface: with several server instances, a shared
 * version (Redis) counts the sockets.
 */
export interface Presence {
  /** An authenticated socket opened (user sockets are ignored). */
  opened(actor: Actor, socket: object): void;
  /** A socket closed. Not called when the server itself shuts down: see server.ts. */
  closed(actor: Actor, socket: object): void;
  /** Resolves when the state changes asked so far are written (not those still in their grace period). */
  settled(): Promise<void>;
  /** Stops its timers and connections (the server is shutting down). */
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

/** Presence for one server instance: counts the sockets it holds. */
export class InProcessPresence implements Presence {
  /** Per connection point, its open sockets; kept empty while a departure is pending. */
  private readonly sockets = new Map<string, Set<object>>();
  private readonly writes = new Map<string, Promise<void>>();
  private readonly departures: Departures;

  constructor(
    private readonly commands: MeetingCommands,
    private readonly clock: Clock,
    private readonly logger: Logger,
    graceMs: number,
  ) {
    this.departures = new Departures(graceMs);
  }

  opened(actor: Actor, socket: object): void {
    if (actor.kind !== 'site') return;
    const id = actor.connectionPointId;
    let open = this.sockets.get(id);
    if (!open) this.sockets.set(id, (open = new Set()));
    open.add(socket);
    if (open.size === 1 && !this.departures.cancel(id)) this.sync(actor);
  }

  closed(actor: Actor, socket: object): void {
    if (actor.kind !== 'site') return;
    const id = actor.connectionPointId;
    const open = this.sockets.get(id);
    if (!open?.delete(socket) || open.size > 0) return;
    const lastSeenAt = this.clock.now();
    this.departures.schedule(id, () => {
      this.sockets.delete(id);
      this.sync(actor, lastSeenAt);
    });
  }

  async settled(): Promise<void> {
    while (this.writes.size > 0) await Promise.all(this.writes.values());
  }

  async close(): Promise<void> {
    this.departures.clear();
  }

  /**
   * Writes are chained per connection point, and each writes the state of the sockets open when it
   * runs (not when it was asked), so quick close-and-reopen sequences end in the right state.
   */
  private sync(site: SiteActor, lastSeenAt?: Date): void {
    const id = site.connectionPointId;
    const write = (this.writes.get(id) ?? Promise.resolve())
      .then(() => this.write(site, lastSeenAt))
      .catch((err) => this.logger.warn({ err, connectionPointId: id }, 'connection state not written'))
      .finally(() => {
        if (this.writes.get(id) === write) this.writes.delete(id);
      });
    this.writes.set(id, write);
  }

  private write(site: SiteActor, lastSeenAt?: Date): Promise<void> {
    return writeConnectionState(
      this.commands,
      site,
      () => this.sockets.has(site.connectionPointId),
      lastSeenAt,
    );
  }
}

/**
 * Writes a site's connection state as a command (event SITE_CONNECTED or SITE_LOST when it changes).
 * `connected` is asked under the meeting's lock, so the last write shows the true state whatever the
 * order of concurrent ones. Without `site.name` the write is the system's (a sweep for a dead instance).
 * A LOST site's `lastSeenAt` is when its last socket closed, when known, else now.
 */
export function writeConnectionState(
  commands: MeetingCommands,
  site: Pick<SiteActor, 'meetingId' | 'connectionPointId'> & Partial<SiteActor>,
  connected: () => boolean | Promise<boolean>,
  lastSeenAt?: Date,
): Promise<void> {
  const actor = site.kind === 'site' ? (site as SiteActor) : null;
  return commands.run(
    actor,
    site.meetingId,
    async (c) => {
      // A record: its connection states are no longer written.
      if (isRecord(c.meeting.status)) return;
      const isConnected = await connected();
      const state = isConnected ? ConnectionState.CONNECTED : ConnectionState.LOST;
      const cp = await c.manager.findOne(ConnectionPoint, {
        where: { id: site.connectionPointId, meetingId: site.meetingId },
      });
      if (!cp || cp.connectionState === state) return;
      Object.assign(cp, { connectionState: state, lastSeenAt: (!isConnected && lastSeenAt) || c.now });
      await c.manager.save(cp);
      c.emit(isConnected ? MeetingEventType.SITE_CONNECTED : MeetingEventType.SITE_LOST, snapshotOf(cp));
    },
    'meetingId',
    async () => undefined, // presence is the server's own bookkeeping, not a request to authorize
  );
}
