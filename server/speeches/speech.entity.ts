import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Participant } from '../participants/participant.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Unit } from '../units/unit.entity';

export enum SpeechKind {
  CONTRIBUTION = 'CONTRIBUTION',
  COMMENT = 'COMMENT',
  REPORT = 'REPORT',
  QUESTION = 'QUESTION',
  EXPLANATION = 'EXPLANATION',
  DIRECTIVE = 'DIRECTIVE',
  CONCLUSION = 'CONCLUSION',
}
registerEnumType(SpeechKind, { name: 'SpeechKind' });

export enum SpeechStatus {
  REQUESTED = 'REQUESTED',
  QUEUED = 'QUEUED',
  SPEAKING = 'SPEAKING',
  DONE = 'DONE',
  WITHDRAWN = 'WITHDRAWN',
  REJECTED = 'REJECTED',
}
registerEnumType(SpeechStatus, { name: 'SpeechStatus' });

/** A speech (phát biểu) in an agenda item's list of speakers. */
@ObjectType()
@Entity('speech')
@Index(['agendaItemId', 'status', 'queuePosition'])
// `speakingKey` is 'SPEAKING' while the speech is on and NULL otherwise: one speaker per meeting.
@Index(['meetingId', 'speakingKey'], { unique: true })
export class Speech extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn()
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field(() => ID)
  @IdRefColumn()
  agendaItemId!: string;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agendaItemId' })
  agendaItemRef?: AgendaItem;

  @Field(() => ID, { nullable: true, description: 'The speaker, when registered as a participant' })
  @IdRefColumn({ nullable: true })
  participantId!: string | null;

  @ManyToOne(() => Participant, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'participantId' })
  participantRef?: Participant | null;

  @Field(() => String, { nullable: true, description: "The speaker's name as announced" })
  @TextColumn(255, { nullable: true })
  speakerName!: string | null;

  @Field(() => ID)
  @IdRefColumn()
  connectionPointId!: string;

  @ManyToOne(() => ConnectionPoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connectionPointId' })
  connectionPointRef?: ConnectionPoint;

  @Field(() => ID, {
    nullable: true,
    description:
      'The unit speaking when not the connection point’s own: a department of the host unit questioned',
  })
  @IdRefColumn({ nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unitRef?: Unit | null;

  @Field(() => SpeechKind)
  @TextColumn(16)
  kind!: SpeechKind;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  topic!: string | null;

  @Field(() => SpeechStatus)
  @TextColumn(16)
  status!: SpeechStatus;

  @TextColumn(16, { nullable: true })
  speakingKey!: string | null;

  @Field(() => Int, { nullable: true, description: '1-based place in the queue while QUEUED' })
  @Column({ type: 'int', nullable: true })
  queuePosition!: number | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  timeLimitSeconds!: number;

  @Field()
  @DateTimeColumn()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  endedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  spokenSeconds!: number | null;

  /** While SPEAKING in a paused meeting: when its clock stopped. */
  @DateTimeColumn({ nullable: true })
  pausedAt!: Date | null;

  /** The pauses the speech's clock has already left out (milliseconds). */
  @Column({ type: 'int', default: 0 })
  pausedMs!: number;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  rejectionReason!: string | null;

  /** For an EXPLANATION: the QUESTION it answers. */
  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  questionId!: string | null;

  @ManyToOne(() => Speech, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'questionId' })
  questionRef?: Speech | null;
}
