import {
  Client,
  ConclusionFieldsFragment,
  DiemcauError,
  FollowedMeetingDocument,
  FollowedMeetingQuery,
  isDiemcauError,
  LiveMeeting,
  MeetingConclusionDocument,
  MeetingEvent,
  MeetingEventsDocument,
  MeetingLiveDocument,
  ParticipantFieldsFragment,
  ServerTimeDocument,
} from '@diemcau/client';
import { apiClient } from '../api';

type FollowedMeeting = NonNullable<FollowedMeetingQuery['meeting']>;
export type Conclusion = ConclusionFieldsFragment;
export type Province = { id: string; name: string };
/** Measured again now and then: a PC's clock drifts over a long meeting. */
const CLOCK_CHECK_MS = 5 * 60_000;
/** Who follows a meeting: a site (its access code's token) or a host (a user's token). */
export type FeedSession = { token: string; meetingId: string };

/** Everything a meeting's screens show; replaced (never mutated) on each change. */
export type FeedState = {
  live: LiveMeeting | null;
  /**
   * The server's clock minus this PC's, measured with the serverTime query (a snapshot's serverTime
   * is when it was built, which a screen joining later receives as it was): timers follow the server.
   */
  clockOffsetMs: number;
  participants: ParticipantFieldsFragment[];
  conclusion: Conclusion | null;
  /** Each connection point's province (its unit, or the unit's parent for a district). */
  provinceOf: ReadonlyMap<string, Province>;
  /** Each connection point's unit. */
  unitOf: ReadonlyMap<string, Province>;
  /** False from a dropped socket until the screen is caught up again. */
  connected: boolean;
  /** When the connection was lost (this PC's clock): the board stays as it was then. */
  lostAt: number | null;
  /** What ended the feed for good (a revoked code, an unknown meeting). */
  fatal: DiemcauError | null;
};

/**
 * A screen's view of a meeting: meetingLive for what happens now, and meetingEvents (from the seq of
 * the first read) for the delegates and the conclusion. Both resume from their last seq after a drop,
 * so nothing is lost or doubled; the browser's `online` event reconnects at once instead of waiting.
 */
export class MeetingFeed<S extends FeedSession = FeedSession> {
  readonly client: Client;
  private state: FeedState = {
    live: null,
    clockOffsetMs: 0,
    participants: [],
    conclusion: null,
    provinceOf: new Map(),
    unitOf: new Map(),
    connected: false,
    lostAt: null,
    fatal: null,
  };
  private readonly listeners = new Set<(state: FeedState) => void>();
  private run = new AbortController();
  private lastEventSeq = 0;
  /** Reads of the conclusion started: only the newest one is shown. */
  private conclusionReads = 0;
  /** meetingEvents starts once the first read gave its seq. */
  private eventsFollowed = false;
  private stopped = false;
  private clockTimer: ReturnType<typeof setInterval> | undefined;

  /**
   * `readsDirectives`: the console shows the directives with what only the server knows of them now
   * (the assignee unit, overdue), so it reads them again on each directive event; a site screen, one of
   * hundreds, shows the conclusion only, from the events themselves.
   */
  constructor(
    readonly session: S,
    private readonly readsDirectives = false,
  ) {
    this.client = apiClient(session.token, () => this.lost());
    window.addEventListener('online', this.reconnectNow);
  }

  get current(): FeedState {
    return this.state;
  }

  subscribe(listener: (state: FeedState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The board from meetingLive at once; then the delegates and the conclusion. */
  async start(): Promise<void> {
    this.followLive();
    void this.measureClock();
    this.clockTimer = setInterval(() => void this.measureClock(), CLOCK_CHECK_MS);
    // The heavier read waits for the board's first snapshot, so as not to slow it down.
    await new Promise<void>((resolve) => {
      const unsubscribe = this.subscribe((state) => {
        if (!state.live && !state.fatal) return;
        unsubscribe();
        resolve();
      });
    });
    if (this.state.fatal) return;
    try {
      const { meeting } = await this.client.request(FollowedMeetingDocument, { id: this.session.meetingId });
      if (!meeting) throw new DiemcauError('NOT_FOUND', 'Meeting not found');
      this.lastEventSeq = meeting.lastEventSeq;
      this.set({
        participants: meeting.participants,
        provinceOf: provinces(meeting.connectionPoints),
        unitOf: new Map(meeting.connectionPoints.map(({ id, unit }) => [id, unit])),
      });
      // Read apart, and only once there is one: without it the snapshot every site asks for when it
      // joins is the same for all and follows the event log alone, so the server keeps its answer.
      if (this.state.live?.conclusion) void this.readConclusion();
    } catch (e) {
      return this.failed(e);
    }
    this.eventsFollowed = true;
    this.followEvents();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.clockTimer);
    window.removeEventListener('online', this.reconnectNow);
    this.run.abort();
    void this.client.close();
  }

  private readonly onLive = (live: LiveMeeting) => {
    // Back after a drop (or a sleeping PC): the clock is measured again.
    if (this.state.lostAt !== null) void this.measureClock();
    this.set({ live, connected: true, lostAt: null });
  };

  /** The half-way point of the serverTime query's round trip is taken as when the server read its clock. */
  private async measureClock(): Promise<void> {
    try {
      const sent = Date.now();
      const { serverTime } = await this.client.request(ServerTimeDocument);
      this.set({ clockOffsetMs: Date.parse(serverTime) - (sent + Date.now()) / 2 });
    } catch {
      // Measured again on the next reconnect or check; the last offset stays meanwhile.
    }
  }

  private followLive(): void {
    void this.consume(
      this.client.meetingLive(
        MeetingLiveDocument,
        { meetingId: this.session.meetingId },
        { signal: this.run.signal },
      ),
      this.onLive,
    );
  }

  private followEvents(): void {
    const { signal } = this.run;
    void this.consume(
      this.client.meetingEvents(
        MeetingEventsDocument,
        { meetingId: this.session.meetingId, afterSeq: this.lastEventSeq },
        { signal },
      ),
      (e) => this.apply(e),
    );
  }

  private async consume<T>(source: AsyncIterable<T>, each: (value: T) => void): Promise<void> {
    try {
      for await (const value of source) each(value);
    } catch (e) {
      if (!this.stopped) this.failed(e);
    }
  }

  /** Back online: drop the waiting attempts and resubscribe from the last seqs now. */
  private readonly reconnectNow = () => {
    if (this.state.connected || this.stopped) return;
    this.run.abort();
    this.run = new AbortController();
    this.followLive();
    if (this.eventsFollowed) this.followEvents();
  };

  private lost(): void {
    if (this.state.connected) this.set({ connected: false, lostAt: Date.now() });
  }

  private apply(event: MeetingEvent): void {
    this.lastEventSeq = event.seq;
    const { subject } = event;
    if (subject.__typename === 'ParticipantSnapshot') {
      const { participantId: id, ...fields } = subject;
      const delegate = { ...fields, __typename: 'Participant' as const, id };
      const { participants } = this.state;
      this.set({
        participants:
          event.type === 'PARTICIPANT_REMOVED'
            ? participants.filter((p) => p.id !== id)
            : participants.some((p) => p.id === id)
              ? participants.map((p) => (p.id === id ? delegate : p))
              : [...participants, delegate],
      });
    } else if (subject.__typename === 'ConclusionSnapshot') {
      // The snapshot holds every field of the conclusion but its directives, which it keeps.
      const { conclusionId: id, ...fields } = subject;
      const directives = this.state.conclusion?.directives ?? [];
      this.set({ conclusion: { ...fields, id, directives } });
    } else if (subject.__typename === 'DirectiveSnapshot' && this.readsDirectives) {
      void this.readConclusion();
    }
  }

  /**
   * The conclusion with its directives as they are now: a directive's snapshot holds what was stored
   * at its seq, not what the console shows of it (the assignee unit, overdue). The newest read wins.
   */
  private async readConclusion(): Promise<void> {
    const read = ++this.conclusionReads;
    try {
      const { meeting } = await this.client.request(MeetingConclusionDocument, {
        id: this.session.meetingId,
      });
      if (read === this.conclusionReads && meeting) this.set({ conclusion: meeting.conclusion ?? null });
    } catch {
      // Read again with the next change of the conclusion; the screen keeps what it has meanwhile.
    }
  }

  private failed(e: unknown): void {
    const error = isDiemcauError(e) ? e : new DiemcauError('NETWORK_ERROR', String(e));
    this.set({ fatal: error });
  }

  private set(change: Partial<FeedState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }
}

function provinces(points: FollowedMeeting['connectionPoints']): Map<string, Province> {
  return new Map(
    points.map(({ id, unit }) => {
      const province = unit.level === 'DISTRICT' && unit.parent ? unit.parent : unit;
      return [id, { id: province.id, name: province.name }];
    }),
  );
}
