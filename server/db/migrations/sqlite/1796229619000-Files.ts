import { MigrationInterface, QueryRunner } from 'typeorm';

export class Files1796229619000 implements MigrationInterface {
  name = 'Files1796229619000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "stored_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "size" integer NOT NULL, "contentType" varchar(100) NOT NULL, "uploader" varchar(64) NOT NULL, "submissionId" varchar(36))',
    );
    await q.query('CREATE INDEX "IDX_b11dd732cb5a9983dcff305906" ON "stored_file" ("submissionId") ');
    await q.query(
      'CREATE TABLE "file_chunk" ("fileId" varchar(36) NOT NULL, "seq" integer NOT NULL, "data" blob NOT NULL, PRIMARY KEY ("fileId", "seq"))',
    );
    await q.query('DROP INDEX "IDX_b11dd732cb5a9983dcff305906"');
    await q.query(
      'CREATE TABLE "temporary_stored_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "size" integer NOT NULL, "contentType" varchar(100) NOT NULL, "uploader" varchar(64) NOT NULL, "submissionId" varchar(36), CONSTRAINT "FK_b11dd732cb5a9983dcff305906f" FOREIGN KEY ("submissionId") REFERENCES "report_submission" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_stored_file"("id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId") SELECT "id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId" FROM "stored_file"',
    );
    await q.query('DROP TABLE "stored_file"');
    await q.query('ALTER TABLE "temporary_stored_file" RENAME TO "stored_file"');
    await q.query('CREATE INDEX "IDX_b11dd732cb5a9983dcff305906" ON "stored_file" ("submissionId") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_b11dd732cb5a9983dcff305906"');
    await q.query('ALTER TABLE "stored_file" RENAME TO "temporary_stored_file"');
    await q.query(
      'CREATE TABLE "stored_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "size" integer NOT NULL, "contentType" varchar(100) NOT NULL, "uploader" varchar(64) NOT NULL, "submissionId" varchar(36))',
    );
    await q.query(
      'INSERT INTO "stored_file"("id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId") SELECT "id", "createdAt", "updatedAt", "name", "size", "contentType", "uploader", "submissionId" FROM "temporary_stored_file"',
    );
    await q.query('DROP TABLE "temporary_stored_file"');
    await q.query('CREATE INDEX "IDX_b11dd732cb5a9983dcff305906" ON "stored_file" ("submissionId") ');
    await q.query('DROP TABLE "file_chunk"');
    await q.query('DROP INDEX "IDX_b11dd732cb5a9983dcff305906"');
    await q.query('DROP TABLE "stored_file"');
  }
}
