import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DateTimeColumn, IdRefColumn, LongTextColumn, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';

/**
 * The per-meeting event log: the source of truth for subscriptions and resumes.
 * `seq` is 1, 2, 3 … per meeting, written in the same transaction as the change it records.
 */
// The primary key (meetingId, seq) keeps seq unique per meeting, and orders a replay.
@Entity('meeting_event')
export class MeetingEventRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @TextColumn(48)
  type!: string;

  @DateTimeColumn()
  at!: Date;

  /** JSON: who acted ({ kind, id, name }). */
  @Column({ type: 'text' })
  actor!: string;

  @TextColumn(32)
  subjectType!: string;

  @IdRefColumn()
  subjectId!: string;

  /** JSON snapshot of the subject right after the change. */
  @LongTextColumn()
  subject!: string;
}
