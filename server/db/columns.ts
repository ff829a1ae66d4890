import { randomUUID } from 'node:crypto';
import { BeforeInsert, BeforeUpdate, Column, ColumnOptions, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** Millisecond timestamps, stored as UTC on both dialects. */
export const DateTimeColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'datetime', precision: 3, ...options });

/** Names and titles: utf8mb4 on MySQL, so 255 characters of Vietnamese fit an index. */
export const TextColumn = (length: number, options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'varchar', length, ...options });

/** A foreign key held as a UUID string. */
export const IdRefColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'varchar', length: 36, ...options });

/** Every record: a UUID given by the application (same on both dialects), creation and update times. */
@ObjectType()
export abstract class BaseRecord {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field()
  @DateTimeColumn()
  createdAt!: Date;

  @Field()
  @DateTimeColumn()
  updatedAt!: Date;

  // Set here rather than by column defaults, whose syntax differs between SQLite and MySQL.
  @BeforeInsert()
  beforeInsert(): void {
    if (!this.id) this.id = randomUUID();
    this.createdAt ??= new Date();
    this.updatedAt = this.createdAt;
  }

  @BeforeUpdate()
  beforeUpdate(): void {
    this.updatedAt = new Date();
  }
}
