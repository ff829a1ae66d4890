/**
 * Runs a seeded meeting live through the SDK, as its users would: the sites join with access codes,
 * follow the meeting (meetingEvents and meetingLive), check in their delegates and raise hands; the
 * host opens, runs each agenda item by its kind, questions a district unit, concludes with directives,
 * ends the meeting and publishes the notice. Used by `npm run demo` and by the SDK's tests.
 */
import WebSocket from 'ws';
import {
  AgendaItemFieldsFragment,
  Client,
  createClient,
  LiveMeeting,
  MeetingDetailDocument,
  MeetingDetailFieldsFragment,
  MeetingEvent,
  MeetingEventsDocument,
  MeetingLiveDocument,
  SpeechKind,
} from '../../client-sdk/src';
import { OperationsClient, withOperations } from '../../client-sdk/src/operations';

export type Endpoint = { url: string };

/** A remote site: its own SDK client (site token) following the meeting. */
export type Site = {
  connectionPointId: string;
  name: string;
  unitId: string;
  client: OperationsClient;
  /** Every event it received, in the order received. */
  events: MeetingEvent[];
  /** The newest LiveMeeting it received. */
  live: LiveMeeting | null;
};

export type RunOptions = {
  /** How long a simulated speech lasts, in real milliseconds. */
  speechMs: number;
  /** Called after each step (`after <KIND>`); the restart test restarts the server there. */
  checkpoint?: (step: string) => Promise<void>;
  /** Directive tasks of the conclusion (the scenario's, or defaults). */
  directives?: string[];
  noticeNumber?: string;
};

const DELEGATES = ['Nguyễn Văn Hùng', 'Trần Thị Hương', 'Lê Minh Tuấn', 'Phạm Thị Lan', 'Võ Đức Thắng'];
const DEFAULT_DIRECTIVES = [
  'Tập trung giải quyết dứt điểm các vụ việc còn tồn đọng, báo cáo kết quả trước kỳ giao ban sau',
  'Khắc phục ngay các chỉ tiêu nghiệp vụ chưa đạt; rà soát, kiến nghị khắc phục vi phạm',
];

/** A client with a function per operation (`query.meeting`, `mutate.startMeeting`). */
export function sdkClient(endpoint: Endpoint, token?: string): OperationsClient {
  return withOperations(
    createClient({
      url: endpoint.url,
      getToken: token ? () => token : undefined,
      webSocketImpl: WebSocket,
      retry: { initialDelayMs: 100, maxDelayMs: 1000 },
    }),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Consumes an iterable in the background, until it ends. */
export function drain<T>(source: AsyncIterable<T>, each: (value: T) => void): Promise<void> {
  return (async () => {
    for await (const value of source) each(value);
  })();
}

export class LiveMeetingRun {
  readonly sites: Site[] = [];
  /** Errors that ended a follower (none expected). */
  readonly errors: unknown[] = [];
  private readonly stop = new AbortController();
  private readonly following: Promise<void>[] = [];
  private meeting!: MeetingDetailFieldsFragment;

  constructor(
    private readonly endpoint: Endpoint,
    readonly host: OperationsClient,
    readonly meetingId: string,
  ) {}

  get detail(): MeetingDetailFieldsFragment {
    return this.meeting;
  }

  /** Follows the meeting with `client` (from seq 0) into `into`, until close(). */
  follow(
    client: Client,
    into: { events: MeetingEvent[]; live: LiveMeeting | null },
    on: { event?: (e: MeetingEvent) => void; live?: (live: LiveMeeting) => void } = {},
  ) {
    const { signal } = this.stop;
    const failed = (e: unknown) => void this.errors.push(e);
    this.following.push(
      drain(
        client.meetingEvents(MeetingEventsDocument, { meetingId: this.meetingId, afterSeq: 0 }, { signal }),
        (e) => {
          into.events.push(e);
          on.event?.(e);
        },
      ).catch(failed),
      drain(client.meetingLive(MeetingLiveDocument, { meetingId: this.meetingId }, { signal }), (live) => {
        into.live = live;
        on.live?.(live);
      }).catch(failed),
    );
  }

  /** Seats delegates at the sites that have none, then every site joins with its access code. */
  async joinSites(): Promise<void> {
    await this.reload();
    const sites = this.meeting.connectionPoints.filter((cp) => cp.role === 'SITE');
    await Promise.all(
      sites.map(async (cp, i) => {
        if (this.meeting.participants.some((p) => p.connectionPointId === cp.id)) return;
        for (const [j, position] of ['Viện trưởng', 'Kiểm sát viên'].entries())
          await this.host.mutate.addParticipant({
            input: {
              meetingId: this.meetingId,
              connectionPointId: cp.id,
              unitId: cp.unitId,
              name: DELEGATES[(i + j) % DELEGATES.length],
              position,
            },
          });
      }),
    );
    const anonymous = sdkClient(this.endpoint);
    for (const cp of sites) {
      const { code } = await this.host.mutate.issueSiteAccessCode({ connectionPointId: cp.id });
      const { token } = await anonymous.mutate.joinSite({ code });
      const site: Site = {
        connectionPointId: cp.id,
        name: cp.name,
        unitId: cp.unitId,
        client: sdkClient(this.endpoint, token),
        events: [],
        live: null,
      };
      this.sites.push(site);
      this.follow(site.client, site);
    }
    await this.reload();
  }

  /** The whole meeting, from SCHEDULED to the published notice. */
  async run(options: RunOptions): Promise<void> {
    const step = (name: string) => options.checkpoint?.(name) ?? Promise.resolve();
    await this.host.mutate.startMeeting({ id: this.meetingId });
    await this.checkIn();
    await step('after CHECK_IN');
    const agenda = this.meeting.agenda;
    const hasQuestioning = agenda.some((a) => a.kind === 'QUESTIONING');
    const lastDiscussion = agenda.filter((a) => a.kind === 'CONTRIBUTIONS' || a.kind === 'DISCUSSION').at(-1);
    for (const item of agenda) {
      await this.host.mutate.startAgendaItem({ id: item.id });
      await this.runItem(item, options, agenda);
      if (!hasQuestioning && item.id === lastDiscussion?.id) await this.question(item, options);
      await this.host.mutate.completeAgendaItem({ id: item.id });
      await step(`after ${item.kind}`);
    }
    await this.host.mutate.endMeeting({ id: this.meetingId });
    await this.reload();
    const signer = this.meeting.participants.find((p) => p.id === this.chair())!;
    await this.host.mutate.publishConclusion({
      id: this.meeting.conclusion!.id,
      noticeNumber: options.noticeNumber ?? '12/TB-VKS',
      notice: { signer: { title: 'Viện trưởng', name: signer.name } },
    });
  }

  private async runItem(
    item: AgendaItemFieldsFragment,
    options: RunOptions,
    agenda: AgendaItemFieldsFragment[],
  ) {
    switch (item.kind) {
      case 'OPENING':
        return this.hostSpeech(item, this.chair(), 'COMMENT', 'Khai mạc, giới thiệu đại biểu', options);
      case 'REPORT':
      case 'VIDEO_REPORT':
        return this.hostSpeech(item, item.presenterId ?? this.chair(), 'REPORT', item.title, options);
      case 'CONTRIBUTIONS':
      case 'DISCUSSION':
        return this.discussion(item, item.kind === 'CONTRIBUTIONS' ? 'CONTRIBUTION' : 'COMMENT', options);
      case 'QUESTIONING':
        return this.question(item, options);
      case 'DIRECTIVE':
        return this.hostSpeech(item, item.presenterId ?? this.chair(), 'DIRECTIVE', item.title, options);
      case 'CONCLUSION':
        if (!agenda.some((a) => a.kind === 'DIRECTIVE'))
          await this.hostSpeech(
            item,
            item.presenterId ?? this.chair(),
            'DIRECTIVE',
            'Ý kiến chỉ đạo',
            options,
          );
        return this.conclude(item, options);
    }
  }

  /** Every site's operator checks in the delegates seated there, all sites at once. */
  private async checkIn(): Promise<void> {
    await Promise.all(
      this.sites.map(async (site) => {
        for (const p of this.meeting.participants.filter(
          (p) => p.connectionPointId === site.connectionPointId,
        ))
          await site.client.mutate.checkInParticipant({ id: p.id });
      }),
    );
    const host = this.meeting.connectionPoints.find((cp) => cp.role === 'HOST');
    for (const p of this.meeting.participants.filter((p) => p.connectionPointId === host?.id))
      await this.host.mutate.checkInParticipant({ id: p.id });
  }

  /** Each site raises a hand (all at once); the host approves them in order, then calls each. */
  private async discussion(item: AgendaItemFieldsFragment, kind: SpeechKind, options: RunOptions) {
    const speakers = this.sites.slice(0, 9);
    const requests = await Promise.all(
      speakers.map((site) => {
        const delegate = this.meeting.participants.find(
          (p) => p.connectionPointId === site.connectionPointId,
        );
        return site.client.mutate.requestToSpeak({
          input: {
            agendaItemId: item.id,
            connectionPointId: site.connectionPointId,
            participantId: delegate?.id,
            kind,
            topic: `Ý kiến của ${site.name.replace('Điểm cầu ', '')}`,
          },
        });
      }),
    );
    const ordered = [...requests].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
    for (const speech of ordered) await this.host.mutate.approveSpeech({ id: speech.id });
    for (const [i, speech] of ordered.entries()) {
      await this.host.mutate.startSpeech({ id: speech.id });
      if (i === 0) await this.host.mutate.extendSpeech({ id: speech.id, seconds: 60 });
      await sleep(options.speechMs);
      await this.host.mutate.endSpeech({ id: speech.id });
    }
  }

  /** A leader questions a district unit, whose head explains once the question is put. */
  private async question(item: AgendaItemFieldsFragment, options: RunOptions) {
    const site = this.sites[this.sites.length > 1 ? 1 : 0];
    const explanation = await this.host.mutate.askQuestion({
      input: {
        agendaItemId: item.id,
        connectionPointId: site.connectionPointId,
        askedById: this.chair(),
        question: 'Vì sao còn án tồn đọng quá hạn? Đơn vị giải trình và nêu hướng khắc phục.',
      },
    });
    // The question is the speech on until it is ended; then the unit explains.
    await sleep(options.speechMs);
    await this.host.mutate.endSpeech({ id: explanation.questionId! });
    await this.speak(explanation.id, options);
  }

  /** The secretariat drafts, the chair concludes, the directives are given, the conclusion announced. */
  private async conclude(item: AgendaItemFieldsFragment, options: RunOptions) {
    const chair = item.presenterId ?? this.chair();
    const draft = await this.host.mutate.draftConclusion({
      input: {
        meetingId: this.meetingId,
        concludedById: chair,
        text: 'Hội nghị đánh giá cao kết quả đạt được.',
      },
    });
    await this.host.mutate.updateConclusion({
      id: draft.id,
      expectedVersion: draft.version,
      text: `${draft.text}\nĐồng chí chủ trì kết luận và giao nhiệm vụ cho các đơn vị.`,
    });
    const assignees = [this.meeting.hostUnitId ?? this.sites[0].unitId, ...this.sites.map((s) => s.unitId)];
    for (const [i, task] of (options.directives ?? DEFAULT_DIRECTIVES).entries())
      await this.host.mutate.addDirective({
        input: { meetingId: this.meetingId, assigneeUnitId: assignees[i % assignees.length], task },
      });
    await this.hostSpeech(item, chair, 'CONCLUSION', item.title, options);
    await this.host.mutate.announceConclusion({ id: draft.id });
  }

  /** A speech from the host point by a participant: asked for, approved, given. */
  private async hostSpeech(
    item: AgendaItemFieldsFragment,
    participantId: string,
    kind: SpeechKind,
    topic: string,
    options: RunOptions,
  ) {
    const speaker = this.meeting.participants.find((p) => p.id === participantId)!;
    const speech = await this.host.mutate.requestToSpeak({
      input: {
        agendaItemId: item.id,
        connectionPointId: speaker.connectionPointId,
        participantId,
        kind,
        topic,
      },
    });
    await this.host.mutate.approveSpeech({ id: speech.id });
    await this.speak(speech.id, options);
  }

  private async speak(id: string, options: RunOptions) {
    await this.host.mutate.startSpeech({ id });
    await sleep(options.speechMs);
    await this.host.mutate.endSpeech({ id });
  }

  private chair(): string {
    const chair = this.meeting.participants.find((p) => p.role === 'CHAIR') ?? this.meeting.participants[0];
    return chair.id;
  }

  private async reload(): Promise<void> {
    this.meeting = (await this.host.request(MeetingDetailDocument, { id: this.meetingId })).meeting!;
  }

  /** Resolves once every follower has received up to `seq`: events, and a LiveMeeting that recent. */
  async caughtUp(
    seq: number,
    followers: { events: { seq: number }[]; live: { seq: number } | null }[],
    timeoutMs = 15_000,
  ) {
    const deadline = Date.now() + timeoutMs;
    const behind = () => followers.filter((f) => f.events.at(-1)?.seq !== seq || (f.live?.seq ?? 0) < seq);
    while (behind().length > 0) {
      if (Date.now() > deadline) throw new Error(`${behind().length} followers did not reach seq ${seq}`);
      await sleep(20);
    }
  }

  /** Ends every subscription and closes every client. */
  async close(): Promise<void> {
    this.stop.abort();
    await Promise.allSettled(this.following);
    await Promise.all([this.host.close(), ...this.sites.map((s) => s.client.close())]);
  }
}
