import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, IdRefColumn, jsonList, LongTextColumn, TextColumn } from '../db/columns';
import { MeetingFormat, MeetingKind } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';
import { MeetingTemplate } from './meeting-template';

export enum SeriesCadence {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  AD_HOC = 'AD_HOC',
}
registerEnumType(SeriesCadence, { name: 'SeriesCadence' });

const templateJson = {
  to: (value: MeetingTemplate): string => JSON.stringify(value),
  from: (value: string): MeetingTemplate => JSON.parse(value) as MeetingTemplate,
};

/**
 * A recurring meeting (giao ban tuần, tháng, quý …) of one organizer: what every meeting of it
 * starts from — its hosts, its standing connection points, participants and agenda (`template`).
 */
@ObjectType()
@Entity('meeting_series')
@Index(['organizerId'])
export class MeetingSeries extends BaseRecord {
  @Field({ description: 'e.g. "Giao ban tháng VKSND tỉnh Phú Yên"' })
  @TextColumn(500)
  title!: string;

  @Field(() => MeetingKind)
  @TextColumn(32)
  kind!: MeetingKind;

  @Field(() => MeetingFormat)
  @TextColumn(16)
  format!: MeetingFormat;

  @Field(() => SeriesCadence)
  @TextColumn(16)
  cadence!: SeriesCadence;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  planReference!: string | null;

  @Field(() => ID)
  @IdRefColumn()
  organizerId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizerId' })
  organizerUnit?: Unit;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  hostUnitId!: string | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hostUnitId' })
  hostUnitRef?: Unit | null;

  /** The standing hosts (chủ trì, thư ký) of every meeting of the series. */
  @LongTextColumn({ transformer: jsonList })
  hostUserIds!: string[];

  /** The standing setup, as one document: it is read and replaced whole, never queried into. */
  @LongTextColumn({ transformer: templateJson })
  template!: MeetingTemplate;

  /** Optimistic concurrency for `updateMeetingSeries`. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @IdRefColumn({ nullable: true })
  createdById!: string | null;
}
