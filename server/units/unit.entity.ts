import { BeforeInsert, BeforeUpdate, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseRecord, IdRefColumn, TextColumn } from '../db/columns';
import { SearchKeyColumn } from '../db/search-keys';

export enum UnitLevel {
  SUPREME = 'SUPREME',
  HIGH = 'HIGH',
  PROVINCIAL = 'PROVINCIAL',
  DISTRICT = 'DISTRICT',
  /** A department of a unit: Phòng 1, Văn phòng, Vụ 9, Cục 3 … */
  DEPARTMENT = 'DEPARTMENT',
  /** A body that is not a procuracy level: a steering committee (Ban Chỉ đạo) and the like. */
  OTHER = 'OTHER',
}
registerEnumType(UnitLevel, { name: 'UnitLevel', description: 'Place of a unit in the procuracy tree' });

/**
 * An organisational unit (đơn vị) of the procuracy; units form a tree through `parentId`. Names are
 * unique under a parent by their search key: "Đồng Xuân", "ĐỒNG XUÂN" and "Dong Xuan" are one unit.
 */
// Fields read as graphql-js reads them, without a resolver each: the national meeting's answer has
// thousands of these objects.
@ObjectType({ simpleResolvers: true })
@Entity('unit')
@Index(['siblingsKey', 'nameKey'], { unique: true })
export class Unit extends BaseRecord {
  @Field()
  @TextColumn(255)
  name!: string;

  @SearchKeyColumn('name', 255)
  nameKey?: string;

  @Field(() => UnitLevel)
  @TextColumn(16)
  level!: UnitLevel;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  @Index()
  parentId!: string | null;

  /**
   * The parent's id, '' for a top-level unit: the unique index's half that is never NULL (NULLs never
   * collide in a unique index, so two top-level units of one name created at once would both pass).
   */
  @IdRefColumn()
  siblingsKey?: string;

  @BeforeInsert()
  @BeforeUpdate()
  keySiblings(): void {
    this.siblingsKey = this.parentId ?? '';
  }

  /** The name written out in full on documents, when the short name's expansion is not it (unit-names.ts). */
  @TextColumn(255, { nullable: true })
  fullName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where its documents are issued ("Quảng Ngãi"), when its name does not say it',
  })
  @TextColumn(100, { nullable: true })
  placeName!: string | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId' })
  parent?: Unit | null;
}
