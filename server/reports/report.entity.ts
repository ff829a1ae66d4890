import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, jsonList, LongTextColumn, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';

/** A request to units taking part in a meeting to send a report before it, by a deadline. */
@ObjectType()
@Entity('report_request')
@Index(['meetingId', 'createdAt'])
export class ReportRequest extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn()
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meetingRef?: Meeting;

  @Field()
  @TextColumn(255)
  title!: string;

  @Field()
  @DateTimeColumn()
  deadline!: Date;

  /** The units asked, each a unit of one of the meeting's connection points. */
  @Field(() => [ID])
  @LongTextColumn({ transformer: jsonList })
  unitIds!: string[];
}

/** A unit's report in answer to a request: sent again, it replaces the one before. */
@ObjectType()
@Entity('report_submission')
@Index(['requestId', 'unitId'], { unique: true })
export class ReportSubmission extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn()
  requestId!: string;

  @ManyToOne(() => ReportRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requestId' })
  requestRef?: ReportRequest;

  @Field(() => ID)
  @IdRefColumn()
  meetingId!: string;

  @Field(() => ID)
  @IdRefColumn()
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unitRef?: Unit;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  @Field()
  @DateTimeColumn()
  submittedAt!: Date;

  @Field({ description: 'Who sent it: a user name or a connection point name' })
  @TextColumn(255)
  submittedBy!: string;
}
