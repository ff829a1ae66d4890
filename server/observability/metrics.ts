import { performance } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Metric, Registry } from 'prom-client';
import { EventBus, EventListener } from '../events/event-bus';
import { MeetingEvent } from '../events/meeting-event';
import type { SubscriptionMeter, SubscriptionMeters } from '../http/ws/shared-push';
import { SOCKET_CLOSES } from '../../client-sdk/src/close-codes';
import { FastHistogram } from './fast-histogram';

/** Close codes counted by name (the server's, and a normal or vanished client); any other is "other". */
const KNOWN_CLOSE_CODES = new Set([1000, 1006, 1011, ...Object.values(SOCKET_CLOSES).map((c) => c.code)]);

/** Commit → socket write, in seconds: a change reaches a screen in tens of ms, a national fan-out in 100s. */
const DELIVERY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Read at scrape time from the parts of the server that keep their own counts. */
export type MetricSources = {
  openSockets(): number;
  rateLimitRefusals(): Record<string, number>;
  upgradeRefusals(): Record<string, number>;
  /** Sites of LIVE and PAUSED meetings, by connection state. */
  siteStates(): Promise<Record<string, number>>;
  /** Per part ('database', 'redis'): whether it answers. */
  health(): Promise<Record<string, boolean>>;
};

/**
 * The server's Prometheus metrics, one registry per server. What happens per delivery is counted in
 * plain numbers (no allocation, no label lookup) and handed to prom-client when scraped; what is
 * rarer (a mutation, a closed socket) goes to prom-client directly.
 */
export class ServerMetrics implements SubscriptionMeters {
  readonly registry = new Registry();
  private readonly kinds = new Map<string, KindMeter>();
  private readonly latency = new FastHistogram(
    'diemcau_delivery_latency_seconds',
    'meetingEvents: from the commit of an event on this instance to its write on a subscriber socket',
    DELIVERY_BUCKETS,
  );
  /** When each event published here was committed (performance.now()): the start of its latency. */
  private readonly committedAt = new WeakMap<MeetingEvent, number>();
  private eventsCommitted = 0;
  /** The bus metered (meter): the meetings it watches are read from it when scraped. */
  private bus: EventBus | null = null;
  private readonly closes: Counter<'code'>;
  private readonly connections: Counter;
  private readonly mutations: Histogram<'mutation' | 'outcome'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.registry.registerMetric(this.latency as unknown as Metric);
    const kinds = this.kinds;
    const committed = () => this.eventsCommitted;
    const watchedMeetings = () => this.bus?.watchedMeetings() ?? 0;
    new Gauge({
      name: 'diemcau_websocket_connections',
      help: 'WebSockets open on this instance',
      registers,
      collect() {
        this.set(sources.openSockets());
      },
    });
    this.connections = new Counter({
      name: 'diemcau_websocket_connections_total',
      help: 'WebSockets accepted since start',
      registers,
    });
    this.closes = new Counter({
      name: 'diemcau_websocket_closes_total',
      help: 'WebSockets closed, by close code (4008 fell behind, 4403 forbidden/revoked/expired, 1001 shutdown …)',
      labelNames: ['code'],
      registers,
    });
    new Gauge({
      name: 'diemcau_subscriptions',
      help: 'Subscriptions running on this instance, by kind (root field)',
      labelNames: ['kind'],
      registers,
      collect() {
        for (const [kind, meter] of kinds) this.set({ kind }, meter.active);
      },
    });
    new Counter({
      name: 'diemcau_deliveries_total',
      help: 'Messages written to subscriber sockets, by subscription kind',
      labelNames: ['kind'],
      registers,
      collect() {
        setCounts(
          this,
          [...kinds].map(([kind, meter]) => [{ kind }, meter.deliveries]),
        );
      },
    });
    new Counter({
      name: 'diemcau_push_executions_total',
      help: 'Pushes executed for subscribers (one per event and group of subscribers that get the same bytes), by subscription kind',
      labelNames: ['kind'],
      registers,
      collect() {
        setCounts(
          this,
          [...kinds].map(([kind, meter]) => [{ kind }, meter.executions]),
        );
      },
    });
    new Gauge({
      name: 'diemcau_meetings_watched',
      help: 'Meetings with at least one listener (subscription, site socket) on this instance',
      registers,
      collect() {
        this.set(watchedMeetings());
      },
    });
    new Counter({
      name: 'diemcau_events_committed_total',
      help: 'Meeting events committed by commands on this instance',
      registers,
      collect() {
        setCounts(this, [[{}, committed()]]);
      },
    });
    this.mutations = new Histogram({
      name: 'diemcau_mutation_duration_seconds',
      help: 'Mutations from request to answer (rate limit, authentication, transaction), by mutation and outcome (ok or the error code)',
      labelNames: ['mutation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    new Counter({
      name: 'diemcau_rate_limit_refusals_total',
      help: 'Mutations refused with RATE_LIMITED, by budget (user, site, public = sign-in and other mutations without a token)',
      labelNames: ['budget'],
      registers,
      collect() {
        setCounts(
          this,
          Object.entries(sources.rateLimitRefusals()).map(([budget, n]) => [{ budget }, n]),
        );
      },
    });
    new Counter({
      name: 'diemcau_websocket_upgrades_refused_total',
      help: 'WebSocket upgrades refused, by reason (origin: 403, per_ip: 429)',
      labelNames: ['reason'],
      registers,
      collect() {
        const refused = sources.upgradeRefusals();
        setCounts(this, [
          [{ reason: 'origin' }, refused.origin],
          [{ reason: 'per_ip' }, refused.perIp],
        ]);
      },
    });
    new Gauge({
      name: 'diemcau_sites',
      help: 'Sites of LIVE and PAUSED meetings, by connection state (CONNECTED, LOST, NEVER_JOINED)',
      labelNames: ['state'],
      registers,
      async collect() {
        this.reset();
        const states = await sources.siteStates().catch(() => ({}));
        for (const [state, n] of Object.entries(states)) this.set({ state }, n);
      },
    });
    new Gauge({
      name: 'diemcau_up',
      help: 'Whether a part the requests need answers (1) or not (0): database, and redis when configured',
      labelNames: ['part'],
      registers,
      async collect() {
        for (const [part, up] of Object.entries(await sources.health())) this.set({ part }, up ? 1 : 0);
      },
    });
  }

  /** The bus the services use: stamps each event with its commit time, counts them and the meetings watched. */
  meter(bus: EventBus): EventBus {
    this.bus = bus;
    return {
      publish: (events) => {
        const now = performance.now();
        for (const event of events) this.committedAt.set(event, now);
        this.eventsCommitted += events.length;
        bus.publish(events);
      },
      recent: (meetingId: string) => bus.recent(meetingId),
      // Not wrapped: every subscriber listens, and the count of meetings is the bus's own.
      subscribe: (meetingId: string, listener: EventListener) => bus.subscribe(meetingId, listener),
      watchedMeetings: () => bus.watchedMeetings(),
      close: () => bus.close(),
    };
  }

  /** SharedPush's meter of a new subscription: one shared object per kind. */
  opened(kind: string): SubscriptionMeter {
    let meter = this.kinds.get(kind);
    if (!meter) this.kinds.set(kind, (meter = new KindMeter(this.committedAt, this.latency)));
    meter.active++;
    return meter;
  }

  socketOpened(): void {
    this.connections.inc();
  }

  socketClosed(code: number): void {
    this.closes.inc({ code: KNOWN_CLOSE_CODES.has(code) ? String(code) : 'other' });
  }

  /** A timer for one mutation; call the result with its outcome. */
  mutationStarted(mutation: string): (outcome: string) => void {
    const end = this.mutations.startTimer({ mutation });
    return (outcome) => end({ outcome });
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** The subscriptions of one kind: how many run, how many messages they were sent, how late, how many executions. */
class KindMeter implements SubscriptionMeter {
  active = 0;
  deliveries = 0;
  executions = 0;

  constructor(
    private readonly committedAt: WeakMap<MeetingEvent, number>,
    private readonly latency: FastHistogram,
  ) {}

  delivered(value: unknown): void {
    this.deliveries++;
    // Only events committed here and delivered live; a replay from the log is not a latency.
    const committed = this.committedAt.get(value as MeetingEvent);
    if (committed !== undefined) this.latency.observe((performance.now() - committed) / 1000);
  }

  executed(): void {
    this.executions++;
  }

  ended(): void {
    this.active--;
  }
}

/** A counter kept elsewhere as plain numbers, set to them at scrape time. */
function setCounts(counter: Counter<string>, counts: [Record<string, string>, number][]): void {
  counter.reset();
  for (const [labels, value] of counts) counter.inc(labels, value);
}
