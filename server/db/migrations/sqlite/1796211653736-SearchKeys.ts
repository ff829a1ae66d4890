import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillUnitAndMeetingKeys } from '../search-key-backfill';

export class SearchKeys1796211653736 implements MigrationInterface {
  name = 'SearchKeys1796211653736';

  // The rebuilt tables take the text itself as its key until the backfill writes the keys, before the unique index.
  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7"');
    await q.query(
      'CREATE TABLE "temporary_unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36), "nameKey" varchar(255) NOT NULL, CONSTRAINT "FK_5dd750900308d1d70a3848b92c1" FOREIGN KEY ("parentId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_unit"("id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey") SELECT "id", "createdAt", "updatedAt", "name", "level", "parentId", "name" FROM "unit"',
    );
    await q.query('DROP TABLE "unit"');
    await q.query('ALTER TABLE "temporary_unit" RENAME TO "unit"');
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query(
      'CREATE TABLE "temporary_meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), "cancelReason" varchar(1000), "titleKey" varchar(500) NOT NULL, CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_meeting"("id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason", "titleKey") SELECT "id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason", "title" FROM "meeting"',
    );
    await q.query('DROP TABLE "meeting"');
    await q.query('ALTER TABLE "temporary_meeting" RENAME TO "meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await backfillUnitAndMeetingKeys(q);
    await q.query('CREATE UNIQUE INDEX "IDX_a1b557db6f5b6ab9af12baf9d1" ON "unit" ("parentId", "nameKey") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_a1b557db6f5b6ab9af12baf9d1"');
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query('ALTER TABLE "meeting" RENAME TO "temporary_meeting"');
    await q.query(
      'CREATE TABLE "meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), "cancelReason" varchar(1000), CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "meeting"("id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason") SELECT "id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason" FROM "temporary_meeting"',
    );
    await q.query('DROP TABLE "temporary_meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await q.query('ALTER TABLE "unit" RENAME TO "temporary_unit"');
    await q.query(
      'CREATE TABLE "unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36), CONSTRAINT "FK_5dd750900308d1d70a3848b92c1" FOREIGN KEY ("parentId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "unit"("id", "createdAt", "updatedAt", "name", "level", "parentId") SELECT "id", "createdAt", "updatedAt", "name", "level", "parentId" FROM "temporary_unit"',
    );
    await q.query('DROP TABLE "temporary_unit"');
    await q.query('CREATE UNIQUE INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7" ON "unit" ("parentId", "name") ');
  }
}
