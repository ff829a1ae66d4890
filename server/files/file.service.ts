import { randomUUID } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { EntityManager, In } from 'typeorm';
import { Actor } from '../auth/actor';
import { assertUploadFile, canReadFile, FileAttachment, uploaderOf } from '../access/access';
import { canSeeMeeting } from '../access/reach-sql';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { badInput, ErrorReason, notFound } from '../common/errors';
import { assertId } from '../common/ids';
import { Database } from '../db/database';
import { MeetingHost } from '../meetings/meeting.entity';
import { ReportSubmission } from '../reports/report.entity';
import { FileStorage } from './file-storage';
import { acceptedType } from './file-types';
import { StoredFile } from './stored-file.entity';

/** A file being read: its description and its bytes. */
export type FileDownload = { file: StoredFile; content: Readable };

/** What files are attached to, by the column of stored_file that names it: a report, an agenda item. */
export type FileOwner = 'submissionId' | 'agendaItemId';
const OWNERS: readonly FileOwner[] = ['submissionId', 'agendaItemId'];

/**
 * Uploaded files: kept through the storage (database or directory) as they arrive, within the size
 * limit and the accepted types, then attached to what they belong to (a unit's report, an agenda
 * item).
 */
export class FileService {
  constructor(
    private readonly db: Database,
    private readonly storage: FileStorage,
    readonly maxBytes: number,
  ) {}

  /**
   * Keeps the file `name` read from `source`. Over the size limit, FILE_TOO_LARGE once the bytes
   * have run past it, and nothing is kept; `source` is read to its end either way, so that the
   * request it comes from ends normally.
   */
  async upload(actor: Actor | null, name: string, source: Readable): Promise<StoredFile> {
    const uploader = assertUploadFile(actor);
    const contentType = acceptedType(name);
    const id = randomUUID();
    let size = 0;
    const limit = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        size += chunk.length;
        // Past the limit, the rest is read and dropped: the file is refused below.
        done(null, size > this.maxBytes ? undefined : chunk);
      },
    });
    await this.storage.write(
      id,
      pipeline(source, limit, () => undefined),
    );
    if (size > this.maxBytes) {
      await this.storage.remove(id);
      throw badInput('file', ErrorReason.FILE_TOO_LARGE, { maxBytes: this.maxBytes });
    }
    try {
      return await this.db.transaction((m) =>
        m.save(m.create(StoredFile, { id, name: name.normalize('NFC'), size, contentType, uploader })),
      );
    } catch (e) {
      await this.storage.remove(id);
      throw e;
    }
  }

  /** A file the actor may read (else NOT_FOUND: who may not read it does not learn it exists). */
  async download(actor: Actor | null, id: string): Promise<FileDownload> {
    assertId('id', id);
    const file = await this.db.read((m) => m.findOne(StoredFile, { where: { id } }));
    if (!file || !canReadFile(actor, file, await this.attachmentOf(actor, file))) {
      throw notFound('File', id);
    }
    return { file, content: this.storage.read(id) };
  }

  /**
   * Attaches `fileIds` to the report or agenda item `ownerId` (in the command that saves it): each
   * one uploaded by the actor and attached to nothing else; its earlier files not among them are let
   * go (to their uploaders alone again).
   */
  async attach(
    m: EntityManager,
    actor: Actor | null,
    owner: FileOwner,
    ownerId: string,
    fileIds: readonly string[],
    field: string,
  ): Promise<void> {
    fileIds.forEach((id) => assertId(field, id));
    const twice = fileIds.find((id, i) => fileIds.indexOf(id) !== i);
    if (twice) throw badInput(field, ErrorReason.DUPLICATE, { value: twice });
    const files = fileIds.length ? await m.find(StoredFile, { where: { id: In([...fileIds]) } }) : [];
    const uploader = uploaderOf(actor);
    // Attached to nothing, or to this owner already.
    const free = (f: StoredFile) => OWNERS.every((o) => f[o] === null || (o === owner && f[o] === ownerId));
    for (const id of fileIds) {
      const file = files.find((f) => f.id === id);
      if (!file || file.uploader !== uploader || !free(file)) {
        throw badInput(field, ErrorReason.FILE_NOT_AVAILABLE, { value: id });
      }
    }
    await m.update(StoredFile, { [owner]: ownerId }, { [owner]: null });
    if (fileIds.length) await m.update(StoredFile, { id: In([...fileIds]) }, { [owner]: ownerId });
  }

  /** The files of these reports or agenda items, in the order uploaded (for loaders). */
  of(owner: FileOwner, ownerIds: readonly string[]): Promise<StoredFile[]> {
    return this.db.read((m) =>
      m.find(StoredFile, {
        where: { [owner]: In([...ownerIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** What the file is attached to, as the access rules need it (null: nothing). */
  private async attachmentOf(actor: Actor | null, file: StoredFile): Promise<FileAttachment | null> {
    if (file.agendaItemId) {
      const itemId = file.agendaItemId;
      const item = await this.db.read((m) =>
        m.findOne(AgendaItem, { where: { id: itemId }, select: { id: true, meetingId: true } }),
      );
      return item && { agendaItem: { meetingSeen: await canSeeMeeting(this.db, actor, item.meetingId) } };
    }
    if (file.submissionId) {
      const report = await this.db.read((m) => reportOf(m, file.submissionId!));
      return report && { report };
    }
    return null;
  }
}

/** The report a file is attached to, as the access rules need it. */
async function reportOf(m: EntityManager, submissionId: string) {
  const submission = await m.findOne(ReportSubmission, { where: { id: submissionId } });
  if (!submission) return null;
  const hosts = await m.find(MeetingHost, { where: { meetingId: submission.meetingId } });
  return {
    meeting: { id: submission.meetingId, hostIds: hosts.map((h) => h.userId) },
    unitId: submission.unitId,
  };
}
