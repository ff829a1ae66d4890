import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, TextColumn } from '../db/columns';
import { SearchKeyColumn } from '../db/search-keys';
import { Unit } from '../units/unit.entity';
import { User } from '../auth/user.entity';

export enum MeetingStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

export enum MeetingKind {
  WEEKLY_BRIEFING = 'WEEKLY_BRIEFING',
  MONTHLY_BRIEFING = 'MONTHLY_BRIEFING',
  QUARTERLY_BRIEFING = 'QUARTERLY_BRIEFING',
  SEMIANNUAL_REVIEW = 'SEMIANNUAL_REVIEW',
  ANNUAL_REVIEW = 'ANNUAL_REVIEW',
  THEMATIC = 'THEMATIC',
  DEPLOYMENT = 'DEPLOYMENT',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

export enum MeetingFormat {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  HYBRID = 'HYBRID',
}
registerEnumType(MeetingFormat, { name: 'MeetingFormat' });

/** A conference (hội nghị, cuộc họp). `lastEventSeq` is the seq of its newest event. */
@ObjectType()
@Entity('meeting')
@Index(['status', 'scheduledStart'])
export class Meeting extends BaseRecord {
  @Field()
  @TextColumn(500)
  title!: string;

  /** What `meetings(filter: { search })` matches: a substring, so no index would serve it. */
  @SearchKeyColumn('title', 500)
  titleKey?: string;

  @Field(() => MeetingKind)
  @TextColumn(32)
  kind!: MeetingKind;

  @Field(() => MeetingFormat)
  @TextColumn(16)
  format!: MeetingFormat;

  @Field(() => MeetingStatus)
  @TextColumn(16)
  status!: MeetingStatus;

  /** Optimistic concurrency for `updateMeeting`: bumped by every change of the meeting's own fields. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The plan the meeting implements, e.g. "Kế hoạch số 714/KH–VKS–BCĐ"',
  })
  @TextColumn(500, { nullable: true })
  planReference!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  organizerId!: string | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizerId' })
  organizerUnit?: Unit | null;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  hostUnitId!: string | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hostUnitId' })
  hostUnitRef?: Unit | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  scheduledStart!: Date | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  scheduledEnd!: Date | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  endedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the meeting was cancelled' })
  @TextColumn(1000, { nullable: true })
  cancelReason!: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  lastEventSeq!: number;

  @IdRefColumn({ nullable: true })
  createdById!: string | null;
}

/** The users who host (chủ trì, thư ký) a meeting: besides ADMIN, only they change it. */
@Entity('meeting_host')
export class MeetingHost {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  meetingId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
}
