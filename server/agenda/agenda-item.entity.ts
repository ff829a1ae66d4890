import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, jsonList, LongTextColumn, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';
import { Participant } from '../participants/participant.entity';

export enum AgendaItemKind {
  OPENING = 'OPENING',
  REPORT = 'REPORT',
  VIDEO_REPORT = 'VIDEO_REPORT',
  CONTRIBUTIONS = 'CONTRIBUTIONS',
  DISCUSSION = 'DISCUSSION',
  QUESTIONING = 'QUESTIONING',
  DIRECTIVE = 'DIRECTIVE',
  CONCLUSION = 'CONCLUSION',
  BREAK = 'BREAK',
  OTHER = 'OTHER',
}
registerEnumType(AgendaItemKind, { name: 'AgendaItemKind' });

export enum AgendaItemStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DONE = 'DONE',
  SKIPPED = 'SKIPPED',
}
registerEnumType(AgendaItemStatus, { name: 'AgendaItemStatus' });

/** An item of the meeting's programme (nội dung chương trình), kept in dense order 1..n. */
@ObjectType()
@Entity('agenda_item')
@Index(['meetingId', 'position'])
// `activeKey` is 'ACTIVE' on the active item and NULL elsewhere: at most one active item per meeting.
@Index(['meetingId', 'activeKey'], { unique: true })
export class AgendaItem extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn()
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field(() => Int, { description: '1-based place in the agenda' })
  @Column({ type: 'int' })
  position!: number;

  @Field()
  @TextColumn(500)
  title!: string;

  @Field(() => AgendaItemKind)
  @TextColumn(16)
  kind!: AgendaItemKind;

  @Field(() => AgendaItemStatus)
  @TextColumn(16, { default: AgendaItemStatus.PENDING })
  status!: AgendaItemStatus;

  @TextColumn(8, { nullable: true })
  activeKey!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  plannedMinutes!: number | null;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  presenterId!: string | null;

  @ManyToOne(() => Participant, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenterId' })
  presenterRef?: Participant | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => [String], {
    description: 'Documents sent ahead, by name or link (the files uploaded are `files`)',
  })
  @LongTextColumn({ transformer: jsonList })
  documents!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The video shown (a VIDEO_REPORT item): an http(s) link',
  })
  @TextColumn(2000, { nullable: true })
  videoUrl!: string | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  endedAt!: Date | null;
}
