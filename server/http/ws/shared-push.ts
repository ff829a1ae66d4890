import type { Socket } from 'node:net';
import {
  ArgumentNode,
  createSourceEventStream,
  execute,
  ExecutionArgs,
  ExecutionResult,
  FormattedExecutionResult,
  Kind,
  OperationDefinitionNode,
  visit,
} from 'graphql';
import type { WebSocket } from 'ws';
import { liveScope } from '../../access/access';
import { Context } from '../../graphql/context';
import { Loaders } from '../../graphql/loaders';
import { ResultBudget } from '../../graphql/result-budget';
import { Slices } from '../../common/slices';
import { MeetingEvent } from '../../events/meeting-event';
import { DirectTaker, MeetingEventStream } from '../../live/event-stream';
import { Parked, PullIterator } from '../../live/pull-iterator';
import { dropSubscriber } from './socket-link';
import { directConnection, TextFrame } from './text-frame';

/**
 * A push executed once: its `next` message payload as JSON (`bytes`, UTF-8, encoded once for every
 * socket it goes to), or a result with errors (`errors`, bytes null); and the fields its execution
 * charged (result-budget.ts).
 */
type Push = {
  bytes: Buffer | null;
  errors: ExecutionResult | null;
  fields: number;
  /** The last message framed from it, and for which head: subscribers with the same id share it. */
  message?: { head: Buffer; frame: TextFrame };
};

/**
 * The `next` message of `push` (which has bytes) under `head`, framed. Clients that number their
 * operations alike (each screen's one subscription is "1") share a head (SharedPush.heads) and get
 * the very same frame: built once per push, not once per socket.
 */
function messageOf(push: Push & { bytes: Buffer }, head: Buffer): TextFrame {
  const kept = push.message;
  if (kept?.head === head) return kept.frame;
  const frame = new TextFrame(head, push.bytes, MESSAGE_END);
  push.message = { head, frame };
  return frame;
}

const MESSAGE_END = Buffer.from('}');

/** What a push costs besides its fields (its execution, JSON and frame), in fields, with a margin. */
const PUSH_FIELDS = 40;

/**
 * What is read from the log (a replay, a gap) comes at the subscriber's pace, not the meeting's: all
 * of it is one operation, whose pushes together may produce `maxFields` fields (each SQL statement
 * counted as STATEMENT_FIELDS, each push as PUSH_FIELDS more). Past that the subscriber is closed
 * with 4008 and resumes with afterSeq.
 */
class ReplayBudget {
  private fields = 0;

  constructor(private readonly maxFields: number) {}

  /** Counts `push`; false once the replay is over its budget. */
  spend(push: Push): boolean {
    this.fields += PUSH_FIELDS + push.fields;
    return this.maxFields === 0 || this.fields <= this.maxFields;
  }
}

/** Events (and snapshots) whose pushes are kept: a few per watched meeting is plenty. */
const KEPT_EVENTS = 512;

/**
 * Socket writes per turn of the event loop: ~15 µs each, so a slice is a few ms and a national
 * fan-out (3,000 screens) lets other meetings' commands and pushes through about a dozen times.
 */
const WRITES_PER_SLICE = 256;

/**
 * Told of each message written for one subscription (`delivered`, per delivery, so it must be cheap)
 * and of each push it executed for its group (`executed`: once per event and group, not per subscriber).
 */
export type SubscriptionMeter = { delivered(value: unknown): void; executed(): void; ended(): void };

/** Gives the meter of a new subscription of `kind` (its root field), for the metrics. */
export type SubscriptionMeters = { opened(kind: string): SubscriptionMeter };

/**
 * graphql-ws's `subscribe`: subscribers whose pushes are the same bytes — same document, variables
 * and authorization scope (access.liveScope) — get each event executed and serialized once. The
 * stock path runs `execute` and `JSON.stringify` per subscriber per event, which is most of the cost
 * of a fan-out. Where a stream starts (`afterSeq`) does not change the bytes of its live pushes:
 * screens that joined one after another, each with the seq it had then, share them (see groupsOf).
 *
 * The source stream is still one per subscriber (its replay, order and backpressure are its own);
 * only the execution is shared, through a cache keyed by the event and the subscribers' group.
 * A shared push goes to the socket as a graphql-transport-ws `next` message written here; a result
 * with errors goes back to graphql-ws, which formats it for that subscriber (or, from the FanOut
 * below, is formatted the same way and written here).
 *
 * A subscriber that is caught up takes its live events straight from its stream
 * (MeetingEventStream.deliverDirectly) into the FanOut, which writes each push to all of them in one
 * loop: no promise, iterator step or graphql-ws round per subscriber and event, which is what the
 * fan-out cost above the bare socket writes. Whatever is not caught up (a replay, a gap, a taker
 * that cannot now) goes through graphql-ws's pull as before, after what the FanOut holds for it.
 */
export class SharedPush {
  /** Per event, per group: the push, or its execution while it runs (the group waits for that one). */
  private readonly pushes = new Map<unknown, Map<string, Push | Promise<Push>>>();
  private readonly groupNames = new Shared((name) => name);
  private readonly heads = new Shared((id) =>
    Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`),
  );
  /** The pushes of the event asked for last: its subscribers ask one after another. */
  private last: { value: unknown; byGroup: Map<string, Push | Promise<Push>> } | null = null;
  /** Every subscription's writes, in slices: one fan-out never holds the event loop for long. */
  readonly slices = new Slices(WRITES_PER_SLICE);
  /** The live pushes of caught-up subscribers, written in order, in the same slices. */
  readonly fanOut = new FanOut(this.slices);

  constructor(
    private readonly meters: SubscriptionMeters,
    /** A result with errors as its subscriber receives it (graphql-ws's onNext does the same). */
    readonly delivered: (
      context: Context,
      result: ExecutionResult,
    ) => ExecutionResult | FormattedExecutionResult,
  ) {}

  readonly subscribe = async (
    args: ExecutionArgs,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterator(source)) return source as ExecutionResult;
    const context = args.contextValue as Context;
    const { socket, subscriptionId } = context;
    if (!socket || subscriptionId === undefined)
      throw new Error('SharedPush serves graphql-ws subscriptions only');
    const operation = operationOf(args);
    const named = groupsOf(args, operation, context);
    const pushes = new SocketPushes(source, this, {
      context,
      socket,
      args,
      liveGroup: this.groupNames.of(named.live),
      replayGroup: this.groupNames.of(named.replay),
      head: this.heads.of(subscriptionId),
      connection: directConnection(socket),
      replay: new ReplayBudget(context.services.config.limits.result.fields),
      meter: this.meters.opened(rootFieldOf(operation)),
    });
    if (source instanceof MeetingEventStream) source.deliverDirectly(pushes);
    return pushes;
  };

  /** The push of `value` for `group`: executed by the first subscriber of the group that needs it. */
  push(value: unknown, group: string, args: ExecutionArgs, meter: SubscriptionMeter): Push | Promise<Push> {
    const last = this.last;
    const byGroup = last !== null && last.value === value ? last.byGroup : this.pushesOf(value);
    const kept = byGroup.get(group);
    if (kept !== undefined) return kept;
    // Each push is a request of its own: nothing loaded for an earlier one is reused.
    const parent = args.contextValue as Context;
    const budget = new ResultBudget(parent.services.config.limits.result);
    const contextValue: Context = {
      ...parent,
      loaders: new Loaders(parent.services, parent.actor, budget),
      budget,
    };
    meter.executed();
    const result = execute({ ...args, rootValue: value, contextValue });
    const settle = (executed: ExecutionResult): Push => {
      const payload = budget.serialized(executed);
      // Only the bytes are kept: the JSON text beside them would double what each kept push holds.
      const push =
        typeof payload === 'string'
          ? { bytes: Buffer.from(payload), errors: null, fields: budget.spent }
          : { bytes: null, errors: payload, fields: budget.spent };
      byGroup.set(group, push);
      return push;
    };
    if (!isPromise(result)) return settle(result);
    const pending = result.then(settle);
    byGroup.set(group, pending);
    return pending;
  }

  private pushesOf(value: unknown): Map<string, Push | Promise<Push>> {
    const key = value instanceof MeetingEvent ? `${value.meetingId}:${value.seq}` : value;
    let byGroup = this.pushes.get(key);
    if (!byGroup) {
      if (this.pushes.size >= KEPT_EVENTS) this.pushes.delete(this.pushes.keys().next().value);
      this.pushes.set(key, (byGroup = new Map()));
    }
    this.last = { value, byGroup };
    return byGroup;
  }
}

/** Most group names (and message heads) kept; past it they are forgotten, which costs only sharing. */
const KEPT_SHARED = 10_000;

/**
 * One value per key, shared by every subscriber that has that key: a group's name (its lookup on
 * each push then compares one pointer, not a document's text) or a message head (an operation id
 * that many screens use alike), so thousands of screens do not each hold a copy.
 */
class Shared<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly make: (key: string) => T) {}

  of(key: string): T {
    const kept = this.values.get(key);
    if (kept !== undefined) return kept;
    if (this.values.size >= KEPT_SHARED) this.values.clear();
    const value = this.make(key);
    this.values.set(key, value);
    return value;
  }
}

/** What a subscription's pushes need of it: one object, not a closure per need. */
type Subscriber = {
  context: Context;
  socket: WebSocket;
  args: ExecutionArgs;
  /** Its groups' names (live pushes, and those read from the log), shared (SharedPush.groupNames). */
  liveGroup: string;
  replayGroup: string;
  /** The head of its `next` messages, shared (SharedPush.heads). */
  head: Buffer;
  connection: ReturnType<typeof directConnection>;
  replay: ReplayBudget;
  meter: SubscriptionMeter;
};

/** One push going out to the caught-up subscribers that took its event, in the order they took it. */
type Batch = { push: Push | Promise<Push>; value: unknown; to: SocketPushes[] };

/**
 * The writes of live pushes to caught-up subscribers: one loop per push over its subscribers, no
 * promise or iterator step per subscriber; a push executed once waits once, not once per socket.
 * Batches go out first come, first served, so each subscriber's pushes keep their order.
 */
class FanOut {
  private readonly batches: Batch[] = [];
  private running = false;

  constructor(private readonly slices: Slices) {}

  add(push: Push | Promise<Push>, value: unknown, to: SocketPushes): void {
    const last = this.batches.at(-1);
    if (last?.push === push) last.to.push(to);
    else this.batches.push({ push, value, to: [to] });
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.batches.length > 0) {
      const { push, value, to } = this.batches[0];
      let settled: Push | null = null;
      try {
        settled = isPromise(push) ? await push : push;
      } catch {
        // An execution that failed: its subscribers are dropped below, as `next` would end them.
      }
      for (let i = 0; i < to.length; i++) {
        const turn = this.slices.turn();
        if (turn) await turn;
        to[i].written(settled, value);
      }
      this.batches.shift();
    }
    this.running = false;
  }
}

/**
 * What graphql-ws iterates for one subscription: shared pushes are written to the socket as they
 * come and never handed over; only a result with errors is. Ending it (client `complete`, socket
 * closed) ends the source stream. While it is caught up, its live events come by `direct` and go
 * out through the FanOut; graphql-ws's pending `next` is answered only when something is not written
 * here. Meanwhile it waits parked on its source (PullIterator.park): an idle subscriber holds a
 * promise and its resolvers, no suspended call.
 */
class SocketPushes implements AsyncIterableIterator<ExecutionResult>, Parked, DirectTaker {
  private ended = false;
  /** Live pushes taken by `direct` and not yet written. */
  private pending = 0;
  private whenWritten: (() => void) | null = null;
  /** graphql-ws's pending `next`. */
  private answer: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  private fail: ((error: unknown) => void) | null = null;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly shared: SharedPush,
    private readonly subscriber: Subscriber,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    return new Promise((resolve, reject) => {
      this.answer = resolve;
      this.fail = reject;
      this.resume();
    });
  }

  /** Writes what the source has until graphql-ws's `next` must be answered, or the source is idle. */
  resume(): void {
    this.pump().then(
      (result) => result && this.answer?.(result),
      (err: unknown) => this.fail?.(err),
    );
  }

  /** The answer to graphql-ws's `next`, or null when parked on an idle source (resume goes on). */
  private async pump(): Promise<IteratorResult<ExecutionResult> | null> {
    for (;;) {
      const { source } = this;
      if (source instanceof PullIterator && source.idle) {
        source.park(this);
        return null;
      }
      const item = await source.next();
      if (item.done) return this.end();
      // What `direct` took came before: it goes out first.
      if (this.pending > 0) await new Promise<void>((resolve) => (this.whenWritten = resolve));
      if (this.ended) return this.end();
      const replayed = this.fromLog();
      const pushed = this.push(item.value, !replayed);
      const push = isPromise(pushed) ? await pushed : pushed;
      if (!this.allowed(push, replayed)) return this.return();
      if (!hasBytes(push)) return { value: push.errors!, done: false };
      // A replay's pushes after its first in this turn join its corked write (corkForTurn): they
      // cost no write of their own, so they take no turn of their own either.
      const turn = replayed && this.corked() ? undefined : this.shared.slices.turn();
      if (turn) {
        await turn;
        // Completed while it waited for its slice: nothing more goes out under its id.
        if (this.ended) return this.end();
      }
      this.write(push, item.value, replayed);
    }
  }

  /** A live event that follows on, taken straight from the stream (MeetingEventStream.deliverDirectly). */
  direct(event: MeetingEvent): boolean {
    if (this.ended) return false;
    let push: Push | Promise<Push>;
    try {
      push = this.push(event, true);
    } catch {
      return false; // `next` meets the failure again and ends the subscription with it, as ever
    }
    this.pending++;
    this.shared.fanOut.add(push, event, this);
    return true;
  }

  /** Its turn in the FanOut came for `push` (null: its execution failed). */
  written(push: Push | null, value: unknown): void {
    this.pending--;
    if (!this.ended) {
      // A result with errors goes out formatted as graphql-ws would; an execution that threw ends
      // the subscriber (4008), which resumes with afterSeq.
      if (push === null) this.drop();
      else if (hasBytes(push)) this.write(push, value);
      else this.writeErrors(push.errors!);
    }
    if (this.pending === 0 && this.whenWritten) {
      const resolve = this.whenWritten;
      this.whenWritten = null;
      resolve();
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return this.end();
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    this.end();
    throw error;
  }

  /** Whether this socket's writes are held (corkForTurn) until this turn is over. */
  private corked(): boolean {
    const { connection } = this.subscriber;
    return connection !== null && connection.writableCorked > 0;
  }

  private fromLog(): boolean {
    return this.source instanceof MeetingEventStream && this.source.fromLog;
  }

  private push(value: unknown, live: boolean): Push | Promise<Push> {
    const { liveGroup, replayGroup, args, meter } = this.subscriber;
    return this.shared.push(value, live ? liveGroup : replayGroup, args, meter);
  }

  /** Writes `push`; `replayed`: read from the log, one of a replay's pushes. */
  private write(push: Push & { bytes: Buffer }, value: unknown, replayed = false): void {
    const { socket, head, connection, meter } = this.subscriber;
    if (socket.readyState !== socket.OPEN) return;
    // A replay's pushes come one after another: written together, one write for the lot.
    if (connection && replayed) corkForTurn(connection);
    // Framed once (a text frame, as graphql-transport-ws requires), not joined, encoded and framed
    // again for each socket.
    messageOf(push, head).writeTo(socket, connection);
    meter.delivered(value);
  }

  /** Whether `push` may go out: what is read from the log is held to its budget (else: dropped). */
  private allowed(push: Push, replayed: boolean): boolean {
    if (!replayed || this.subscriber.replay.spend(push)) return true;
    this.drop();
    return false;
  }

  /** Writes a result with errors, formatted for this subscriber. */
  private writeErrors(result: ExecutionResult): void {
    const { socket, context } = this.subscriber;
    if (socket.readyState !== socket.OPEN) return;
    const payload = JSON.stringify(this.shared.delivered(context, result));
    socket.send(`{"id":${JSON.stringify(context.subscriptionId)},"type":"next","payload":${payload}}`);
  }

  private drop(): void {
    dropSubscriber(this.subscriber.socket);
  }

  private end(): IteratorResult<ExecutionResult> {
    if (!this.ended) this.subscriber.meter.ended();
    this.ended = true;
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

function operationOf(args: ExecutionArgs): OperationDefinitionNode | undefined {
  return args.document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName),
  );
}

/** A subscription's kind: its one root field (meetingEvents, meetingLive). */
function rootFieldOf(operation: OperationDefinitionNode | undefined): string {
  const field = operation?.selectionSet.selections[0];
  return field?.kind === Kind.FIELD ? field.name.value : 'unknown';
}

/**
 * Subscribers with the same group get the same bytes: same operation, variables and scope. A live
 * push leaves out the variables that only say where the stream starts (`startVariables`); a push read
 * from the log (a replay, a gap) is keyed by all of them, so a replay stays its subscriber's own.
 */
function groupsOf(
  args: ExecutionArgs,
  operation: OperationDefinitionNode | undefined,
  context: Context,
): { live: string; replay: string } {
  const variables = args.variableValues ?? {};
  const key = (values: Record<string, unknown>) =>
    [
      args.document.loc?.source.body ?? JSON.stringify(args.document),
      operation?.name?.value ?? '',
      JSON.stringify(values),
      liveScope(context.actor),
    ].join('\u0000');
  const replay = key(variables);
  const start = operation ? startVariables(operation, args) : [];
  if (!start.some((name) => name in variables)) return { live: replay, replay };
  const live = Object.fromEntries(Object.entries(variables).filter(([name]) => !start.includes(name)));
  return { live: key(live), replay };
}

const startVariablesOf = new WeakMap<OperationDefinitionNode, readonly string[]>();

/**
 * The variables that only say where a subscriber's stream starts: the root field's `afterSeq`
 * (meetingEvents), when its variable is used nowhere else in the document. It decides which events
 * the stream gives, never the bytes of a push (the field's resolver gives the event as it is).
 * Kept per parsed operation: the operations' LRU (operations.ts) hands out the same node.
 */
function startVariables(operation: OperationDefinitionNode, args: ExecutionArgs): readonly string[] {
  let names = startVariablesOf.get(operation);
  if (names) return names;
  const root = operation.selectionSet.selections[0];
  const start: ArgumentNode | undefined =
    root?.kind === Kind.FIELD ? root.arguments?.find((a) => a.name.value === 'afterSeq') : undefined;
  names = [];
  if (start?.value.kind === Kind.VARIABLE) {
    const name = start.value.name.value;
    let usedElsewhere = false;
    visit(args.document, {
      VariableDefinition: () => false,
      Argument: (node) => (node === start ? false : undefined),
      Variable: (node) => void (usedElsewhere ||= node.name.value === name),
    });
    if (!usedElsewhere) names = [name];
  }
  startVariablesOf.set(operation, names);
  return names;
}

/**
 * Holds `connection`'s writes until what runs now (this turn's promise continuations) is done, then
 * writes them at once: a resumed screen's replay is one system call, not one per event; in a
 * reconnect storm that is thousands fewer.
 */
function corkForTurn(connection: Socket): void {
  if (connection.writableCorked > 0) return;
  connection.cork();
  process.nextTick(() => connection.uncork());
}

function isAsyncIterator(v: object): v is AsyncIterator<unknown> {
  return typeof (v as AsyncIterator<unknown>).next === 'function';
}

function hasBytes(push: Push): push is Push & { bytes: Buffer } {
  return push.bytes !== null;
}

function isPromise<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof (v as Promise<T>)?.then === 'function';
}
