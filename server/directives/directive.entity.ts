import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';
import { Conclusion } from '../conclusions/conclusion.entity';
import { Unit } from '../units/unit.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';

export enum DirectiveStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(DirectiveStatus, { name: 'DirectiveStatus' });

/** A directive (ý kiến chỉ đạo): a task for a unit with a deadline, followed up after the meeting. */
@ObjectType()
@Entity('directive')
@Index(['assigneeUnitId', 'status', 'deadline'])
@Index(['meetingId'])
@Index(['groupId'])
// The reminders still to send: exactly the rows of one range of each (directive-reminders.ts).
@Index(['status', 'dueSoonRemindedAt', 'deadline'])
@Index(['status', 'overdueRemindedAt', 'deadline'])
export class Directive extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn()
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field(() => ID)
  @IdRefColumn()
  conclusionId!: string;

  @ManyToOne(() => Conclusion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conclusionId' })
  conclusionRef?: Conclusion;

  @Field(() => ID)
  @IdRefColumn()
  assigneeUnitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigneeUnitId' })
  assigneeUnitRef?: Unit;

  @Field()
  @Column({ type: 'text' })
  task!: string;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  deadline!: Date | null;

  @Field(() => DirectiveStatus)
  @TextColumn(16)
  status!: DirectiveStatus;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  sourceAgendaItemId!: string | null;

  @ManyToOne(() => AgendaItem, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sourceAgendaItemId' })
  sourceAgendaItemRef?: AgendaItem | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a host accepted the reported DONE' })
  @DateTimeColumn({ nullable: true })
  acceptedAt!: Date | null;

  @Field(() => ID, {
    description: 'Shared by the directives given together to several units (each its own progress)',
  })
  @IdRefColumn()
  groupId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The person of the unit it is given to, if one is named',
  })
  @TextColumn(255, { nullable: true })
  assigneePerson!: string | null;

  /** When DIRECTIVE_DUE_SOON was sent for the deadline (once); cleared when the deadline changes. */
  @DateTimeColumn({ nullable: true })
  dueSoonRemindedAt!: Date | null;

  /** When DIRECTIVE_OVERDUE was sent for the deadline (once); cleared when the deadline changes. */
  @DateTimeColumn({ nullable: true })
  overdueRemindedAt!: Date | null;
}

/** What an entry of a directive's history records. */
export enum DirectiveProgressKind {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  REOPENED = 'REOPENED',
}
registerEnumType(DirectiveProgressKind, { name: 'DirectiveProgressKind' });

/** One progress report on a directive (or a host's acceptance or reopening of it), kept as history. */
@ObjectType()
@Entity('directive_progress')
@Index(['directiveId', 'reportedAt'])
export class DirectiveProgress extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn()
  directiveId!: string;

  @ManyToOne(() => Directive, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'directiveId' })
  directiveRef?: Directive;

  @Field(() => DirectiveStatus)
  @TextColumn(16)
  status!: DirectiveStatus;

  @Field(() => DirectiveProgressKind)
  @TextColumn(16, { default: DirectiveProgressKind.REPORTED })
  kind!: DirectiveProgressKind;

  @Field({ description: 'The report, or the reason the host reopened the directive' })
  @Column({ type: 'text' })
  note!: string;

  @Field()
  @DateTimeColumn()
  reportedAt!: Date;

  @Field({ description: 'Who reported: a user name or a connection point name' })
  @TextColumn(255)
  reportedBy!: string;
}
