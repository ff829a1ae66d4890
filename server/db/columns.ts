import { randomUUID } from 'node:crypto';
import { BeforeInsert, BeforeUpdate, Column, ColumnOptions, DataSource, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** Millisecond timestamps, stored as UTC on both dialects. */
export const DateTimeColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'datetime', precision: 3, ...options });

/** Names and titles: utf8mb4 on MySQL, so 255 characters of Vietnamese fit an index. */
export const TextColumn = (length: number, options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'varchar', length, ...options });

/** Per entity class, its columns declared with LongTextColumn. */
const longTextColumns = new WeakMap<object, Set<string>>();

/**
 * Text that can pass MySQL's TEXT (65,535 bytes) within what validation admits: JSON snapshots and
 * lists, where a control character takes 6 bytes escaped and a Vietnamese letter 3. TEXT on SQLite
 * (unbounded), MEDIUMTEXT (16 MB) on MySQL: TypeORM has no type valid on both, so the data source
 * widens these columns when it opens (widenLongText).
 */
export const LongTextColumn =
  (options: ColumnOptions = {}): PropertyDecorator =>
  (target, key) => {
    const columns = longTextColumns.get(target.constructor) ?? new Set<string>();
    longTextColumns.set(target.constructor, columns.add(String(key)));
    Column({ type: 'text', ...options })(target, key);
  };

/** On MySQL/MariaDB: the LongTextColumn columns of `dataSource`'s entities become MEDIUMTEXT. */
export function widenLongText(dataSource: DataSource): void {
  for (const entity of dataSource.entityMetadatas) {
    for (const column of entity.columns) {
      if (longTextColumns.get(column.target as object)?.has(column.propertyName)) column.type = 'mediumtext';
    }
  }
}

/** A list of strings as JSON text (what TypeORM's simple-json does, on a column type of our choice). */
export const jsonList = {
  to: (value: string[]): string => JSON.stringify(value),
  from: (value: string): string[] => JSON.parse(value) as string[],
};

/** jsonList for a column that may hold no list (NULL stays null both ways). */
export const optionalJsonList = {
  to: (value: string[] | null | undefined): string | null => (value == null ? null : jsonList.to(value)),
  from: (value: string | null): string[] | null => (value == null ? null : jsonList.from(value)),
};

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
