import { MigrationInterface, QueryRunner } from 'typeorm';

export class AgendaFiles1796284055688 implements MigrationInterface {
  name = 'AgendaFiles1796284055688';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_333f0984b6e739eff4e407d6df"');
    await q.query('DROP INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec"');
    await q.query(
      'CREATE TABLE "temporary_agenda_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "position" integer NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT (\'PENDING\'), "activeKey" varchar(8), "plannedMinutes" integer, "presenterId" varchar(36), "notes" text, "documents" text NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), "videoUrl" varchar(2000), CONSTRAINT "FK_e8a4f13b73460319c891930ebed" FOREIGN KEY ("presenterId") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_28bc9d0411e9396fd1a0eb9e497" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_agenda_item"("id", "createdAt", "updatedAt", "meetingId", "position", "title", "kind", "status", "activeKey", "plannedMinutes", "presenterId", "notes", "documents", "startedAt", "endedAt") SELECT "id", "createdAt", "updatedAt", "meetingId", "position", "title", "kind", "status", "activeKey", "plannedMinutes", "presenterId", "notes", "documents", "startedAt", "endedAt" FROM "agenda_item"',
    );
    await q.query('DROP TABLE "agenda_item"');
    await q.query('ALTER TABLE "temporary_agenda_item" RENAME TO "agenda_item"');
    await q.query(
      'CREATE INDEX "IDX_333f0984b6e739eff4e407d6df" ON "agenda_item" ("meetingId", "position") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec" ON "agenda_item" ("meetingId", "activeKey") ',
    );
    await q.query('DROP INDEX "IDX_b11dd732cb5a9983dcff305906"');
    await q.query(
      'CREATE TABLE "temporary_stored_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "size" integer NOT NULL, "contentType" varchar(100) NOT NULL, "uploader" varchar(64) NOT NULL, "submissionId" varchar(36), "agendaItemId" varchar(36), CONSTRAINT "FK_b11dd732cb5a9983dcff305906f" FOREIGN KEY ("submissionId") REFERENCES "report_submission" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_stored_file"("id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId") SELECT "id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId" FROM "stored_file"',
    );
    await q.query('DROP TABLE "stored_file"');
    await q.query('ALTER TABLE "temporary_stored_file" RENAME TO "stored_file"');
    await q.query('CREATE INDEX "IDX_b11dd732cb5a9983dcff305906" ON "stored_file" ("submissionId") ');
    await q.query('CREATE INDEX "IDX_dd85804c43af0cb6ee919afc47" ON "stored_file" ("agendaItemId") ');
    await q.query('DROP INDEX "IDX_b11dd732cb5a9983dcff305906"');
    await q.query('DROP INDEX "IDX_dd85804c43af0cb6ee919afc47"');
    await q.query(
      'CREATE TABLE "temporary_stored_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "size" integer NOT NULL, "contentType" varchar(100) NOT NULL, "uploader" varchar(64) NOT NULL, "submissionId" varchar(36), "agendaItemId" varchar(36), CONSTRAINT "FK_b11dd732cb5a9983dcff305906f" FOREIGN KEY ("submissionId") REFERENCES "report_submission" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_dd85804c43af0cb6ee919afc47b" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_stored_file"("id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId", "agendaItemId") SELECT "id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId", "agendaItemId" FROM "stored_file"',
    );
    await q.query('DROP TABLE "stored_file"');
    await q.query('ALTER TABLE "temporary_stored_file" RENAME TO "stored_file"');
    await q.query('CREATE INDEX "IDX_b11dd732cb5a9983dcff305906" ON "stored_file" ("submissionId") ');
    await q.query('CREATE INDEX "IDX_dd85804c43af0cb6ee919afc47" ON "stored_file" ("agendaItemId") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_dd85804c43af0cb6ee919afc47"');
    await q.query('DROP INDEX "IDX_b11dd732cb5a9983dcff305906"');
    await q.query('ALTER TABLE "stored_file" RENAME TO "temporary_stored_file"');
    await q.query(
      'CREATE TABLE "stored_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "size" integer NOT NULL, "contentType" varchar(100) NOT NULL, "uploader" varchar(64) NOT NULL, "submissionId" varchar(36), "agendaItemId" varchar(36), CONSTRAINT "FK_b11dd732cb5a9983dcff305906f" FOREIGN KEY ("submissionId") REFERENCES "report_submission" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "stored_file"("id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId", "agendaItemId") SELECT "id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId", "agendaItemId" FROM "temporary_stored_file"',
    );
    await q.query('DROP TABLE "temporary_stored_file"');
    await q.query('CREATE INDEX "IDX_dd85804c43af0cb6ee919afc47" ON "stored_file" ("agendaItemId") ');
    await q.query('CREATE INDEX "IDX_b11dd732cb5a9983dcff305906" ON "stored_file" ("submissionId") ');
    await q.query('DROP INDEX "IDX_dd85804c43af0cb6ee919afc47"');
    await q.query('DROP INDEX "IDX_b11dd732cb5a9983dcff305906"');
    await q.query('ALTER TABLE "stored_file" RENAME TO "temporary_stored_file"');
    await q.query(
      'CREATE TABLE "stored_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "size" integer NOT NULL, "contentType" varchar(100) NOT NULL, "uploader" varchar(64) NOT NULL, "submissionId" varchar(36), CONSTRAINT "FK_b11dd732cb5a9983dcff305906f" FOREIGN KEY ("submissionId") REFERENCES "report_submission" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "stored_file"("id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId") SELECT "id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId" FROM "temporary_stored_file"',
    );
    await q.query('DROP TABLE "temporary_stored_file"');
    await q.query('CREATE INDEX "IDX_b11dd732cb5a9983dcff305906" ON "stored_file" ("submissionId") ');
    await q.query('DROP INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec"');
    await q.query('DROP INDEX "IDX_333f0984b6e739eff4e407d6df"');
    await q.query('ALTER TABLE "agenda_item" RENAME TO "temporary_agenda_item"');
    await q.query(
      'CREATE TABLE "agenda_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "position" integer NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT (\'PENDING\'), "activeKey" varchar(8), "plannedMinutes" integer, "presenterId" varchar(36), "notes" text, "documents" text NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), CONSTRAINT "FK_e8a4f13b73460319c891930ebed" FOREIGN KEY ("presenterId") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_28bc9d0411e9396fd1a0eb9e497" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "agenda_item"("id", "createdAt", "updatedAt", "meetingId", "position", "title", "kind", "status", "activeKey", "plannedMinutes", "presenterId", "notes", "documents", "startedAt", "endedAt") SELECT "id", "createdAt", "updatedAt", "meetingId", "position", "title", "kind", "status", "activeKey", "plannedMinutes", "presenterId", "notes", "documents", "startedAt", "endedAt" FROM "temporary_agenda_item"',
    );
    await q.query('DROP TABLE "temporary_agenda_item"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec" ON "agenda_item" ("meetingId", "activeKey") ',
    );
    await q.query(
      'CREATE INDEX "IDX_333f0984b6e739eff4e407d6df" ON "agenda_item" ("meetingId", "position") ',
    );
  }
}
