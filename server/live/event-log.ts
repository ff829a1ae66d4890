import { Database } from '../db/database';
import { MeetingCommands } from '../events/meeting-commands';
import { MeetingEventRecord } from '../events/meeting-event.entity';
import { MeetingEvent } from '../events/meeting-event.type';
import { Meeting } from '../meetings/meeting.entity';

/** Reads the per-meeting event log (committed events only, see Database.read). */
export class EventLog {
  constructor(
    private readonly db: Database,
    private readonly commands: MeetingCommands,
  ) {}

  /**
   * Up to `limit` events of each meeting after `afterSeq`, in seq order. Seqs are gapless, so these
   * are the seqs afterSeq+1 … afterSeq+limit: one range query serves any number of meetings.
   */
  async pages(meetingIds: readonly string[], afterSeq: number, limit: number): Promise<MeetingEvent[]> {
    if (meetingIds.length === 0) return [];
    const records = await this.db.read((m) =>
      m
        .createQueryBuilder(MeetingEventRecord, 'e')
        .where('e.meetingId IN (:...meetingIds)', { meetingIds })
        .andWhere('e.seq > :afterSeq AND e.seq <= :upTo', { afterSeq, upTo: afterSeq + limit })
        .orderBy('e.meetingId')
        .addOrderBy('e.seq')
        .getMany(),
    );
    return records.map((r) => this.commands.toEvent(r));
  }

  read(meetingId: string, afterSeq: number, limit: number): Promise<MeetingEvent[]> {
    return this.pages([meetingId], afterSeq, limit);
  }

  /** The seq of the meeting's newest event, or null when there is no such meeting. */
  async lastSeq(meetingId: string): Promise<number | null> {
    const meeting = await this.db.read((m) =>
      m.findOne(Meeting, { where: { id: meetingId }, select: { id: true, lastEventSeq: true } }),
    );
    return meeting?.lastEventSeq ?? null;
  }
}
