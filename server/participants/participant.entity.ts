import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { Unit } from '../units/unit.entity';

export enum ParticipantRole {
  CHAIR = 'CHAIR',
  PRESENTER = 'PRESENTER',
  DELEGATE = 'DELEGATE',
  SECRETARY = 'SECRETARY',
  GUEST = 'GUEST',
}
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });

export enum Attendance {
  EXPECTED = 'EXPECTED',
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}
registerEnumType(Attendance, { name: 'Attendance' });

/** A delegate (đại biểu) of a meeting, seated at one connection point. */
// Fields read as graphql-js reads them, without a resolver each: the national meeting's answer has
// thousands of these objects.
@ObjectType({ simpleResolvers: true })
@Entity('participant')
@Index(['meetingId', 'connectionPointId'])
export class Participant extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn()
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field(() => ID)
  @IdRefColumn()
  connectionPointId!: string;

  @ManyToOne(() => ConnectionPoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connectionPointId' })
  connectionPointRef?: ConnectionPoint;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unitRef?: Unit | null;

  @Field()
  @TextColumn(255)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Viện trưởng, Phó Viện trưởng, Trưởng phòng, Kiểm sát viên …',
  })
  @TextColumn(255, { nullable: true })
  position!: string | null;

  @Field(() => ParticipantRole)
  @TextColumn(16)
  role!: ParticipantRole;

  @Field(() => Attendance)
  @TextColumn(16, { default: Attendance.EXPECTED })
  attendance!: Attendance;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  checkedInAt!: Date | null;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  absenceReason!: string | null;
}
