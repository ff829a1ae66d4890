import { Database } from '../db/database';
import { MeetingEventType } from './event-type';
import { MeetingEventRecord } from './meeting-event.entity';
import { MeetingEvent } from './meeting-event';
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

/** The columns of a log row that make an event. */
const RECORD_COLUMNS = ['meetingId', 'seq', 'type', 'at', 'actor', 'subjectType', 'subject'];

/**
 * Reads the per-meeting event log (committed events only, see Database.read). In plain SQL: every
 * subscription and resume reads here, and TypeORM's query building cost more than the query itself
 * (a reconnect storm runs thousands at once).
 */
export class EventLogReader {
  constructor(
    private readonly db: Database,
    private readonly codec: SubjectCodec,
    /** The newest events delivered here of a meeting (EventBus.recent): read before the log. */
    private readonly recent: (meetingId: string) => readonly MeetingEvent[] = () => [],
  ) {}

  /**
   * Up to `limit` events of each meeting after `afterSeq`, in seq order. Seqs are gapless, so these
   * are the seqs afterSeq+1 … afterSeq+limit: one range query serves any number of meetings.
   */
  async pages(meetingIds: readonly string[], afterSeq: number, limit: number): Promise<MeetingEvent[]> {
    if (meetingIds.length === 0) return [];
    const rows = await this.select<Record<string, unknown>>(
      (q, ids) =>
        `SELECT ${RECORD_COLUMNS.map(q).join(', ')} FROM ${q('meeting_event')} WHERE ${q('meetingId')} IN ${ids}` +
        ` AND ${q('seq')} > ? AND ${q('seq')} <= ? ORDER BY ${q('meetingId')}, ${q('seq')}`,
      meetingIds,
      [afterSeq, afterSeq + limit],
    );
    const metadata = this.db.dataSource.getMetadata(MeetingEventRecord);
    const driver = this.db.dataSource.driver;
    return rows.map((row) => {
      const record = new MeetingEventRecord();
      for (const column of metadata.columns)
        if (column.databaseName in row)
          column.setEntityValue(record, driver.prepareHydratedValue(row[column.databaseName], column));
      return eventOf(record, this.codec);
    });
  }

  /**
   * Up to `limit` events of the meeting after `afterSeq`: from memory when the events delivered here
   * cover the page's start and there is one after `afterSeq` (memory never says "nothing newer": an
   * event may be committed and still on its way here), else from the log.
   */
  read(meetingId: string, afterSeq: number, limit: number): Promise<MeetingEvent[]> {
    const kept = this.recent(meetingId);
    const first = kept[0]?.seq;
    if (first !== undefined && first <= afterSeq + 1 && afterSeq < kept[kept.length - 1].seq) {
      const from = afterSeq + 1 - first;
      return Promise.resolve(kept.slice(from, from + limit));
    }
    return this.pages([meetingId], afterSeq, limit);
  }

  /** The seq of the meeting's newest event, or null when there is no such meeting. */
  async lastSeq(meetingId: string): Promise<number | null> {
    return (await this.lastSeqs([meetingId])).get(meetingId) ?? null;
  }

  /**
   * The meeting's newest seq, at least `atLeast`: the newest event delivered here when it is that
   * far (an event may be committed and still on its way here, which the caller's stream receives
   * from the bus), else from the database.
   */
  async lastSeqFrom(meetingId: string, atLeast = 0): Promise<number | null> {
    const kept = this.recent(meetingId);
    const newest = kept[kept.length - 1]?.seq;
    return newest !== undefined && newest >= atLeast ? newest : this.lastSeq(meetingId);
  }

  /** The seq of each meeting's newest event (meetings that do not exist are left out). */
  async lastSeqs(meetingIds: readonly string[]): Promise<Map<string, number>> {
    if (meetingIds.length === 0) return new Map();
    const rows = await this.select<{ id: string; lastEventSeq: number | string }>(
      (q, ids) => `SELECT ${q('id')}, ${q('lastEventSeq')} FROM ${q('meeting')} WHERE ${q('id')} IN ${ids}`,
      meetingIds,
    );
    return new Map(rows.map((r) => [r.id, Number(r.lastEventSeq)]));
  }

  /** Runs `sql(quote, inList)` for `ids` (the `IN (?, …)` list) and `more` parameters after them. */
  private select<T>(
    sql: (quote: (name: string) => string, inList: string) => string,
    ids: readonly string[],
    more: unknown[] = [],
  ): Promise<T[]> {
    return this.db.read((m) => {
      const quote = (name: string) => m.connection.driver.escape(name);
      return m.query(sql(quote, `(${ids.map(() => '?').join(', ')})`), [...ids, ...more]) as Promise<T[]>;
    });
  }
}
