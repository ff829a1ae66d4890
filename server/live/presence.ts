import { Actor, SiteActor } from '../auth/actor';
import type { Logger } from '../common/logger';
import { ConnectionPoint, ConnectionState } from '../connection-points/connection-point.entity';
import { snapshotOf } from '../connection-points/connection-point.service';
import { MeetingEventType } from '../events/event-type';
import { MeetingCommands } from '../events/meeting-commands';
import { MeetingStatus } from '../meetings/meeting.entity';

/**
 * Which sites are connected. A connection point is CONNECTED while at least one authenticated socket
 * of a site token for it is open, LOST once the last one closed (NEVER_JOINED before the first).
 * Behind an interface: with several server instances, a shared version (Redis) counts the sockets.
 */
export interface Presence {
  /** An authenticated socket opened (user sockets are ignored). */
  opened(actor: Actor, socket: object): void;
  /** A socket closed. Not called when the server itself shuts down: see server.ts. */
  closed(actor: Actor, socket: object): void;
  /** Resolves when the state changes asked so far are written. */
  settled(): Promise<void>;
  /** Stops its timers and connections (the server is shutting down). */
  close(): Promise<void>;
}

/** Meetings that are a record: their connection states are no longer written. */
const FINISHED = new Set([MeetingStatus.ENDED, MeetingStatus.CANCELLED]);

/** Presence for one server instance: counts the sockets it holds. */
export class InProcessPresence implements Presence {
  private readonly sockets = new Map<string, Set<object>>();
  private readonly writes = new Map<string, Promise<void>>();

  constructor(
    private readonly commands: MeetingCommands,
    private readonly logger: Logger,
  ) {}

  opened(actor: Actor, socket: object): void {
    if (actor.kind !== 'site') return;
    let open = this.sockets.get(actor.connectionPointId);
    if (!open) this.sockets.set(actor.connectionPointId, (open = new Set()));
    open.add(socket);
    this.sync(actor);
  }

  closed(actor: Actor, socket: object): void {
    if (actor.kind !== 'site') return;
    const open = this.sockets.get(actor.connectionPointId);
    if (!open?.delete(socket)) return;
    if (open.size === 0) this.sockets.delete(actor.connectionPointId);
    this.sync(actor);
  }

  async settled(): Promise<void> {
    while (this.writes.size > 0) await Promise.all(this.writes.values());
  }

  async close(): Promise<void> {}

  /**
   * Writes are chained per connection point, and each writes the state of the sockets open when it
   * runs (not when it was asked), so quick close-and-reopen sequences end in the right state.
   */
  private sync(site: SiteActor): void {
    const id = site.connectionPointId;
    const write = (this.writes.get(id) ?? Promise.resolve())
      .then(() => this.write(site))
      .catch((err) => this.logger.warn({ err, connectionPointId: id }, 'connection state not written'))
      .finally(() => {
        if (this.writes.get(id) === write) this.writes.delete(id);
      });
    this.writes.set(id, write);
  }

  private write(site: SiteActor): Promise<void> {
    return writeConnectionState(this.commands, site, () => this.sockets.has(site.connectionPointId));
  }
}

/**
 * Writes a site's connection state as a command (event SITE_CONNECTED or SITE_LOST when it changes).
 * `connected` is asked under the meeting's lock, so the last write shows the true state whatever the
 * order of concurrent ones. Without `site.name` the write is the system's (a sweep for a dead instance).
 */
export function writeConnectionState(
  commands: MeetingCommands,
  site: Pick<SiteActor, 'meetingId' | 'connectionPointId'> & Partial<SiteActor>,
  connected: () => boolean | Promise<boolean>,
): Promise<void> {
  const actor = site.kind === 'site' ? (site as SiteActor) : null;
  return commands.run(
    actor,
    site.meetingId,
    async (c) => {
      if (FINISHED.has(c.meeting.status)) return;
      const isConnected = await connected();
      const state = isConnected ? ConnectionState.CONNECTED : ConnectionState.LOST;
      const cp = await c.manager.findOne(ConnectionPoint, {
        where: { id: site.connectionPointId, meetingId: site.meetingId },
      });
      if (!cp || cp.connectionState === state) return;
      Object.assign(cp, { connectionState: state, lastSeenAt: c.now });
      await c.manager.save(cp);
      c.emit(isConnected ? MeetingEventType.SITE_CONNECTED : MeetingEventType.SITE_LOST, snapshotOf(cp));
    },
    'meetingId',
    () => undefined, // presence is the server's own bookkeeping, not a request to authorize
  );
}
