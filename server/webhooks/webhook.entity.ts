import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, jsonList, TextColumn } from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';
import { Unit } from '../units/unit.entity';
import { User } from '../auth/user.entity';
import { MeetingEventType } from '../events/event-type';

/**
 * Where the events of a meeting, or of every meeting an organizer unit holds, are POSTed (signed).
 * The secret signs and is never read back.
 */
@ObjectType({ description: 'An HTTPS endpoint receiving the events of a meeting, or of an organizer unit' })
@Entity('webhook')
@Index(['meetingId'])
@Index(['organizerUnitId'])
export class Webhook extends BaseRecord {
  @Field()
  @TextColumn(2048)
  url!: string;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field(() => ID, { nullable: true, description: 'Every meeting this unit organizes' })
  @IdRefColumn({ nullable: true })
  organizerUnitId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizerUnitId' })
  organizerUnit?: Unit;

  @Field(() => [MeetingEventType], { description: 'Only these types (empty: every event)' })
  @Column({ type: 'text', transformer: jsonList })
  eventTypes!: MeetingEventType[];

  /** `whsec_` and the base64 of the HMAC key (Standard Webhooks). */
  @TextColumn(128)
  secret!: string;

  @Field(() => ID)
  @IdRefColumn()
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;
}

/**
 * How far a webhook has got in one meeting's log: events are POSTed one at a time in seq order, the
 * next only once the last was accepted. The lease makes one instance at a time deliver it.
 */
@ObjectType('WebhookDelivery', { description: "A webhook's deliveries of one meeting's events" })
@Entity('webhook_stream')
@Index(['webhookId', 'meetingId'], { unique: true })
export class WebhookStream extends BaseRecord {
  @IdRefColumn()
  webhookId!: string;

  @ManyToOne(() => Webhook, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhookId' })
  webhook?: Webhook;

  @Field(() => ID)
  @IdRefColumn()
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field(() => Int, { description: 'Every event up to this seq was delivered (or not of its types)' })
  @Column({ type: 'int', default: 0 })
  deliveredSeq!: number;

  @Field(() => Int, { description: 'Failed attempts at the next event' })
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When the next event is tried again' })
  @DateTimeColumn({ nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt (none: no answer)' })
  @Column({ type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  lastError!: string | null;

  @TextColumn(64, { nullable: true })
  leaseOwner!: string | null;

  @DateTimeColumn({ nullable: true })
  leaseUntil!: Date | null;
}
