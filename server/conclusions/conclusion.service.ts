import { In } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertActForUnit, assertManageMeeting } from '../access/access';
import { badInput, conflict, ErrorReason } from '../common/errors';
import { assertId, assertOptionalId } from '../common/ids';
import { Database, isUniqueViolation } from '../db/database';
import { assertNotPublished, conclusionState } from '../events/command-rows';
import { CommandContext, MeetingCommands } from '../events/meeting-commands';
import { MeetingEventType } from '../events/event-type';
import { MeetingStatus } from '../meetings/meeting.entity';
import { isInSession } from '../meetings/meeting-status';
import { Participant } from '../participants/participant.entity';
import { Conclusion, CONCLUSION_MAX, ConclusionStatus } from './conclusion.entity';

/** The text of a meeting's conclusion and who concludes (a participant, usually the presiding leader). */
export type ConclusionDraft = { meetingId: string; text: string; concludedById?: string | null };
import { vietnamDate } from './notice';

/** "12/TB-VKS", "118/TB-VKSHP": a number, the notice code TB, the issuer's uppercase code. */
const NOTICE_NUMBER = /^[0-9]{1,6}\/TB-[A-Z0-9Đ]+(?:-[A-Z0-9Đ]+)*$/;

const editorOf = (actor: Actor | null): string | null => (actor?.kind === 'user' ? actor.userId : null);

/**
 * The conclusion (kết luận) of a meeting: drafted and edited by the hosts during the meeting with
 * optimistic versions (no edit silently lost), announced at the meeting, published after it as a
 * numbered notice; published, it is fixed.
 */
export class ConclusionService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
  ) {}

  draft(actor: Actor | null, input: ConclusionDraft): Promise<Conclusion> {
    assertOptionalId('input.concludedById', input.concludedById);
    return this.commands.run(
      actor,
      input.meetingId,
      async (c) => {
        assertManageMeeting(actor, c);
        if (c.meeting.status === MeetingStatus.CANCELLED) {
          throw conflict(ErrorReason.MEETING_CANCELLED, { meetingStatus: c.meeting.status });
        }
        const existing = await c.manager.findOne(Conclusion, { where: { meetingId: c.meeting.id } });
        if (existing) throw conflict(ErrorReason.CONCLUSION_EXISTS, conclusionState(existing));
        if (input.concludedById) await this.assertParticipant(c, input.concludedById);
        const conclusion = c.manager.create(Conclusion, {
          meetingId: c.meeting.id,
          text: input.text,
          version: 1,
          status: ConclusionStatus.DRAFT,
          concludedById: input.concludedById ?? null,
          announcedAt: null,
          noticeNumber: null,
          noticeYear: null,
          organizerId: null,
          publishedAt: null,
          lastEditedById: editorOf(actor),
          createdAt: c.now,
        });
        await c.manager.save(conclusion);
        c.emit(MeetingEventType.CONCLUSION_DRAFTED, conclusion);
        return conclusion;
      },
      'input.meetingId',
    );
  }

  update(actor: Actor | null, id: string, text: string, expectedVersion: number): Promise<Conclusion> {
    if (!/\S/.test(text)) throw badInput('text', ErrorReason.BLANK);
    if (text.length > CONCLUSION_MAX) throw badInput('text', ErrorReason.TOO_LONG, { limit: CONCLUSION_MAX });
    return this.commands.runOn(actor, Conclusion, id, async (c, conclusion) => {
      assertManageMeeting(actor, c);
      assertNotPublished(conclusion);
      if (conclusion.version !== expectedVersion) {
        throw conflict(ErrorReason.STALE_VERSION, conclusionState(conclusion), {
          version: conclusion.version,
          expected: expectedVersion,
        });
      }
      Object.assign(conclusion, { text, version: conclusion.version + 1, lastEditedById: editorOf(actor) });
      await c.manager.save(conclusion);
      c.emit(MeetingEventType.CONCLUSION_UPDATED, conclusion);
      return conclusion;
    });
  }

  announce(actor: Actor | null, id: string): Promise<Conclusion> {
    return this.commands.runOn(actor, Conclusion, id, async (c, conclusion) => {
      assertManageMeeting(actor, c);
      // A draft conclusion is announced while its meeting is LIVE or PAUSED.
      const refused =
        conclusion.status !== ConclusionStatus.DRAFT
          ? ErrorReason.CONCLUSION_NOT_DRAFT
          : !isInSession(c.meeting.status) && ErrorReason.MEETING_NOT_LIVE;
      if (refused) {
        throw conflict(
          refused,
          { ...conclusionState(conclusion), meetingStatus: c.meeting.status },
          { status: refused === ErrorReason.CONCLUSION_NOT_DRAFT ? conclusion.status : c.meeting.status },
        );
      }
      Object.assign(conclusion, { status: ConclusionStatus.ANNOUNCED, announcedAt: c.now });
      await c.manager.save(conclusion);
      c.emit(MeetingEventType.CONCLUSION_ANNOUNCED, conclusion);
      return conclusion;
    });
  }

  /**
   * Publishes the written notice once the meeting has ended (from DRAFT too: a meeting may end
   * before the conclusion is read out; the notice is what counts). Numbers are unique per organizer
   * and year; the year is the publication's, in Vietnam.
   */
  publish(actor: Actor | null, id: string, noticeNumber: string): Promise<Conclusion> {
    assertId('id', id);
    const number = noticeNumber.trim();
    if (!NOTICE_NUMBER.test(number)) {
      throw badInput('noticeNumber', ErrorReason.INVALID_FORMAT, { example: '12/TB-VKS' });
    }
    return this.commands.runOn(actor, Conclusion, id, async (c, conclusion) => {
      assertManageMeeting(actor, c);
      assertNotPublished(conclusion);
      const { status: meetingStatus, organizerId } = c.meeting;
      if (meetingStatus !== MeetingStatus.ENDED || !organizerId) {
        // The notice is published after the meeting has ended, by its organizer unit.
        const reason =
          meetingStatus !== MeetingStatus.ENDED ? ErrorReason.MEETING_NOT_ENDED : ErrorReason.NO_ORGANIZER;
        throw conflict(
          reason,
          { ...conclusionState(conclusion), meetingStatus, organizerId },
          { status: meetingStatus },
        );
      }
      // The notice is numbered in the organizer's name: only who may act for that unit publishes it.
      assertActForUnit(actor, organizerId, 'organizerId');
      const noticeYear = vietnamDate(c.now).year;
      const taken = () =>
        conflict(
          ErrorReason.NOTICE_NUMBER_TAKEN,
          { noticeNumber: number, noticeYear },
          { number, year: noticeYear },
        );
      if (await c.manager.exists(Conclusion, { where: { organizerId, noticeYear, noticeNumber: number } })) {
        throw taken();
      }
      Object.assign(conclusion, {
        status: ConclusionStatus.PUBLISHED,
        noticeNumber: number,
        noticeYear,
        organizerId,
        publishedAt: c.now,
      });
      try {
        await c.manager.save(conclusion);
      } catch (e) {
        // Another meeting of the organizer took the number meanwhile (its lock is not ours).
        if (isUniqueViolation(e)) throw taken();
        throw e;
      }
      c.emit(MeetingEventType.CONCLUSION_PUBLISHED, conclusion);
      return conclusion;
    });
  }

  /** Conclusions of meetings, for loaders. */
  async ofMeetings(meetingIds: readonly string[]): Promise<Conclusion[]> {
    if (meetingIds.length === 0) return [];
    return this.db.read((m) => m.find(Conclusion, { where: { meetingId: In([...meetingIds]) } }));
  }

  private async assertParticipant(c: CommandContext, participantId: string): Promise<void> {
    if (!(await c.manager.exists(Participant, { where: { id: participantId, meetingId: c.meeting.id } }))) {
      throw badInput('input.concludedById', ErrorReason.NOT_IN_MEETING);
    }
  }
}
