import { Database } from '../db/database';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingEventType } from './event-type';
import { MeetingEventRecord } from './meeting-event.entity';
import { MeetingEvent } from './meeting-event.type';
import { SubjectCodec } from './subjects';

/** A row of the log as the event it records, its subject snapshot decoded. */
export function eventOf(r: MeetingEventRecord, codec: SubjectCodec): MeetingEvent {
  return Object.assign(new MeetingEvent(), {
    meetingId: r.meetingId,
    seq: r.seq,
    at: r.at,
    type: r.type as MeetingEventType,
    actor: JSON.parse(r.actor),
    subjectType: r.subjectType,
    subject: codec.decode(r.subjectType, r.subject),
  });
}

/** An event as the row that records it (how events travel between server instances). */
export function recordOf(e: MeetingEvent, codec: SubjectCodec): MeetingEventRecord {
  return Object.assign(new MeetingEventRecord(), {
    meetingId: e.meetingId,
    seq: e.seq,
    type: e.type,
    at: e.at,
    actor: JSON.stringify(e.actor),
    subjectType: e.subjectType,
    subjectId: (e.subject as { id: string }).id,
    subject: codec.encode(e.subject),
  });
}

/** Reads the per-meeting event log (committed events only, see Database.read). */
export class EventLog {
  constructor(
    private readonly db: Database,
    private readonly codec: SubjectCodec,
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
    return records.map((r) => eventOf(r, this.codec));
  }

  read(meetingId: string, afterSeq: number, limit: number): Promise<MeetingEvent[]> {
    return this.pages([meetingId], afterSeq, limit);
  }

  /** The seq of the meeting's newest event, or null when there is no such meeting. */
  async lastSeq(meetingId: string): Promise<number | null> {
    return (await this.lastSeqs([meetingId])).get(meetingId) ?? null;
  }

  /** The seq of each meeting's newest event (meetings that do not exist are left out). */
  async lastSeqs(meetingIds: readonly string[]): Promise<Map<string, number>> {
    if (meetingIds.length === 0) return new Map();
    const meetings = await this.db.read((m) =>
      m
        .createQueryBuilder(Meeting, 'm')
        .select(['m.id', 'm.lastEventSeq'])
        .where('m.id IN (:...meetingIds)', { meetingIds })
        .getMany(),
    );
    return new Map(meetings.map((m) => [m.id, m.lastEventSeq]));
  }
}
