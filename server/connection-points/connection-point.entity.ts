import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';

export enum ConnectionPointRole {
  HOST = 'HOST',
  SITE = 'SITE',
}
registerEnumType(ConnectionPointRole, { name: 'ConnectionPointRole' });

export enum ConnectionState {
  NEVER_JOINED = 'NEVER_JOINED',
  CONNECTED = 'CONNECTED',
  LOST = 'LOST',
}
registerEnumType(ConnectionState, {
  name: 'ConnectionState',
  description: "A site's connection to the meeting, from its live WebSocket connections",
  valuesConfig: {
    NEVER_JOINED: { description: 'No socket of the site has connected yet' },
    CONNECTED: { description: 'At least one socket of the site is open' },
    LOST: {
      description:
        'Every socket of the site has been closed for the grace period (PRESENCE_GRACE_MS); lastSeenAt is when the last one closed',
    },
  },
});

/** A connection point (điểm cầu): one participating unit's room, joined to the meeting over video. */
// Fields read as graphql-js reads them, without a resolver each: the national meeting's answer has
// thousands of these objects.
@ObjectType({ simpleResolvers: true })
@Entity('connection_point')
@Index(['meetingId', 'unitId'], { unique: true })
// `hostKey` is 'HOST' on the host point and NULL elsewhere: the database itself keeps one host per meeting.
@Index(['meetingId', 'hostKey'], { unique: true })
export class ConnectionPoint extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn()
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field(() => ID)
  @IdRefColumn()
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unitRef?: Unit;

  @Field(() => ConnectionPointRole)
  @TextColumn(8)
  role!: ConnectionPointRole;

  @TextColumn(8, { nullable: true })
  hostKey!: string | null;

  @Field()
  @TextColumn(255)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Room or address' })
  @TextColumn(255, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(255, { nullable: true })
  operatorName!: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(64, { nullable: true })
  operatorContact!: string | null;

  @Field(() => String, { nullable: true, description: 'Who presides at this site' })
  @TextColumn(255, { nullable: true })
  presidingName!: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  expectedAttendance!: number;

  @Field(() => ConnectionState)
  @TextColumn(16, { default: ConnectionState.NEVER_JOINED })
  connectionState!: ConnectionState;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  lastSeenAt!: Date | null;

  /** SHA-256 of the current site access code; NULL when none is issued or it was revoked. */
  @Index({ unique: true })
  @TextColumn(64, { nullable: true })
  accessCodeHash!: string | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  accessCodeIssuedAt!: Date | null;

  /** Bumped on every issue or revoke: site tokens carry it, so older tokens stop working. */
  @Column({ type: 'int', default: 0 })
  accessGeneration!: number;
}
