import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Actor, SiteActor } from '../auth/actor';
import type { Logger } from '../common/logger';
import { Clock } from '../common/clock';
import { MeetingCommands } from '../events/meeting-commands';
import { Database } from '../db/database';
import { ConnectionPoint, ConnectionState } from '../connection-points/connection-point.entity';
import { Departures, Presence, writeConnectionState } from './presence';
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
  /** Per connection point held here, its open sockets; kept (and renewed) while a departure is pending. */
  private readonly sockets = new Map<string, { site: SiteActor; open: Set<object> }>();
  private readonly writes = new Map<string, Promise<void>>();
  private readonly departures: Departures;
  private readonly timer: NodeJS.Timeout;
  private reconcileTimer?: NodeJS.Timeout;
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
    this.scheduleReconcile();
    redis.on('ready', () => this.scheduleReconcile());
  }

  private scheduleReconcile(): void {
    clearTimeout(this.reconcileTimer);
    this.reconcileTimer = setTimeout(() => void this.reconcile(), this.timing.ttlMs);
    this.reconcileTimer.unref();
  }

  /** Sites the database shows CONNECTED that no instance holds: written LOST. */
  private async reconcile(): Promise<void> {
    try {
      const shown = await this.db.read((m) =>
        m.find(ConnectionPoint, {
          where: { connectionState: ConnectionState.CONNECTED },
          select: { id: true, meetingId: true },
        }),
      );
      for (const cp of shown) {
        if (this.sockets.has(cp.id) || (await this.connected(cp.id))) continue;
        this.sync(
          { connectionPointId: cp.id, meetingId: cp.meetingId } as SiteActor,
          async () => undefined,
          true,
        );
      }
    } catch (err) {
      this.logger.warn({ err }, 'presence reconcile failed');
    }
  }

  opened(actor: Actor, socket: object): void {
    if (actor.kind !== 'site') return;
    let held = this.sockets.get(actor.connectionPointId);
    if (!held) this.sockets.set(actor.connectionPointId, (held = { site: actor, open: new Set() }));
    held.open.add(socket);
    if (held.open.size === 1 && !this.departures.cancel(actor.connectionPointId))
      this.sync(actor, () => this.hold(actor));
  }

  closed(actor: Actor, socket: object): void {
    if (actor.kind !== 'site') return;
    const id = actor.connectionPointId;
    const held = this.sockets.get(id);
    if (!held?.open.delete(socket) || held.open.size > 0) return;
    const lastSeenAt = this.clock.now();
    this.departures.schedule(id, () => {
      this.sockets.delete(id);
      this.sync(
        actor,
        () => this.redis.zrem(this.holdersKey(id), this.instance).then(() => undefined),
        false,
        lastSeenAt,
      );
    });
  }

  async settled(): Promise<void> {
    while (this.writes.size > 0) await Promise.all(this.writes.values());
  }

  async close(): Promise<void> {
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

  private async hold(site: SiteActor): Promise<void> {
    const expiry = this.expiry();
    await this.redis
      .multi()
      .zadd(this.holdersKey(site.connectionPointId), expiry, this.instance)
      .zadd(this.dueKey, 'GT', expiry, `${site.meetingId}/${site.connectionPointId}`)
      .exec();
  }

  /** Renews this instance's entries; one that Redis had lost (a restart) is written back and re-asserted. */
  private async heartbeat(): Promise<void> {
    try {
      const expiry = this.expiry();
      for (const { site } of this.sockets.values()) {
        const added = await this.redis.zadd(this.holdersKey(site.connectionPointId), expiry, this.instance);
        await this.redis.zadd(this.dueKey, 'GT', expiry, `${site.meetingId}/${site.connectionPointId}`);
        if (added === 1) this.sync(site, async () => undefined);
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
      this.sync({ connectionPointId, meetingId } as SiteActor, async () => undefined, true);
    }
  }

  private async connected(connectionPointId: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    return (await this.redis.zcount(this.holdersKey(connectionPointId), now, '+inf')) > 0;
  }

  /** Runs `change` on Redis, then writes the state Redis shows, chained per connection point. */
  private sync(site: SiteActor, change: () => Promise<void>, bySystem = false, lastSeenAt?: Date): void {
    const id = site.connectionPointId;
    const write = (this.writes.get(id) ?? Promise.resolve())
      .then(change)
      .then(() => this.write(site, bySystem, lastSeenAt))
      .catch((err) => this.logger.warn({ err, connectionPointId: id }, 'connection state not written'))
      .finally(() => {
        if (this.writes.get(id) === write) this.writes.delete(id);
      });
    this.writes.set(id, write);
  }

  private write(site: SiteActor, bySystem: boolean, lastSeenAt?: Date): Promise<void> {
    const target = bySystem ? { meetingId: site.meetingId, connectionPointId: site.connectionPointId } : site;
    return writeConnectionState(
      this.commands,
      target,
      () => this.connected(site.connectionPointId),
      lastSeenAt,
    );
  }
}
