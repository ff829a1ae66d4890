import { MigrationInterface, QueryRunner } from 'typeorm';

export class Minutes1796215045951 implements MigrationInterface {
  name = 'Minutes1796215045951';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "minutes" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL, "finalizedAt" datetime(3), "lastEditedById" varchar(36), CONSTRAINT "UQ_a45fc897fdbbdc00427d2680886" UNIQUE ("meetingId"), CONSTRAINT "REL_a45fc897fdbbdc00427d268088" UNIQUE ("meetingId"))',
    );
    await q.query(
      'CREATE TABLE "temporary_minutes" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL, "finalizedAt" datetime(3), "lastEditedById" varchar(36), CONSTRAINT "UQ_a45fc897fdbbdc00427d2680886" UNIQUE ("meetingId"), CONSTRAINT "REL_a45fc897fdbbdc00427d268088" UNIQUE ("meetingId"), CONSTRAINT "FK_a45fc897fdbbdc00427d2680886" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_minutes"("id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "finalizedAt", "lastEditedById") SELECT "id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "finalizedAt", "lastEditedById" FROM "minutes"',
    );
    await q.query('DROP TABLE "minutes"');
    await q.query('ALTER TABLE "temporary_minutes" RENAME TO "minutes"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "minutes" RENAME TO "temporary_minutes"');
    await q.query(
      'CREATE TABLE "minutes" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL, "finalizedAt" datetime(3), "lastEditedById" varchar(36), CONSTRAINT "UQ_a45fc897fdbbdc00427d2680886" UNIQUE ("meetingId"), CONSTRAINT "REL_a45fc897fdbbdc00427d268088" UNIQUE ("meetingId"))',
    );
    await q.query(
      'INSERT INTO "minutes"("id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "finalizedAt", "lastEditedById") SELECT "id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "finalizedAt", "lastEditedById" FROM "temporary_minutes"',
    );
    await q.query('DROP TABLE "temporary_minutes"');
    await q.query('DROP TABLE "minutes"');
  }
}
