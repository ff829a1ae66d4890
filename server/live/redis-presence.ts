import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../common/logger';
import { Clock } from '../common/clock';
import { MeetingCommands } from '../events/meeting-commands';
import { Database } from '../db/database';
import { Attendee, connectedPoints, Departures, PointRef, Presence, writeConnectionState } from './presence';
import { redisKey } from '../redis';

export type RedisPresenceTiming = {
  /** This deployment's Redis namespace: the instances of another deployment neither see nor sweep its sites. */
  namespace: string;
  /** How often an instance renews the entries of the sites it holds. */
  heartbeatMs: number;
  /** How long an entry lives without renewal: a dead instance's sites go LOST after this (+ one sweep). */
  ttlMs: number;
  /** How long a site's last socket on this instance has been closed before its entry is removed. */
  graceMs: number;
};

/**
 * Presence across server instances. Each instance counts its own sockets per connection point and
 * keeps an entry with an expiry in Redis while it holds at least one; a site is CONNECTED while any
 * instance's entry is alive. An instance that dies stops renewing, so its entries expire and a sweep
 * on the surviving instances writes LOST. State changes are commands that look at Redis under the
 * meeting's lock, so whatever the order of concurrent changes, the last write is the true state.
 */
export class RedisPresence implements Presence {
  private readonly instance = randomUUID();
  /** Per connection point held here, its holders; kept (and renewed) while a departure is pending. */
  private readonly holders = new Map<string, { attendee: Attendee; open: Set<object> }>();
  private readonly writes = new Map<string, Promise<void>>();
  private readonly departures: Departures;
  private readonly timer: NodeJS.Timeout;
  private reconcileTimer?: NodeJS.Timeout;
  private stopped = false;
  /** Every connection point held anywhere, scored by its latest expiry: what the sweep looks at. */
  private readonly dueKey: string;

  constructor(
    private readonly redis: Redis,
    private readonly db: Database,
    private readonly commands: MeetingCommands,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly timing: RedisPresenceTiming,
  ) {
    this.dueKey = redisKey(timing.namespace, 'presence', 'due');
    this.departures = new Departures(timing.graceMs);
    this.timer = setInterval(() => void this.heartbeat(), timing.heartbeatMs);
    this.timer.unref();
    // Redis keeps nothing on disk: after it restarts (and when this instance starts) the entries of
    // instances that died meanwhile are gone with no trace, so the database is checked once every
    // live instance had a heartbeat to write its entries back.
    redis.on('ready', () => this.scheduleReconcile());
  }

  listening(): void {
    this.scheduleReconcile();
  }

  private scheduleReconcile(): void {
    clearTimeout(this.reconcileTimer);
    this.reconcileTimer = setTimeout(() => void this.reconcile(), this.timing.ttlMs);
    this.reconcileTimer.unref();
  }

  /** Points the database shows CONNECTED that no instance holds: written LOST. */
  private async reconcile(): Promise<void> {
    try {
      for (const point of await connectedPoints(this.db)) {
        const id = point.connectionPointId;
        if (this.holders.has(id) || (await this.connected(id))) continue;
        this.sync(point, async () => undefined);
      }
    } catch (err) {
      this.logger.warn({ err }, 'presence reconcile failed');
    }
  }

  opened(attendee: Attendee, holder: object): void {
    if (this.stopped) return;
    const id = attendee.connectionPointId;
    let held = this.holders.get(id);
    if (!held) this.holders.set(id, (held = { attendee, open: new Set() }));
    held.open.add(holder);
    if (held.open.size === 1 && !this.departures.cancel(id)) this.sync(attendee, () => this.hold(attendee));
  }

  closed(attendee: Attendee, holder: object): void {
    if (this.stopped) return;
    const id = attendee.connectionPointId;
    const held = this.holders.get(id);
    if (!held?.open.delete(holder) || held.open.size > 0) return;
    const lastSeenAt = this.clock.now();
    this.departures.schedule(id, () => {
      this.holders.delete(id);
      this.sync(
        attendee,
        () => this.redis.zrem(this.holdersKey(id), this.instance).then(() => undefined),
        lastSeenAt,
      );
    });
  }

  async settled(): Promise<void> {
    while (this.writes.size > 0) await Promise.all(this.writes.values());
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.reconcileTimer);
    this.departures.clear();
    // Entries are not removed: a restarting instance's sites reconnect before they expire.
    this.redis.disconnect();
  }

  /** Per connection point: a sorted set of instance ids, scored by when their entry expires. */
  private holdersKey(connectionPointId: string): string {
    return redisKey(this.timing.namespace, 'presence', connectionPointId);
  }

  private expiry(): number {
    return this.clock.now().getTime() + this.timing.ttlMs;
  }

  private async hold(point: PointRef): Promise<void> {
    const expiry = this.expiry();
    await this.redis
      .multi()
      .zadd(this.holdersKey(point.connectionPointId), expiry, this.instance)
      .zadd(this.dueKey, 'GT', expiry, `${point.meetingId}/${point.connectionPointId}`)
      .exec();
  }

  /** Renews this instance's entries; one that Redis had lost (a restart) is written back and re-asserted. */
  private async heartbeat(): Promise<void> {
    try {
      const expiry = this.expiry();
      for (const { attendee } of this.holders.values()) {
        const { meetingId, connectionPointId } = attendee;
        const added = await this.redis.zadd(this.holdersKey(connectionPointId), expiry, this.instance);
        await this.redis.zadd(this.dueKey, 'GT', expiry, `${meetingId}/${connectionPointId}`);
        if (added === 1) this.sync(attendee, async () => undefined);
      }
      await this.sweep();
    } catch (err) {
      this.logger.warn({ err }, 'presence heartbeat failed');
    }
  }

  /** Sites whose every entry has expired (their instance died): written LOST. */
  private async sweep(): Promise<void> {
    const now = this.clock.now().getTime();
    const due = await this.redis.zrangebyscore(this.dueKey, '-inf', now);
    for (const member of due) {
      const [meetingId, connectionPointId] = member.split('/');
      await this.redis.zremrangebyscore(this.holdersKey(connectionPointId), '-inf', now);
      await this.redis.zrem(this.dueKey, member);
      this.sync({ connectionPointId, meetingId }, async () => undefined);
    }
  }

  private async connected(connectionPointId: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    return (await this.redis.zcount(this.holdersKey(connectionPointId), now, '+inf')) > 0;
  }

  /** Runs `change` on Redis, then writes the state Redis shows, chained per connection point. */
  private sync(point: PointRef, change: () => Promise<void>, lastSeenAt?: Date): void {
    const id = point.connectionPointId;
    const write = (this.writes.get(id) ?? Promise.resolve())
      .then(change)
      .then(() => writeConnectionState(this.commands, point, () => this.connected(id), lastSeenAt))
      .catch((err) => this.logger.warn({ err, connectionPointId: id }, 'connection state not written'))
      .finally(() => {
        if (this.writes.get(id) === write) this.writes.delete(id);
      });
    this.writes.set(id, write);
  }
}
