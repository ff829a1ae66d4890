import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  BaseRecord,
  DateTimeColumn,
  IdRefColumn,
  LongTextColumn,
  optionalJsonList,
  TextColumn,
} from '../db/columns';
import { Meeting } from '../meetings/meeting.entity';
import { Participant } from '../participants/participant.entity';

/** Longest conclusion text: a MySQL TEXT holds 65,535 bytes, up to 4 per character in utf8mb4. */
export const CONCLUSION_MAX = 16_000;
export const NOTICE_PLACE_MAX = 100;
export const SIGNER_TEXT_MAX = 200;
/** Lines of Nơi nhận, and the length of one. */
export const RECIPIENTS_MAX = 60;
export const RECIPIENT_MAX = 255;

export enum ConclusionStatus {
  DRAFT = 'DRAFT',
  ANNOUNCED = 'ANNOUNCED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ConclusionStatus, { name: 'ConclusionStatus' });

/** The chair's conclusion (kết luận) of a meeting; published as a numbered notice (Thông báo kết luận). */
@ObjectType()
@Entity('conclusion')
// A notice number is unique per organizer unit and year ("12/TB-VKS" of 2022).
@Index(['organizerId', 'noticeYear', 'noticeNumber'], { unique: true })
export class Conclusion extends BaseRecord {
  @Field(() => ID)
  @IdRefColumn({ unique: true })
  meetingId!: string;

  @OneToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field()
  @Column({ type: 'text' })
  text!: string;

  /** Bumped by every edit; `updateConclusion` takes the version it read. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => ConclusionStatus)
  @TextColumn(16)
  status!: ConclusionStatus;

  @Field(() => ID, { nullable: true, description: 'Who concludes (usually the chair)' })
  @IdRefColumn({ nullable: true })
  concludedById!: string | null;

  @ManyToOne(() => Participant, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'concludedById' })
  concludedByRef?: Participant | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  announcedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Number of the written notice, e.g. "12/TB-VKS"' })
  @TextColumn(64, { nullable: true })
  noticeNumber!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  noticeYear!: number | null;

  /** The organizer unit at publication: the scope of notice numbers. */
  @IdRefColumn({ nullable: true })
  organizerId!: string | null;

  @Field(() => Date, { nullable: true })
  @DateTimeColumn({ nullable: true })
  publishedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  @IdRefColumn({ nullable: true })
  lastEditedById!: string | null;

  /** The date the notice bears (ngày ký), from publishing; the notice's fields are read through Conclusion.notice. */
  @DateTimeColumn({ nullable: true })
  signedAt!: Date | null;

  /** The place of issue on the notice ("Quảng Ngãi"); null when the issuer has none. */
  @TextColumn(NOTICE_PLACE_MAX, { nullable: true })
  noticePlace!: string | null;

  /** "KT. VIỆN TRƯỞNG", "TM. BAN CHỈ ĐẠO", "Q." …: who the signer signs for; null signing in one's own name. */
  @TextColumn(SIGNER_TEXT_MAX, { nullable: true })
  signerAuthority!: string | null;

  @TextColumn(SIGNER_TEXT_MAX, { nullable: true })
  signerTitle!: string | null;

  @TextColumn(SIGNER_TEXT_MAX, { nullable: true })
  signerName!: string | null;

  /** Nơi nhận as published, one recipient a line. */
  @LongTextColumn({ nullable: true, transformer: optionalJsonList })
  recipients!: string[] | null;
}
