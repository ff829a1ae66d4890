import { In } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertActForSite } from '../access/access';
import { badInput, conflict, ErrorReason } from '../common/errors';
import { assertRoom, LIST_CAPS } from '../common/list-caps';
import { assertId, assertOptionalId } from '../common/ids';
import { Database } from '../db/database';
import { CommandContext, MeetingCommands } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { AgendaItem, AgendaItemStatus } from '../agenda/agenda-item.entity';
import { assertHostMay, assertMeetingAllows, LiveAction } from '../meetings/meeting-status';
import { assertPosition, change, itemState, placeAt, saveOrder } from '../events/command-rows';
import { ConnectionPoint, ConnectionPointRole } from '../connection-points/connection-point.entity';
import { Participant } from '../participants/participant.entity';
import { Unit } from '../units/unit.entity';
import { trimmedOrNull } from '../common/validation';
import { Speech, SpeechKind, SpeechStatus } from './speech.entity';
import { DEFAULT_TIME_LIMITS, finishSpeech, queueOf, SPEAKING_KEY, speakingSpeech } from './speech-rules';

const REJECTION_REASON_MAX = 500;
/** The most time one extension gives a speech. */
const EXTENSION_MAX_SECONDS = 3600;

/** A raised hand: who asks to speak, on which item, from which connection point. */
export type SpeechRequest = {
  agendaItemId: string;
  connectionPointId: string;
  participantId?: string | null;
  speakerName?: string | null;
  kind?: SpeechKind | null;
  topic?: string | null;
  timeLimitSeconds?: number | null;
};

/**
 * A question put to a unit, whose explanation then follows: the unit is named by its connection
 * point, or by its id (a unit with a connection point, or a department of the host unit).
 */
export type Question = {
  agendaItemId: string;
  connectionPointId?: string | null;
  unitId?: string | null;
  question: string;
  askedById?: string | null;
  /** Who explains: a participant seated where the questioned unit is. */
  explainerId?: string | null;
  timeLimitSeconds?: number | null;
};

/** A correction of a speech's speaker, topic or kind: fields left out stay, null clears. */
export type SpeechEdit = {
  id: string;
  participantId?: string | null;
  speakerName?: string | null;
  topic?: string | null;
  kind?: SpeechKind | null;
};

/** A question and its explanation are a pair: neither kind is given or taken away by an edit. */
const PAIRED_KINDS: readonly SpeechKind[] = [SpeechKind.QUESTION, SpeechKind.EXPLANATION];

const { REQUESTED, QUEUED, SPEAKING, WITHDRAWN, REJECTED } = SpeechStatus;

/** What a CONFLICT shows of a speech. */
const speechState = (s: Speech) => ({
  id: s.id,
  status: s.status,
  agendaItemId: s.agendaItemId,
  connectionPointId: s.connectionPointId,
  speakerName: s.speakerName,
  queuePosition: s.queuePosition,
});

function assertStatus(speech: Speech, allowed: SpeechStatus[], what: string): void {
  if (!allowed.includes(speech.status)) {
    throw conflict(ErrorReason.SPEECH_STATUS_FORBIDS, speechState(speech), {
      action: what,
      status: speech.status,
    });
  }
}

/** The list of speakers of each agenda item: hands raised by sites, ordered and called by the host. */
export class SpeechService {
  constructor(
    private readonly commands: MeetingCommands,
    private readonly db: Database,
  ) {}

  /** A site raises a hand (for its own connection point; a host may for any): REQUESTED. */
  request(actor: Actor | null, input: SpeechRequest): Promise<Speech> {
    assertId('input.connectionPointId', input.connectionPointId);
    assertOptionalId('input.participantId', input.participantId);
    return this.commands.runOn(
      actor,
      AgendaItem,
      input.agendaItemId,
      async (c, item) => {
        assertActForSite(actor, c, input.connectionPointId);
        assertMeetingAllows(c.meeting, LiveAction.ORDER);
        assertItemOpen(item);
        await this.assertSite(c, 'input.connectionPointId', input.connectionPointId);
        if (input.participantId) {
          await this.seatedAt(c, 'input.participantId', input.participantId, input.connectionPointId);
        }
        const kind = input.kind ?? SpeechKind.COMMENT;
        const speech = await this.insert(c, {
          agendaItemId: item.id,
          connectionPointId: input.connectionPointId,
          participantId: input.participantId ?? null,
          speakerName: input.speakerName ?? null,
          kind,
          topic: input.topic ?? null,
          status: REQUESTED,
          timeLimitSeconds: input.timeLimitSeconds ?? DEFAULT_TIME_LIMITS[kind],
        });
        c.emit(MeetingEventType.SPEECH_REQUESTED, speech);
        return speech;
      },
      'input.agendaItemId',
    );
  }

  /** The requesting site (or a host) takes its hand down. */
  withdraw(actor: Actor | null, id: string): Promise<Speech> {
    return this.commands.runOn(actor, Speech, id, async (c, speech) => {
      assertActForSite(actor, c, speech.connectionPointId);
      assertMeetingAllows(c.meeting, LiveAction.ORDER);
      assertStatus(speech, [REQUESTED, QUEUED], 'withdraw');
      await this.leaveQueue(c, speech, { status: WITHDRAWN });
      c.emit(MeetingEventType.SPEECH_WITHDRAWN, speech);
      return speech;
    });
  }

  /** The host accepts a request into the queue at `position` (1..n+1, last by default). */
  approve(actor: Actor | null, id: string, position: number | null | undefined): Promise<Speech> {
    return this.commands.runOn(actor, Speech, id, async (c, speech) => {
      assertHostMay(actor, c, LiveAction.ORDER);
      assertStatus(speech, [REQUESTED], 'approve');
      assertItemOpen(await this.itemOf(c, speech));
      const queue = await queueOf(c, speech.agendaItemId);
      const place = position ?? queue.length + 1;
      assertPosition('position', place, queue.length + 1);
      await change(c, Speech, speech, { status: QUEUED, queuePosition: place });
      await saveOrder(c, Speech, placeAt(queue, speech, place), 'queuePosition');
      c.emit(MeetingEventType.SPEECH_APPROVED, speech);
      return speech;
    });
  }

  reject(actor: Actor | null, id: string, reason: string | null | undefined): Promise<Speech> {
    return this.commands.runOn(actor, Speech, id, async (c, speech) => {
      assertHostMay(actor, c, LiveAction.ORDER);
      assertStatus(speech, [REQUESTED, QUEUED], 'reject');
      if (reason !== undefined && reason !== null) {
        if (!/\S/.test(reason)) throw badInput('reason', ErrorReason.BLANK);
        if (reason.length > REJECTION_REASON_MAX) {
          throw badInput('reason', ErrorReason.TOO_LONG, { limit: REJECTION_REASON_MAX });
        }
      }
      await this.leaveQueue(c, speech, { status: REJECTED, rejectionReason: reason ?? null });
      c.emit(MeetingEventType.SPEECH_REJECTED, speech);
      return speech;
    });
  }

  /** Moves a QUEUED speech to `position` (1..n); returns the item's queue in its new order. */
  move(actor: Actor | null, id: string, position: number): Promise<Speech[]> {
    return this.commands.runOn(actor, Speech, id, async (c, speech) => {
      assertHostMay(actor, c, LiveAction.ORDER);
      assertStatus(speech, [QUEUED], 'move');
      const queue = await queueOf(c, speech.agendaItemId);
      assertPosition('position', position, queue.length);
      const order = placeAt(queue, speech, position);
      await saveOrder(c, Speech, order, 'queuePosition');
      c.emit(MeetingEventType.SPEECH_MOVED, speech);
      return order;
    });
  }

  /**
   * Gives the floor: one speaker at a time in the meeting (CONFLICT carrying the one on), and only
   * within the active agenda item. A REQUESTED speech may be called directly, skipping the queue.
   */
  start(actor: Actor | null, id: string): Promise<Speech> {
    return this.commands.runOn(actor, Speech, id, async (c, speech) => {
      assertHostMay(actor, c, LiveAction.START);
      assertStatus(speech, [REQUESTED, QUEUED], 'start');
      const item = await this.itemOf(c, speech);
      if (item.status !== AgendaItemStatus.ACTIVE) {
        throw conflict(
          ErrorReason.ITEM_NOT_ACTIVE,
          { ...speechState(speech), agendaItem: itemState(item) },
          { status: item.status },
        );
      }
      await this.assertNoneSpeaking(c, speech);
      await this.leaveQueue(c, speech, { status: SPEAKING, speakingKey: SPEAKING_KEY, startedAt: c.now });
      c.emit(MeetingEventType.SPEECH_STARTED, speech);
      return speech;
    });
  }

  end(actor: Actor | null, id: string): Promise<Speech> {
    return this.commands.runOn(actor, Speech, id, async (c, speech) => {
      assertHostMay(actor, c, LiveAction.STOP);
      assertStatus(speech, [SPEAKING], 'end');
      await finishSpeech(c, speech);
      return speech;
    });
  }

  /** Gives more time (1..3600 s) to the speech on, or to one waiting in the queue. */
  extend(actor: Actor | null, id: string, seconds: number): Promise<Speech> {
    return this.commands.runOn(actor, Speech, id, async (c, speech) => {
      assertHostMay(actor, c, LiveAction.ORDER);
      if (!Number.isInteger(seconds) || seconds < 1 || seconds > EXTENSION_MAX_SECONDS) {
        throw badInput('seconds', ErrorReason.OUT_OF_RANGE, { min: 1, max: EXTENSION_MAX_SECONDS });
      }
      assertStatus(speech, [SPEAKING, QUEUED], 'extend');
      await change(c, Speech, speech, { timeLimitSeconds: speech.timeLimitSeconds + seconds });
      c.emit(MeetingEventType.SPEECH_EXTENDED, speech);
      return speech;
    });
  }

  /**
   * A leader questions a unit (truy vấn): the QUESTION is the speech on from then (it takes its
   * time, ended like any speech), and the unit's EXPLANATION (giải trình), linked to it, goes to the
   * front of the queue, since the unit must explain at once. Returns the explanation.
   */
  askQuestion(actor: Actor | null, input: Question): Promise<Speech> {
    assertOptionalId('input.connectionPointId', input.connectionPointId);
    assertOptionalId('input.unitId', input.unitId);
    assertOptionalId('input.askedById', input.askedById);
    assertOptionalId('input.explainerId', input.explainerId);
    if (!input.connectionPointId === !input.unitId) {
      throw badInput('input.connectionPointId', ErrorReason.EXACTLY_ONE_OF, { other: 'input.unitId' });
    }
    return this.commands.runOn(
      actor,
      AgendaItem,
      input.agendaItemId,
      async (c, item) => {
        assertHostMay(actor, c, LiveAction.START);
        if (item.status !== AgendaItemStatus.ACTIVE) {
          throw conflict(ErrorReason.ITEM_NOT_ACTIVE, itemState(item), { status: item.status });
        }
        const questioned = input.connectionPointId
          ? {
              connectionPointId: await this.assertSite(c, 'input.connectionPointId', input.connectionPointId),
            }
          : await this.questionedUnit(c, input.unitId!);
        const explainer = input.explainerId
          ? await this.seatedAt(c, 'input.explainerId', input.explainerId, questioned.connectionPointId)
          : null;
        const asker = input.askedById ? await this.participant(c, 'input.askedById', input.askedById) : null;
        await this.assertNoneSpeaking(c);
        const question = await this.insert(c, {
          agendaItemId: item.id,
          connectionPointId: asker?.connectionPointId ?? (await this.hostPoint(c)).id,
          participantId: asker?.id ?? null,
          speakerName: asker?.name ?? null,
          kind: SpeechKind.QUESTION,
          topic: input.question,
          status: SPEAKING,
          speakingKey: SPEAKING_KEY,
          timeLimitSeconds: DEFAULT_TIME_LIMITS[SpeechKind.QUESTION],
          startedAt: c.now,
        });
        const queue = await queueOf(c, item.id);
        const explanation = await this.insert(c, {
          agendaItemId: item.id,
          ...questioned,
          participantId: explainer?.id ?? null,
          kind: SpeechKind.EXPLANATION,
          topic: input.question,
          status: QUEUED,
          queuePosition: 1,
          questionId: question.id,
          timeLimitSeconds: input.timeLimitSeconds ?? DEFAULT_TIME_LIMITS[SpeechKind.EXPLANATION],
        });
        await saveOrder(c, Speech, [explanation, ...queue], 'queuePosition');
        c.emit(MeetingEventType.QUESTION_ASKED, question);
        c.emit(MeetingEventType.SPEECH_APPROVED, explanation);
        return explanation;
      },
      'input.agendaItemId',
    );
  }

  /**
   * The host corrects a speech: names its speaker (a participant seated at its connection point, or
   * a name as announced), its topic or kind — also once it is over, for the record, until the
   * meeting ends.
   */
  update(actor: Actor | null, input: SpeechEdit): Promise<Speech> {
    assertOptionalId('input.participantId', input.participantId);
    if (input.kind === null) throw badInput('input.kind', ErrorReason.REQUIRED);
    return this.commands.runOn(
      actor,
      Speech,
      input.id,
      async (c, speech) => {
        assertHostMay(actor, c, LiveAction.ORDER);
        if (input.kind && input.kind !== speech.kind) {
          if (PAIRED_KINDS.includes(input.kind) || PAIRED_KINDS.includes(speech.kind)) {
            throw badInput('input.kind', ErrorReason.PAIRED_KIND);
          }
        }
        if (input.participantId) {
          await this.seatedAt(c, 'input.participantId', input.participantId, speech.connectionPointId);
        }
        const patch: Partial<Speech> = {};
        if (input.participantId !== undefined) patch.participantId = input.participantId;
        if (input.speakerName !== undefined) patch.speakerName = trimmedOrNull(input.speakerName);
        if (input.topic !== undefined) patch.topic = trimmedOrNull(input.topic);
        if (input.kind) patch.kind = input.kind;
        await change(c, Speech, speech, patch);
        c.emit(MeetingEventType.SPEECH_UPDATED, speech);
        return speech;
      },
      'input.id',
    );
  }

  byIds(ids: readonly string[]): Promise<Speech[]> {
    return this.db.read((m) => m.find(Speech, { where: { id: In([...ids]) } }));
  }

  /**
   * Every speech of the items, in the order they were asked for. A question and its explanation are
   * recorded at the same instant: the question (no questionId; NULL sorts first on SQLite and
   * MariaDB alike) comes first. Other ties, by id.
   */
  byItems(agendaItemIds: readonly string[]): Promise<Speech[]> {
    return this.db.read((m) =>
      m.find(Speech, {
        where: { agendaItemId: In([...agendaItemIds]) },
        order: { requestedAt: 'ASC', questionId: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** The QUEUED speeches of the items, in queue order. */
  queuedByItems(agendaItemIds: readonly string[]): Promise<Speech[]> {
    return this.db.read((m) =>
      m.find(Speech, {
        where: { agendaItemId: In([...agendaItemIds]), status: QUEUED },
        order: { queuePosition: 'ASC' },
      }),
    );
  }

  speakingByMeetings(meetingIds: readonly string[]): Promise<Speech[]> {
    return this.db.read((m) =>
      m.find(Speech, { where: { meetingId: In([...meetingIds]), speakingKey: SPEAKING_KEY } }),
    );
  }

  explanationsOf(questionIds: readonly string[]): Promise<Speech[]> {
    return this.db.read((m) => m.find(Speech, { where: { questionId: In([...questionIds]) } }));
  }

  private async itemOf(c: CommandContext, speech: Speech): Promise<AgendaItem> {
    return c.manager.findOneOrFail(AgendaItem, { where: { id: speech.agendaItemId } });
  }

  /** Takes `speech` out of its queue (if it is in it), closing the gap, and applies `patch`. */
  private async leaveQueue(c: CommandContext, speech: Speech, patch: Partial<Speech>): Promise<void> {
    const wasQueued = speech.status === QUEUED;
    await change(c, Speech, speech, { ...patch, queuePosition: null });
    if (wasQueued) await saveOrder(c, Speech, await queueOf(c, speech.agendaItemId), 'queuePosition');
  }

  /** Every new speech comes through here: the item's list of speeches is capped. */
  private async insert(c: CommandContext, fields: Partial<Speech>): Promise<Speech> {
    const onItem = await c.manager.count(Speech, { where: { agendaItemId: fields.agendaItemId } });
    assertRoom(onItem, LIST_CAPS.speechesPerAgendaItem, 'input.agendaItemId', 'speeches on an agenda item');
    return c.manager.save(
      c.manager.create(Speech, {
        meetingId: c.id,
        participantId: null,
        speakerName: null,
        unitId: null,
        speakingKey: null,
        queuePosition: null,
        requestedAt: c.now,
        startedAt: null,
        endedAt: null,
        spokenSeconds: null,
        rejectionReason: null,
        questionId: null,
        createdAt: c.now,
        ...fields,
      }),
    );
  }

  /** The id of a connection point of this meeting (BAD_USER_INPUT on `field` otherwise). */
  private async assertSite(c: CommandContext, field: string, connectionPointId: string): Promise<string> {
    if (!(await c.manager.exists(ConnectionPoint, { where: { id: connectionPointId, meetingId: c.id } }))) {
      throw badInput(field, ErrorReason.NOT_IN_MEETING);
    }
    return connectionPointId;
  }

  /**
   * Where a questioned unit explains from: its own connection point, or, for a department of the
   * host unit (Phòng 2), the host point, the department named on the explanation.
   */
  private async questionedUnit(
    c: CommandContext,
    unitId: string,
  ): Promise<{ connectionPointId: string; unitId: string | null }> {
    const own = await c.manager.findOne(ConnectionPoint, { where: { meetingId: c.id, unitId } });
    if (own) return { connectionPointId: own.id, unitId: null };
    const host = await this.hostPoint(c);
    if (!(await c.manager.exists(Unit, { where: { id: unitId, parentId: host.unitId } }))) {
      throw badInput('input.unitId', ErrorReason.NOT_IN_MEETING);
    }
    return { connectionPointId: host.id, unitId };
  }

  /** One speech at a time: CONFLICT carrying the one on (and `speech`, the one asked for). */
  private async assertNoneSpeaking(c: CommandContext, speech?: Speech): Promise<void> {
    const current = await speakingSpeech(c);
    if (current) {
      throw conflict(ErrorReason.SPEECH_ALREADY_ON, {
        ...(speech ? speechState(speech) : {}),
        currentSpeech: speechState(current),
      });
    }
  }

  private async participant(c: CommandContext, field: string, id: string): Promise<Participant> {
    const found = await c.manager.findOne(Participant, { where: { id, meetingId: c.id } });
    if (!found) throw badInput(field, ErrorReason.NOT_IN_MEETING);
    return found;
  }

  /** A named speaker must sit at the connection point the speech is made from. */
  private async seatedAt(
    c: CommandContext,
    field: string,
    participantId: string,
    connectionPointId: string,
  ): Promise<Participant> {
    const speaker = await this.participant(c, field, participantId);
    if (speaker.connectionPointId !== connectionPointId) {
      throw badInput(field, ErrorReason.SPEAKER_NOT_AT_POINT);
    }
    return speaker;
  }

  private async hostPoint(c: CommandContext): Promise<ConnectionPoint> {
    const host = await c.manager.findOne(ConnectionPoint, {
      where: { meetingId: c.id, role: ConnectionPointRole.HOST },
    });
    if (!host) throw conflict(ErrorReason.NO_HOST_POINT, { status: c.meeting.status });
    return host;
  }
}

/** Hands are raised for items still to come or on now, not for finished ones. */
function assertItemOpen(item: AgendaItem): void {
  if (item.status !== AgendaItemStatus.PENDING && item.status !== AgendaItemStatus.ACTIVE) {
    throw conflict(ErrorReason.ITEM_CLOSED, itemState(item), { status: item.status });
  }
}
