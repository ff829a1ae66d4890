import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseRecord, IdRefColumn, TextColumn } from '../db/columns';
import { ReportSubmission } from '../reports/report.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';

/**
 * An uploaded file's description; its bytes are in the file storage (file-storage.ts) under the
 * same id. Unattached, only its uploader reads it; attached to a report or to an agenda item (one
 * of them at most), it is read like what it is attached to.
 */
@ObjectType('File')
@Entity('stored_file')
@Index(['submissionId'])
@Index(['agendaItemId'])
export class StoredFile extends BaseRecord {
  @Field({ description: 'The name it was uploaded with' })
  @TextColumn(255)
  name!: string;

  @Field(() => Int, { description: 'In bytes' })
  @Column({ type: 'int' })
  size!: number;

  @Field()
  @TextColumn(100)
  contentType!: string;

  /** Who uploaded it: `user:<id>` or `site:<connection point id>` (uploaderKey in access.ts). */
  @TextColumn(64)
  uploader!: string;

  @IdRefColumn({ nullable: true })
  submissionId!: string | null;

  @ManyToOne(() => ReportSubmission, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submissionId' })
  submissionRef?: ReportSubmission | null;

  @IdRefColumn({ nullable: true })
  agendaItemId!: string | null;

  @ManyToOne(() => AgendaItem, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agendaItemId' })
  agendaItemRef?: AgendaItem | null;
}

/**
 * A piece of a file's bytes, for the storage in the database: pieces small enough for a BLOB on
 * both dialects and for MySQL's packet limit, written as they arrive.
 */
@Entity('file_chunk')
export class FileChunk {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  fileId!: string;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'blob' })
  data!: Buffer;
}
