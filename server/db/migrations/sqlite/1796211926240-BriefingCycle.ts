import { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefingCycle1796211926240 implements MigrationInterface {
  name = 'BriefingCycle1796211926240';

  // Directives given before groups existed are each a group of one (groupId = id).
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "meeting_series" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "cadence" varchar(16) NOT NULL, "planReference" varchar(500), "organizerId" varchar(36) NOT NULL, "hostUnitId" varchar(36), "hostUserIds" text NOT NULL, "template" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdById" varchar(36))',
    );
    await q.query('CREATE INDEX "IDX_22042972eca4708756e7043532" ON "meeting_series" ("organizerId") ');
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query(
      'CREATE TABLE "temporary_meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "titleKey" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), "cancelReason" varchar(1000), "seriesId" varchar(36), CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_meeting"("id", "createdAt", "updatedAt", "title", "titleKey", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason") SELECT "id", "createdAt", "updatedAt", "title", "titleKey", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason" FROM "meeting"',
    );
    await q.query('DROP TABLE "meeting"');
    await q.query('ALTER TABLE "temporary_meeting" RENAME TO "meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await q.query('DROP INDEX "IDX_3b7df2f1be04c04d19c6ab83ed"');
    await q.query('DROP INDEX "IDX_1bacd92f435fde1a9636cc1b26"');
    await q.query(
      'CREATE TABLE "temporary_directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "conclusionId" varchar(36) NOT NULL, "assigneeUnitId" varchar(36) NOT NULL, "task" text NOT NULL, "deadline" datetime(3), "status" varchar(16) NOT NULL, "sourceAgendaItemId" varchar(36), "completedAt" datetime(3), "acceptedAt" datetime(3), "groupId" varchar(36) NOT NULL, "assigneePerson" varchar(255), CONSTRAINT "FK_76a5e212e0f8ea805bf26d68980" FOREIGN KEY ("sourceAgendaItemId") REFERENCES "agenda_item" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_ec1269e05a5f2bdcd2f0cbb3b99" FOREIGN KEY ("assigneeUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a78e4393ed633e1d679b42daeee" FOREIGN KEY ("conclusionId") REFERENCES "conclusion" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1bacd92f435fde1a9636cc1b26b" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_directive"("id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt", "groupId") SELECT "id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt", "id" FROM "directive"',
    );
    await q.query('DROP TABLE "directive"');
    await q.query('ALTER TABLE "temporary_directive" RENAME TO "directive"');
    await q.query(
      'CREATE INDEX "IDX_3b7df2f1be04c04d19c6ab83ed" ON "directive" ("assigneeUnitId", "status", "deadline") ',
    );
    await q.query('CREATE INDEX "IDX_1bacd92f435fde1a9636cc1b26" ON "directive" ("meetingId") ');
    await q.query('DROP INDEX "IDX_ce001f3600b37a5abb59f9f94b"');
    await q.query(
      'CREATE TABLE "temporary_directive_progress" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "directiveId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "note" text NOT NULL, "reportedAt" datetime(3) NOT NULL, "reportedBy" varchar(255) NOT NULL, "kind" varchar(16) NOT NULL DEFAULT (\'REPORTED\'), CONSTRAINT "FK_bd36a92cd9138e5cfa5d8c2703b" FOREIGN KEY ("directiveId") REFERENCES "directive" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_directive_progress"("id", "createdAt", "updatedAt", "directiveId", "status", "note", "reportedAt", "reportedBy") SELECT "id", "createdAt", "updatedAt", "directiveId", "status", "note", "reportedAt", "reportedBy" FROM "directive_progress"',
    );
    await q.query('DROP TABLE "directive_progress"');
    await q.query('ALTER TABLE "temporary_directive_progress" RENAME TO "directive_progress"');
    await q.query(
      'CREATE INDEX "IDX_ce001f3600b37a5abb59f9f94b" ON "directive_progress" ("directiveId", "reportedAt") ',
    );
    await q.query(
      'CREATE INDEX "IDX_36cbf2e116ed4f37545d9f86e3" ON "meeting" ("seriesId", "scheduledStart") ',
    );
    await q.query('CREATE INDEX "IDX_c908792ee5673e127db8a84de2" ON "directive" ("groupId") ');
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query('DROP INDEX "IDX_36cbf2e116ed4f37545d9f86e3"');
    await q.query(
      'CREATE TABLE "temporary_meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "titleKey" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), "cancelReason" varchar(1000), "seriesId" varchar(36), CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3006b61a131ec271e13c6bd9763" FOREIGN KEY ("seriesId") REFERENCES "meeting_series" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_meeting"("id", "createdAt", "updatedAt", "title", "titleKey", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason", "seriesId") SELECT "id", "createdAt", "updatedAt", "title", "titleKey", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason", "seriesId" FROM "meeting"',
    );
    await q.query('DROP TABLE "meeting"');
    await q.query('ALTER TABLE "temporary_meeting" RENAME TO "meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await q.query(
      'CREATE INDEX "IDX_36cbf2e116ed4f37545d9f86e3" ON "meeting" ("seriesId", "scheduledStart") ',
    );
    await q.query('DROP INDEX "IDX_22042972eca4708756e7043532"');
    await q.query(
      'CREATE TABLE "temporary_meeting_series" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "cadence" varchar(16) NOT NULL, "planReference" varchar(500), "organizerId" varchar(36) NOT NULL, "hostUnitId" varchar(36), "hostUserIds" text NOT NULL, "template" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdById" varchar(36), CONSTRAINT "FK_22042972eca4708756e70435321" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_54c17df51da7bcc877e2688f6a1" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_meeting_series"("id", "createdAt", "updatedAt", "title", "kind", "format", "cadence", "planReference", "organizerId", "hostUnitId", "hostUserIds", "template", "version", "createdById") SELECT "id", "createdAt", "updatedAt", "title", "kind", "format", "cadence", "planReference", "organizerId", "hostUnitId", "hostUserIds", "template", "version", "createdById" FROM "meeting_series"',
    );
    await q.query('DROP TABLE "meeting_series"');
    await q.query('ALTER TABLE "temporary_meeting_series" RENAME TO "meeting_series"');
    await q.query('CREATE INDEX "IDX_22042972eca4708756e7043532" ON "meeting_series" ("organizerId") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_22042972eca4708756e7043532"');
    await q.query('ALTER TABLE "meeting_series" RENAME TO "temporary_meeting_series"');
    await q.query(
      'CREATE TABLE "meeting_series" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "cadence" varchar(16) NOT NULL, "planReference" varchar(500), "organizerId" varchar(36) NOT NULL, "hostUnitId" varchar(36), "hostUserIds" text NOT NULL, "template" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdById" varchar(36))',
    );
    await q.query(
      'INSERT INTO "meeting_series"("id", "createdAt", "updatedAt", "title", "kind", "format", "cadence", "planReference", "organizerId", "hostUnitId", "hostUserIds", "template", "version", "createdById") SELECT "id", "createdAt", "updatedAt", "title", "kind", "format", "cadence", "planReference", "organizerId", "hostUnitId", "hostUserIds", "template", "version", "createdById" FROM "temporary_meeting_series"',
    );
    await q.query('DROP TABLE "temporary_meeting_series"');
    await q.query('CREATE INDEX "IDX_22042972eca4708756e7043532" ON "meeting_series" ("organizerId") ');
    await q.query('DROP INDEX "IDX_36cbf2e116ed4f37545d9f86e3"');
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query('ALTER TABLE "meeting" RENAME TO "temporary_meeting"');
    await q.query(
      'CREATE TABLE "meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "titleKey" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), "cancelReason" varchar(1000), "seriesId" varchar(36), CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "meeting"("id", "createdAt", "updatedAt", "title", "titleKey", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason", "seriesId") SELECT "id", "createdAt", "updatedAt", "title", "titleKey", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason", "seriesId" FROM "temporary_meeting"',
    );
    await q.query('DROP TABLE "temporary_meeting"');
    await q.query(
      'CREATE INDEX "IDX_36cbf2e116ed4f37545d9f86e3" ON "meeting" ("seriesId", "scheduledStart") ',
    );
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await q.query('DROP INDEX "IDX_c908792ee5673e127db8a84de2"');
    await q.query('DROP INDEX "IDX_36cbf2e116ed4f37545d9f86e3"');
    await q.query('DROP INDEX "IDX_ce001f3600b37a5abb59f9f94b"');
    await q.query('ALTER TABLE "directive_progress" RENAME TO "temporary_directive_progress"');
    await q.query(
      'CREATE TABLE "directive_progress" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "directiveId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "note" text NOT NULL, "reportedAt" datetime(3) NOT NULL, "reportedBy" varchar(255) NOT NULL, CONSTRAINT "FK_bd36a92cd9138e5cfa5d8c2703b" FOREIGN KEY ("directiveId") REFERENCES "directive" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "directive_progress"("id", "createdAt", "updatedAt", "directiveId", "status", "note", "reportedAt", "reportedBy") SELECT "id", "createdAt", "updatedAt", "directiveId", "status", "note", "reportedAt", "reportedBy" FROM "temporary_directive_progress"',
    );
    await q.query('DROP TABLE "temporary_directive_progress"');
    await q.query(
      'CREATE INDEX "IDX_ce001f3600b37a5abb59f9f94b" ON "directive_progress" ("directiveId", "reportedAt") ',
    );
    await q.query('DROP INDEX "IDX_1bacd92f435fde1a9636cc1b26"');
    await q.query('DROP INDEX "IDX_3b7df2f1be04c04d19c6ab83ed"');
    await q.query('ALTER TABLE "directive" RENAME TO "temporary_directive"');
    await q.query(
      'CREATE TABLE "directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "conclusionId" varchar(36) NOT NULL, "assigneeUnitId" varchar(36) NOT NULL, "task" text NOT NULL, "deadline" datetime(3), "status" varchar(16) NOT NULL, "sourceAgendaItemId" varchar(36), "completedAt" datetime(3), CONSTRAINT "FK_76a5e212e0f8ea805bf26d68980" FOREIGN KEY ("sourceAgendaItemId") REFERENCES "agenda_item" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_ec1269e05a5f2bdcd2f0cbb3b99" FOREIGN KEY ("assigneeUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a78e4393ed633e1d679b42daeee" FOREIGN KEY ("conclusionId") REFERENCES "conclusion" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1bacd92f435fde1a9636cc1b26b" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "directive"("id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt") SELECT "id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt" FROM "temporary_directive"',
    );
    await q.query('DROP TABLE "temporary_directive"');
    await q.query('CREATE INDEX "IDX_1bacd92f435fde1a9636cc1b26" ON "directive" ("meetingId") ');
    await q.query(
      'CREATE INDEX "IDX_3b7df2f1be04c04d19c6ab83ed" ON "directive" ("assigneeUnitId", "status", "deadline") ',
    );
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query('ALTER TABLE "meeting" RENAME TO "temporary_meeting"');
    await q.query(
      'CREATE TABLE "meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "titleKey" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), "cancelReason" varchar(1000), CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "meeting"("id", "createdAt", "updatedAt", "title", "titleKey", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason") SELECT "id", "createdAt", "updatedAt", "title", "titleKey", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById", "cancelReason" FROM "temporary_meeting"',
    );
    await q.query('DROP TABLE "temporary_meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await q.query('DROP INDEX "IDX_22042972eca4708756e7043532"');
    await q.query('DROP TABLE "meeting_series"');
  }
}
