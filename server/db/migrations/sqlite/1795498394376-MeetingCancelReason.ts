import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingCancelReason1795498394376 implements MigrationInterface {
  name = 'MeetingCancelReason1795498394376';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query(
      'CREATE TABLE "temporary_meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), "cancelReason" varchar(1000), CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_meeting"("id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById") SELECT "id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById" FROM "meeting"',
    );
    await q.query('DROP TABLE "meeting"');
    await q.query('ALTER TABLE "temporary_meeting" RENAME TO "meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query('ALTER TABLE "meeting" RENAME TO "temporary_meeting"');
    await q.query(
      'CREATE TABLE "meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "meeting"("id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById") SELECT "id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById" FROM "temporary_meeting"',
    );
    await q.query('DROP TABLE "temporary_meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
  }
}
