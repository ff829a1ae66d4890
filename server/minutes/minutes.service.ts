import { In } from 'typeorm';
import { Actor, editorOf } from '../auth/actor';
import { assertManageMeeting } from '../access/access';
import { assertSeeMeeting } from '../access/reach-sql';
import { badInput, conflict, ErrorReason, notFound } from '../common/errors';
import { assertId } from '../common/ids';
import { ConnectionPoint, ConnectionPointRole } from '../connection-points/connection-point.entity';
import { Database } from '../db/database';
import { MeetingCommands } from '../events/meeting-commands';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { Participant, ParticipantRole } from '../participants/participant.entity';
import { agencyOf, lineageOf, unitsWithAncestors } from '../units/unit-lineage';
import { readLog } from './meeting-replay';
import { draftMinutesText } from './minutes-record';
import { Minutes, MINUTES_MAX, MinutesStatus } from './minutes.entity';

/** What the minutes document is laid out from (minutes-document.ts). */
export type MinutesSources = {
  minutes: Minutes;
  meeting: Meeting;
  agency: ReturnType<typeof agencyOf>;
  chair: Participant | null;
  secretary: Participant | null;
};

/** The meeting has been held (or is being held): there is something to record. */
const HELD = [MeetingStatus.LIVE, MeetingStatus.PAUSED, MeetingStatus.ENDED];

const minutesState = (m: Minutes) => ({ text: m.text, version: m.version, status: m.status });

/**
 * The minutes (biên bản) of a meeting: drafted by its hosts from the event log once it has started,
 * edited with optimistic versions like the conclusion, finalized after the meeting; final, fixed.
 * They are the office's record of the meeting, not a change of it: no event is logged for them.
 */
export class MinutesService {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
  ) {}

  draft(actor: Actor | null, meetingId: string): Promise<Minutes> {
    return this.commands.run(actor, meetingId, async (c) => {
      assertManageMeeting(actor, c);
      if (!HELD.includes(c.meeting.status)) {
        // Minutes are drafted once the meeting has started.
        throw conflict(
          ErrorReason.MEETING_NOT_LIVE,
          { meetingStatus: c.meeting.status },
          { status: c.meeting.status },
        );
      }
      const existing = await c.manager.findOne(Minutes, { where: { meetingId } });
      if (existing) throw conflict(ErrorReason.MINUTES_EXIST, minutesState(existing));
      const { events, unitNames } = await readLog(c.manager, meetingId);
      const minutes = c.manager.create(Minutes, {
        meetingId,
        text: draftMinutesText(events, unitNames),
        version: 1,
        status: MinutesStatus.DRAFT,
        finalizedAt: null,
        lastEditedById: editorOf(actor),
        createdAt: c.now,
      });
      return c.manager.save(minutes);
    });
  }

  update(actor: Actor | null, id: string, text: string, expectedVersion: number): Promise<Minutes> {
    if (!/\S/.test(text)) throw badInput('text', ErrorReason.BLANK);
    if (text.length > MINUTES_MAX) throw badInput('text', ErrorReason.TOO_LONG, { limit: MINUTES_MAX });
    return this.commands.runOn(actor, Minutes, id, async (c, minutes) => {
      assertManageMeeting(actor, c);
      if (minutes.status === MinutesStatus.FINAL) {
        throw conflict(ErrorReason.MINUTES_FINAL, minutesState(minutes));
      }
      if (minutes.version !== expectedVersion) {
        throw conflict(ErrorReason.STALE_VERSION, minutesState(minutes), {
          version: minutes.version,
          expected: expectedVersion,
        });
      }
      Object.assign(minutes, { text, version: minutes.version + 1, lastEditedById: editorOf(actor) });
      return c.manager.save(minutes);
    });
  }

  finalize(actor: Actor | null, id: string): Promise<Minutes> {
    return this.commands.runOn(actor, Minutes, id, async (c, minutes) => {
      assertManageMeeting(actor, c);
      if (minutes.status !== MinutesStatus.DRAFT || c.meeting.status !== MeetingStatus.ENDED) {
        // Draft minutes are finalized after the meeting has ended.
        const reason =
          minutes.status !== MinutesStatus.DRAFT ? ErrorReason.MINUTES_FINAL : ErrorReason.MEETING_NOT_ENDED;
        throw conflict(
          reason,
          { ...minutesState(minutes), meetingStatus: c.meeting.status },
          { status: c.meeting.status },
        );
      }
      Object.assign(minutes, { status: MinutesStatus.FINAL, finalizedAt: c.now });
      return c.manager.save(minutes);
    });
  }

  /** Minutes of meetings, for loaders. */
  async ofMeetings(meetingIds: readonly string[]): Promise<Minutes[]> {
    if (meetingIds.length === 0) return [];
    return this.db.read((m) => m.find(Minutes, { where: { meetingId: In([...meetingIds]) } }));
  }

  /** The minutes of a meeting the actor may see, with what heads and signs them; NOT_FOUND without. */
  async sourcesOf(actor: Actor | null, meetingId: string): Promise<MinutesSources> {
    assertId('id', meetingId);
    await assertSeeMeeting(this.db, actor, meetingId);
    return this.db.read(async (m) => {
      const [minutes, meeting, people] = await Promise.all([
        m.findOne(Minutes, { where: { meetingId } }),
        m.findOneOrFail(Meeting, { where: { id: meetingId } }),
        m.find(Participant, {
          where: { meetingId, role: In([ParticipantRole.CHAIR, ParticipantRole.SECRETARY]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      ]);
      if (!minutes) throw notFound('Minutes of meeting', meetingId);
      // Kept by the organizer; else the host unit, else the unit of the host's room.
      const hostPoint = await m.findOne(ConnectionPoint, {
        where: { meetingId, role: ConnectionPointRole.HOST },
        select: { unitId: true },
      });
      const organizerId = meeting.organizerId ?? meeting.hostUnitId ?? hostPoint?.unitId ?? null;
      const units = await unitsWithAncestors(m, organizerId ? [organizerId] : []);
      return {
        minutes,
        meeting,
        agency: agencyOf(lineageOf(units, units.get(organizerId ?? ''))),
        chair: people.find((p) => p.role === ParticipantRole.CHAIR) ?? null,
        secretary: people.find((p) => p.role === ParticipantRole.SECRETARY) ?? null,
      };
    });
  }
}
