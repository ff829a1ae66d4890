import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticeDetailsAndUnitNames1796212114494 implements MigrationInterface {
  name = 'NoticeDetailsAndUnitNames1796212114494';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_a1b557db6f5b6ab9af12baf9d1"');
    await q.query(
      'CREATE TABLE "temporary_unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36), "nameKey" varchar(255) NOT NULL, "fullName" varchar(255), "placeName" varchar(100), CONSTRAINT "FK_5dd750900308d1d70a3848b92c1" FOREIGN KEY ("parentId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_unit"("id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey") SELECT "id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey" FROM "unit"',
    );
    await q.query('DROP TABLE "unit"');
    await q.query('ALTER TABLE "temporary_unit" RENAME TO "unit"');
    await q.query('CREATE UNIQUE INDEX "IDX_a1b557db6f5b6ab9af12baf9d1" ON "unit" ("parentId", "nameKey") ');
    await q.query('DROP INDEX "IDX_e788d7646407c83e079e3a15df"');
    await q.query(
      'CREATE TABLE "temporary_conclusion" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL, "concludedById" varchar(36), "announcedAt" datetime(3), "noticeNumber" varchar(64), "noticeYear" integer, "organizerId" varchar(36), "publishedAt" datetime(3), "lastEditedById" varchar(36), "signedAt" datetime(3), "noticePlace" varchar(100), "signerAuthority" varchar(200), "signerTitle" varchar(200), "signerName" varchar(200), "recipients" text, CONSTRAINT "UQ_0dfc59fd2f8713a968758d2f80c" UNIQUE ("meetingId"), CONSTRAINT "FK_1d2c2cfd90184a621836e5b63d5" FOREIGN KEY ("concludedById") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_0dfc59fd2f8713a968758d2f80c" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_conclusion"("id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "concludedById", "announcedAt", "noticeNumber", "noticeYear", "organizerId", "publishedAt", "lastEditedById") SELECT "id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "concludedById", "announcedAt", "noticeNumber", "noticeYear", "organizerId", "publishedAt", "lastEditedById" FROM "conclusion"',
    );
    await q.query('DROP TABLE "conclusion"');
    await q.query('ALTER TABLE "temporary_conclusion" RENAME TO "conclusion"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_e788d7646407c83e079e3a15df" ON "conclusion" ("organizerId", "noticeYear", "noticeNumber") ',
    );
    // Notices published before: dated by their publication.
    await q.query('UPDATE "conclusion" SET "signedAt" = "publishedAt" WHERE "publishedAt" IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_e788d7646407c83e079e3a15df"');
    await q.query('ALTER TABLE "conclusion" RENAME TO "temporary_conclusion"');
    await q.query(
      'CREATE TABLE "conclusion" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL, "concludedById" varchar(36), "announcedAt" datetime(3), "noticeNumber" varchar(64), "noticeYear" integer, "organizerId" varchar(36), "publishedAt" datetime(3), "lastEditedById" varchar(36), CONSTRAINT "UQ_0dfc59fd2f8713a968758d2f80c" UNIQUE ("meetingId"), CONSTRAINT "FK_1d2c2cfd90184a621836e5b63d5" FOREIGN KEY ("concludedById") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_0dfc59fd2f8713a968758d2f80c" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "conclusion"("id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "concludedById", "announcedAt", "noticeNumber", "noticeYear", "organizerId", "publishedAt", "lastEditedById") SELECT "id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "concludedById", "announcedAt", "noticeNumber", "noticeYear", "organizerId", "publishedAt", "lastEditedById" FROM "temporary_conclusion"',
    );
    await q.query('DROP TABLE "temporary_conclusion"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_e788d7646407c83e079e3a15df" ON "conclusion" ("organizerId", "noticeYear", "noticeNumber") ',
    );
    await q.query('DROP INDEX "IDX_a1b557db6f5b6ab9af12baf9d1"');
    await q.query('ALTER TABLE "unit" RENAME TO "temporary_unit"');
    await q.query(
      'CREATE TABLE "unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36), "nameKey" varchar(255) NOT NULL, CONSTRAINT "FK_5dd750900308d1d70a3848b92c1" FOREIGN KEY ("parentId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "unit"("id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey") SELECT "id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey" FROM "temporary_unit"',
    );
    await q.query('DROP TABLE "temporary_unit"');
    await q.query('CREATE UNIQUE INDEX "IDX_a1b557db6f5b6ab9af12baf9d1" ON "unit" ("parentId", "nameKey") ');
  }
}
