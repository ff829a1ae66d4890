import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeColumn, jsonList, TextColumn } from '../db/columns';

/** What an audit record tells: a sign-in, or a change of a user account. */
export enum AuditAction {
  LOGIN_SUCCEEDED = 'LOGIN_SUCCEEDED',
  LOGIN_FAILED = 'LOGIN_FAILED',
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  USER_DISABLED = 'USER_DISABLED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

/**
 * One record of the audit log: appended in the transaction of what it records, never changed or
 * removed. It names users by id and username as they were, without a foreign key, so it outlives them.
 */
@ObjectType()
@Entity('audit_record')
@Index(['userId', 'seq'])
export class AuditRecord {
  @Field(() => Int, { description: 'Order of the log: later records have higher numbers' })
  @PrimaryGeneratedColumn({ type: 'int' })
  seq!: number;

  @Field()
  @DateTimeColumn()
  at!: Date;

  @Field(() => AuditAction)
  @TextColumn(32)
  action!: AuditAction;

  @Field(() => ID, {
    nullable: true,
    description: 'Who did it; null for a failed sign-in or the server itself',
  })
  @TextColumn(36, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(255, { nullable: true })
  actorName!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The account it is about (null: a sign-in with an unknown username)',
  })
  @TextColumn(36, { nullable: true })
  userId!: string | null;

  @Field(() => String, { description: 'The account’s username, or the one typed at a sign-in' })
  @TextColumn(64)
  username!: string;

  @Field(() => [String], { description: 'The fields a change set (names only, never a password)' })
  @TextColumn(1000, { transformer: jsonList })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'The client address of the request' })
  @TextColumn(64, { nullable: true })
  ip!: string | null;
}
