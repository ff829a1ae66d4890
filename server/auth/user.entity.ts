import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, DateTimeColumn, IdRefColumn, TextColumn } from '../db/columns';
import { Unit } from '../units/unit.entity';

export enum Role {
  ADMIN = 'ADMIN',
  HOST = 'HOST',
  SITE_OPERATOR = 'SITE_OPERATOR',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role' });

@ObjectType()
@Entity('user')
export class User extends BaseRecord {
  @Field()
  @TextColumn(64, { unique: true })
  username!: string;

  /** scrypt$N$r$p$salt$hash, see auth/password.ts */
  @TextColumn(255)
  passwordHash!: string;

  @Field(() => Role)
  @TextColumn(16)
  role!: Role;

  @Field()
  @TextColumn(255)
  displayName!: string;

  /** The unit the user belongs to (a site operator reports on this unit's directives). */
  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unitId' })
  unit?: Unit | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /** Tokens issued before this (a password reset) no longer sign requests. */
  @DateTimeColumn({ nullable: true })
  tokensValidFrom!: Date | null;
}
