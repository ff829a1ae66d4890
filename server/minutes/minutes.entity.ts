import { Column, Entity, JoinColumn, OneToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, LongTextColumn, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';

/** Longest minutes: a national meeting's record, in what LongTextColumn holds on both databases. */
export const MINUTES_MAX = 200_000;

export enum MinutesStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}
registerEnumType(MinutesStatus, { name: 'MinutesStatus' });

/** The minutes (biên bản) of a meeting: drafted from its event log, edited by the secretary, finalized. */
@ObjectType()
@Entity('minutes')
export class Minutes extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn({ unique: true })
  meetingId!: string;

  @OneToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field({ description: 'One paragraph a line' })
  @LongTextColumn()
  text!: string;

  /** Bumped by every edit; `updateMinutes` takes the version it read. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => MinutesStatus)
  @TextColumn(16)
  status!: MinutesStatus;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  finalizedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  lastEditedById!: string | null;
}
