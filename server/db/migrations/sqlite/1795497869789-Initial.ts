import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795497869789 implements MigrationInterface {
  name = 'Initial1795497869789';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "app_setting" ("key" varchar(64) PRIMARY KEY NOT NULL, "value" text NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36))',
    );
    await q.query('CREATE UNIQUE INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7" ON "unit" ("parentId", "name") ');
    await q.query(
      'CREATE TABLE "user" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "displayName" varchar(255) NOT NULL, "unitId" varchar(36), "disabled" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"))',
    );
    await q.query(
      'CREATE TABLE "meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36))',
    );
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await q.query(
      'CREATE TABLE "meeting_host" ("meetingId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, PRIMARY KEY ("meetingId", "userId"))',
    );
    await q.query(
      'CREATE TABLE "connection_point" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "role" varchar(8) NOT NULL, "hostKey" varchar(8), "name" varchar(255) NOT NULL, "location" varchar(255), "operatorName" varchar(255), "operatorContact" varchar(64), "presidingName" varchar(255), "expectedAttendance" integer NOT NULL DEFAULT (0), "connectionState" varchar(16) NOT NULL DEFAULT (\'NEVER_JOINED\'), "lastSeenAt" datetime(3), "accessCodeHash" varchar(64), "accessCodeIssuedAt" datetime(3), "accessGeneration" integer NOT NULL DEFAULT (0))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_8c2dbcaf25a389216b13e5c9ca" ON "connection_point" ("accessCodeHash") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_47b802b7516ef45824d0902642" ON "connection_point" ("meetingId", "hostKey") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_93512c1b9c4f64a39ca3769ec1" ON "connection_point" ("meetingId", "unitId") ',
    );
    await q.query(
      'CREATE TABLE "participant" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "connectionPointId" varchar(36) NOT NULL, "unitId" varchar(36), "name" varchar(255) NOT NULL, "position" varchar(255), "role" varchar(16) NOT NULL, "attendance" varchar(16) NOT NULL DEFAULT (\'EXPECTED\'), "checkedInAt" datetime(3), "absenceReason" varchar(500))',
    );
    await q.query(
      'CREATE INDEX "IDX_735f316657bb271c267e84c83a" ON "participant" ("meetingId", "connectionPointId") ',
    );
    await q.query(
      'CREATE TABLE "agenda_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "position" integer NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT (\'PENDING\'), "activeKey" varchar(8), "plannedMinutes" integer, "presenterId" varchar(36), "notes" text, "documents" text NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec" ON "agenda_item" ("meetingId", "activeKey") ',
    );
    await q.query(
      'CREATE INDEX "IDX_333f0984b6e739eff4e407d6df" ON "agenda_item" ("meetingId", "position") ',
    );
    await q.query(
      'CREATE TABLE "speech" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "agendaItemId" varchar(36) NOT NULL, "participantId" varchar(36), "speakerName" varchar(255), "connectionPointId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "topic" varchar(500), "status" varchar(16) NOT NULL, "speakingKey" varchar(16), "queuePosition" integer, "timeLimitSeconds" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), "spokenSeconds" integer, "rejectionReason" varchar(500), "questionId" varchar(36))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_495385f2a548d012ab9423b513" ON "speech" ("meetingId", "speakingKey") ',
    );
    await q.query(
      'CREATE INDEX "IDX_7d621f13a6b3cbf353378685a0" ON "speech" ("agendaItemId", "status", "queuePosition") ',
    );
    await q.query(
      'CREATE TABLE "conclusion" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL, "concludedById" varchar(36), "announcedAt" datetime(3), "noticeNumber" varchar(64), "noticeYear" integer, "organizerId" varchar(36), "publishedAt" datetime(3), "lastEditedById" varchar(36), CONSTRAINT "UQ_0dfc59fd2f8713a968758d2f80c" UNIQUE ("meetingId"), CONSTRAINT "REL_0dfc59fd2f8713a968758d2f80" UNIQUE ("meetingId"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_e788d7646407c83e079e3a15df" ON "conclusion" ("organizerId", "noticeYear", "noticeNumber") ',
    );
    await q.query(
      'CREATE TABLE "directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "conclusionId" varchar(36) NOT NULL, "assigneeUnitId" varchar(36) NOT NULL, "task" text NOT NULL, "deadline" datetime(3), "status" varchar(16) NOT NULL, "sourceAgendaItemId" varchar(36), "completedAt" datetime(3))',
    );
    await q.query('CREATE INDEX "IDX_1bacd92f435fde1a9636cc1b26" ON "directive" ("meetingId") ');
    await q.query(
      'CREATE INDEX "IDX_3b7df2f1be04c04d19c6ab83ed" ON "directive" ("assigneeUnitId", "status", "deadline") ',
    );
    await q.query(
      'CREATE TABLE "directive_progress" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "directiveId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "note" text NOT NULL, "reportedAt" datetime(3) NOT NULL, "reportedBy" varchar(255) NOT NULL)',
    );
    await q.query(
      'CREATE INDEX "IDX_ce001f3600b37a5abb59f9f94b" ON "directive_progress" ("directiveId", "reportedAt") ',
    );
    await q.query(
      'CREATE TABLE "meeting_event" ("meetingId" varchar(36) NOT NULL, "seq" integer NOT NULL, "type" varchar(48) NOT NULL, "at" datetime(3) NOT NULL, "actor" text NOT NULL, "subjectType" varchar(32) NOT NULL, "subjectId" varchar(36) NOT NULL, "subject" text NOT NULL, PRIMARY KEY ("meetingId", "seq"))',
    );
    await q.query('DROP INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7"');
    await q.query(
      'CREATE TABLE "temporary_unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36), CONSTRAINT "FK_5dd750900308d1d70a3848b92c1" FOREIGN KEY ("parentId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_unit"("id", "createdAt", "updatedAt", "name", "level", "parentId") SELECT "id", "createdAt", "updatedAt", "name", "level", "parentId" FROM "unit"',
    );
    await q.query('DROP TABLE "unit"');
    await q.query('ALTER TABLE "temporary_unit" RENAME TO "unit"');
    await q.query('CREATE UNIQUE INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7" ON "unit" ("parentId", "name") ');
    await q.query(
      'CREATE TABLE "temporary_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "displayName" varchar(255) NOT NULL, "unitId" varchar(36), "disabled" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"), CONSTRAINT "FK_856a1f0347b672d3b8bb4693bd8" FOREIGN KEY ("unitId") REFERENCES "unit" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_user"("id", "createdAt", "updatedAt", "username", "passwordHash", "role", "displayName", "unitId", "disabled") SELECT "id", "createdAt", "updatedAt", "username", "passwordHash", "role", "displayName", "unitId", "disabled" FROM "user"',
    );
    await q.query('DROP TABLE "user"');
    await q.query('ALTER TABLE "temporary_user" RENAME TO "user"');
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query(
      'CREATE TABLE "temporary_meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36), CONSTRAINT "FK_5031880f1f2d9bab5dda6565792" FOREIGN KEY ("organizerId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_9271620bcd30a10ed7a788959dc" FOREIGN KEY ("hostUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_meeting"("id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById") SELECT "id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById" FROM "meeting"',
    );
    await q.query('DROP TABLE "meeting"');
    await q.query('ALTER TABLE "temporary_meeting" RENAME TO "meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await q.query(
      'CREATE TABLE "temporary_meeting_host" ("meetingId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, CONSTRAINT "FK_666a6f445ac7b17d7af0c1af0fc" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_61b367dcc5aecf73c44f545b337" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("meetingId", "userId"))',
    );
    await q.query(
      'INSERT INTO "temporary_meeting_host"("meetingId", "userId") SELECT "meetingId", "userId" FROM "meeting_host"',
    );
    await q.query('DROP TABLE "meeting_host"');
    await q.query('ALTER TABLE "temporary_meeting_host" RENAME TO "meeting_host"');
    await q.query('DROP INDEX "IDX_8c2dbcaf25a389216b13e5c9ca"');
    await q.query('DROP INDEX "IDX_47b802b7516ef45824d0902642"');
    await q.query('DROP INDEX "IDX_93512c1b9c4f64a39ca3769ec1"');
    await q.query(
      'CREATE TABLE "temporary_connection_point" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "role" varchar(8) NOT NULL, "hostKey" varchar(8), "name" varchar(255) NOT NULL, "location" varchar(255), "operatorName" varchar(255), "operatorContact" varchar(64), "presidingName" varchar(255), "expectedAttendance" integer NOT NULL DEFAULT (0), "connectionState" varchar(16) NOT NULL DEFAULT (\'NEVER_JOINED\'), "lastSeenAt" datetime(3), "accessCodeHash" varchar(64), "accessCodeIssuedAt" datetime(3), "accessGeneration" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_02eb7a537be58910a0348f69cb4" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_fae1c0474bf729bf7f7b9bb1c11" FOREIGN KEY ("unitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_connection_point"("id", "createdAt", "updatedAt", "meetingId", "unitId", "role", "hostKey", "name", "location", "operatorName", "operatorContact", "presidingName", "expectedAttendance", "connectionState", "lastSeenAt", "accessCodeHash", "accessCodeIssuedAt", "accessGeneration") SELECT "id", "createdAt", "updatedAt", "meetingId", "unitId", "role", "hostKey", "name", "location", "operatorName", "operatorContact", "presidingName", "expectedAttendance", "connectionState", "lastSeenAt", "accessCodeHash", "accessCodeIssuedAt", "accessGeneration" FROM "connection_point"',
    );
    await q.query('DROP TABLE "connection_point"');
    await q.query('ALTER TABLE "temporary_connection_point" RENAME TO "connection_point"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_8c2dbcaf25a389216b13e5c9ca" ON "connection_point" ("accessCodeHash") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_47b802b7516ef45824d0902642" ON "connection_point" ("meetingId", "hostKey") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_93512c1b9c4f64a39ca3769ec1" ON "connection_point" ("meetingId", "unitId") ',
    );
    await q.query('DROP INDEX "IDX_735f316657bb271c267e84c83a"');
    await q.query(
      'CREATE TABLE "temporary_participant" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "connectionPointId" varchar(36) NOT NULL, "unitId" varchar(36), "name" varchar(255) NOT NULL, "position" varchar(255), "role" varchar(16) NOT NULL, "attendance" varchar(16) NOT NULL DEFAULT (\'EXPECTED\'), "checkedInAt" datetime(3), "absenceReason" varchar(500), CONSTRAINT "FK_0bbe6d3009d4852d3175e717fa3" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_4bdfee6dd5e3f89135847f802eb" FOREIGN KEY ("connectionPointId") REFERENCES "connection_point" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d9fc8ecb10ee71a590109d449b1" FOREIGN KEY ("unitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_participant"("id", "createdAt", "updatedAt", "meetingId", "connectionPointId", "unitId", "name", "position", "role", "attendance", "checkedInAt", "absenceReason") SELECT "id", "createdAt", "updatedAt", "meetingId", "connectionPointId", "unitId", "name", "position", "role", "attendance", "checkedInAt", "absenceReason" FROM "participant"',
    );
    await q.query('DROP TABLE "participant"');
    await q.query('ALTER TABLE "temporary_participant" RENAME TO "participant"');
    await q.query(
      'CREATE INDEX "IDX_735f316657bb271c267e84c83a" ON "participant" ("meetingId", "connectionPointId") ',
    );
    await q.query('DROP INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec"');
    await q.query('DROP INDEX "IDX_333f0984b6e739eff4e407d6df"');
    await q.query(
      'CREATE TABLE "temporary_agenda_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "position" integer NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT (\'PENDING\'), "activeKey" varchar(8), "plannedMinutes" integer, "presenterId" varchar(36), "notes" text, "documents" text NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), CONSTRAINT "FK_28bc9d0411e9396fd1a0eb9e497" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_e8a4f13b73460319c891930ebed" FOREIGN KEY ("presenterId") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_agenda_item"("id", "createdAt", "updatedAt", "meetingId", "position", "title", "kind", "status", "activeKey", "plannedMinutes", "presenterId", "notes", "documents", "startedAt", "endedAt") SELECT "id", "createdAt", "updatedAt", "meetingId", "position", "title", "kind", "status", "activeKey", "plannedMinutes", "presenterId", "notes", "documents", "startedAt", "endedAt" FROM "agenda_item"',
    );
    await q.query('DROP TABLE "agenda_item"');
    await q.query('ALTER TABLE "temporary_agenda_item" RENAME TO "agenda_item"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec" ON "agenda_item" ("meetingId", "activeKey") ',
    );
    await q.query(
      'CREATE INDEX "IDX_333f0984b6e739eff4e407d6df" ON "agenda_item" ("meetingId", "position") ',
    );
    await q.query('DROP INDEX "IDX_495385f2a548d012ab9423b513"');
    await q.query('DROP INDEX "IDX_7d621f13a6b3cbf353378685a0"');
    await q.query(
      'CREATE TABLE "temporary_speech" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "agendaItemId" varchar(36) NOT NULL, "participantId" varchar(36), "speakerName" varchar(255), "connectionPointId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "topic" varchar(500), "status" varchar(16) NOT NULL, "speakingKey" varchar(16), "queuePosition" integer, "timeLimitSeconds" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), "spokenSeconds" integer, "rejectionReason" varchar(500), "questionId" varchar(36), CONSTRAINT "FK_967e707bedd925870604027e5da" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1da034987e69294f15db9cc7016" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_de5b86452609dece35981aad39f" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_71f245161d15a35b52d717b4fb4" FOREIGN KEY ("connectionPointId") REFERENCES "connection_point" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7fd682319be1a83440783da4acb" FOREIGN KEY ("questionId") REFERENCES "speech" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_speech"("id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId") SELECT "id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId" FROM "speech"',
    );
    await q.query('DROP TABLE "speech"');
    await q.query('ALTER TABLE "temporary_speech" RENAME TO "speech"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_495385f2a548d012ab9423b513" ON "speech" ("meetingId", "speakingKey") ',
    );
    await q.query(
      'CREATE INDEX "IDX_7d621f13a6b3cbf353378685a0" ON "speech" ("agendaItemId", "status", "queuePosition") ',
    );
    await q.query('DROP INDEX "IDX_e788d7646407c83e079e3a15df"');
    await q.query(
      'CREATE TABLE "temporary_conclusion" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL, "concludedById" varchar(36), "announcedAt" datetime(3), "noticeNumber" varchar(64), "noticeYear" integer, "organizerId" varchar(36), "publishedAt" datetime(3), "lastEditedById" varchar(36), CONSTRAINT "UQ_0dfc59fd2f8713a968758d2f80c" UNIQUE ("meetingId"), CONSTRAINT "REL_0dfc59fd2f8713a968758d2f80" UNIQUE ("meetingId"), CONSTRAINT "FK_0dfc59fd2f8713a968758d2f80c" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1d2c2cfd90184a621836e5b63d5" FOREIGN KEY ("concludedById") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_conclusion"("id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "concludedById", "announcedAt", "noticeNumber", "noticeYear", "organizerId", "publishedAt", "lastEditedById") SELECT "id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "concludedById", "announcedAt", "noticeNumber", "noticeYear", "organizerId", "publishedAt", "lastEditedById" FROM "conclusion"',
    );
    await q.query('DROP TABLE "conclusion"');
    await q.query('ALTER TABLE "temporary_conclusion" RENAME TO "conclusion"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_e788d7646407c83e079e3a15df" ON "conclusion" ("organizerId", "noticeYear", "noticeNumber") ',
    );
    await q.query('DROP INDEX "IDX_1bacd92f435fde1a9636cc1b26"');
    await q.query('DROP INDEX "IDX_3b7df2f1be04c04d19c6ab83ed"');
    await q.query(
      'CREATE TABLE "temporary_directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "conclusionId" varchar(36) NOT NULL, "assigneeUnitId" varchar(36) NOT NULL, "task" text NOT NULL, "deadline" datetime(3), "status" varchar(16) NOT NULL, "sourceAgendaItemId" varchar(36), "completedAt" datetime(3), CONSTRAINT "FK_1bacd92f435fde1a9636cc1b26b" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_a78e4393ed633e1d679b42daeee" FOREIGN KEY ("conclusionId") REFERENCES "conclusion" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ec1269e05a5f2bdcd2f0cbb3b99" FOREIGN KEY ("assigneeUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_76a5e212e0f8ea805bf26d68980" FOREIGN KEY ("sourceAgendaItemId") REFERENCES "agenda_item" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_directive"("id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt") SELECT "id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt" FROM "directive"',
    );
    await q.query('DROP TABLE "directive"');
    await q.query('ALTER TABLE "temporary_directive" RENAME TO "directive"');
    await q.query('CREATE INDEX "IDX_1bacd92f435fde1a9636cc1b26" ON "directive" ("meetingId") ');
    await q.query(
      'CREATE INDEX "IDX_3b7df2f1be04c04d19c6ab83ed" ON "directive" ("assigneeUnitId", "status", "deadline") ',
    );
    await q.query('DROP INDEX "IDX_ce001f3600b37a5abb59f9f94b"');
    await q.query(
      'CREATE TABLE "temporary_directive_progress" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "directiveId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "note" text NOT NULL, "reportedAt" datetime(3) NOT NULL, "reportedBy" varchar(255) NOT NULL, CONSTRAINT "FK_bd36a92cd9138e5cfa5d8c2703b" FOREIGN KEY ("directiveId") REFERENCES "directive" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
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
      'CREATE TABLE "temporary_meeting_event" ("meetingId" varchar(36) NOT NULL, "seq" integer NOT NULL, "type" varchar(48) NOT NULL, "at" datetime(3) NOT NULL, "actor" text NOT NULL, "subjectType" varchar(32) NOT NULL, "subjectId" varchar(36) NOT NULL, "subject" text NOT NULL, CONSTRAINT "FK_fbe0e4264e9a2d40fcc71bf0047" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("meetingId", "seq"))',
    );
    await q.query(
      'INSERT INTO "temporary_meeting_event"("meetingId", "seq", "type", "at", "actor", "subjectType", "subjectId", "subject") SELECT "meetingId", "seq", "type", "at", "actor", "subjectType", "subjectId", "subject" FROM "meeting_event"',
    );
    await q.query('DROP TABLE "meeting_event"');
    await q.query('ALTER TABLE "temporary_meeting_event" RENAME TO "meeting_event"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "meeting_event" RENAME TO "temporary_meeting_event"');
    await q.query(
      'CREATE TABLE "meeting_event" ("meetingId" varchar(36) NOT NULL, "seq" integer NOT NULL, "type" varchar(48) NOT NULL, "at" datetime(3) NOT NULL, "actor" text NOT NULL, "subjectType" varchar(32) NOT NULL, "subjectId" varchar(36) NOT NULL, "subject" text NOT NULL, PRIMARY KEY ("meetingId", "seq"))',
    );
    await q.query(
      'INSERT INTO "meeting_event"("meetingId", "seq", "type", "at", "actor", "subjectType", "subjectId", "subject") SELECT "meetingId", "seq", "type", "at", "actor", "subjectType", "subjectId", "subject" FROM "temporary_meeting_event"',
    );
    await q.query('DROP TABLE "temporary_meeting_event"');
    await q.query('DROP INDEX "IDX_ce001f3600b37a5abb59f9f94b"');
    await q.query('ALTER TABLE "directive_progress" RENAME TO "temporary_directive_progress"');
    await q.query(
      'CREATE TABLE "directive_progress" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "directiveId" varchar(36) NOT NULL, "status" varchar(16) NOT NULL, "note" text NOT NULL, "reportedAt" datetime(3) NOT NULL, "reportedBy" varchar(255) NOT NULL)',
    );
    await q.query(
      'INSERT INTO "directive_progress"("id", "createdAt", "updatedAt", "directiveId", "status", "note", "reportedAt", "reportedBy") SELECT "id", "createdAt", "updatedAt", "directiveId", "status", "note", "reportedAt", "reportedBy" FROM "temporary_directive_progress"',
    );
    await q.query('DROP TABLE "temporary_directive_progress"');
    await q.query(
      'CREATE INDEX "IDX_ce001f3600b37a5abb59f9f94b" ON "directive_progress" ("directiveId", "reportedAt") ',
    );
    await q.query('DROP INDEX "IDX_3b7df2f1be04c04d19c6ab83ed"');
    await q.query('DROP INDEX "IDX_1bacd92f435fde1a9636cc1b26"');
    await q.query('ALTER TABLE "directive" RENAME TO "temporary_directive"');
    await q.query(
      'CREATE TABLE "directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "conclusionId" varchar(36) NOT NULL, "assigneeUnitId" varchar(36) NOT NULL, "task" text NOT NULL, "deadline" datetime(3), "status" varchar(16) NOT NULL, "sourceAgendaItemId" varchar(36), "completedAt" datetime(3))',
    );
    await q.query(
      'INSERT INTO "directive"("id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt") SELECT "id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt" FROM "temporary_directive"',
    );
    await q.query('DROP TABLE "temporary_directive"');
    await q.query(
      'CREATE INDEX "IDX_3b7df2f1be04c04d19c6ab83ed" ON "directive" ("assigneeUnitId", "status", "deadline") ',
    );
    await q.query('CREATE INDEX "IDX_1bacd92f435fde1a9636cc1b26" ON "directive" ("meetingId") ');
    await q.query('DROP INDEX "IDX_e788d7646407c83e079e3a15df"');
    await q.query('ALTER TABLE "conclusion" RENAME TO "temporary_conclusion"');
    await q.query(
      'CREATE TABLE "conclusion" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL, "concludedById" varchar(36), "announcedAt" datetime(3), "noticeNumber" varchar(64), "noticeYear" integer, "organizerId" varchar(36), "publishedAt" datetime(3), "lastEditedById" varchar(36), CONSTRAINT "UQ_0dfc59fd2f8713a968758d2f80c" UNIQUE ("meetingId"), CONSTRAINT "REL_0dfc59fd2f8713a968758d2f80" UNIQUE ("meetingId"))',
    );
    await q.query(
      'INSERT INTO "conclusion"("id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "concludedById", "announcedAt", "noticeNumber", "noticeYear", "organizerId", "publishedAt", "lastEditedById") SELECT "id", "createdAt", "updatedAt", "meetingId", "text", "version", "status", "concludedById", "announcedAt", "noticeNumber", "noticeYear", "organizerId", "publishedAt", "lastEditedById" FROM "temporary_conclusion"',
    );
    await q.query('DROP TABLE "temporary_conclusion"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_e788d7646407c83e079e3a15df" ON "conclusion" ("organizerId", "noticeYear", "noticeNumber") ',
    );
    await q.query('DROP INDEX "IDX_7d621f13a6b3cbf353378685a0"');
    await q.query('DROP INDEX "IDX_495385f2a548d012ab9423b513"');
    await q.query('ALTER TABLE "speech" RENAME TO "temporary_speech"');
    await q.query(
      'CREATE TABLE "speech" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "agendaItemId" varchar(36) NOT NULL, "participantId" varchar(36), "speakerName" varchar(255), "connectionPointId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "topic" varchar(500), "status" varchar(16) NOT NULL, "speakingKey" varchar(16), "queuePosition" integer, "timeLimitSeconds" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), "spokenSeconds" integer, "rejectionReason" varchar(500), "questionId" varchar(36))',
    );
    await q.query(
      'INSERT INTO "speech"("id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId") SELECT "id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId" FROM "temporary_speech"',
    );
    await q.query('DROP TABLE "temporary_speech"');
    await q.query(
      'CREATE INDEX "IDX_7d621f13a6b3cbf353378685a0" ON "speech" ("agendaItemId", "status", "queuePosition") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_495385f2a548d012ab9423b513" ON "speech" ("meetingId", "speakingKey") ',
    );
    await q.query('DROP INDEX "IDX_333f0984b6e739eff4e407d6df"');
    await q.query('DROP INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec"');
    await q.query('ALTER TABLE "agenda_item" RENAME TO "temporary_agenda_item"');
    await q.query(
      'CREATE TABLE "agenda_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "position" integer NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT (\'PENDING\'), "activeKey" varchar(8), "plannedMinutes" integer, "presenterId" varchar(36), "notes" text, "documents" text NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3))',
    );
    await q.query(
      'INSERT INTO "agenda_item"("id", "createdAt", "updatedAt", "meetingId", "position", "title", "kind", "status", "activeKey", "plannedMinutes", "presenterId", "notes", "documents", "startedAt", "endedAt") SELECT "id", "createdAt", "updatedAt", "meetingId", "position", "title", "kind", "status", "activeKey", "plannedMinutes", "presenterId", "notes", "documents", "startedAt", "endedAt" FROM "temporary_agenda_item"',
    );
    await q.query('DROP TABLE "temporary_agenda_item"');
    await q.query(
      'CREATE INDEX "IDX_333f0984b6e739eff4e407d6df" ON "agenda_item" ("meetingId", "position") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec" ON "agenda_item" ("meetingId", "activeKey") ',
    );
    await q.query('DROP INDEX "IDX_735f316657bb271c267e84c83a"');
    await q.query('ALTER TABLE "participant" RENAME TO "temporary_participant"');
    await q.query(
      'CREATE TABLE "participant" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "connectionPointId" varchar(36) NOT NULL, "unitId" varchar(36), "name" varchar(255) NOT NULL, "position" varchar(255), "role" varchar(16) NOT NULL, "attendance" varchar(16) NOT NULL DEFAULT (\'EXPECTED\'), "checkedInAt" datetime(3), "absenceReason" varchar(500))',
    );
    await q.query(
      'INSERT INTO "participant"("id", "createdAt", "updatedAt", "meetingId", "connectionPointId", "unitId", "name", "position", "role", "attendance", "checkedInAt", "absenceReason") SELECT "id", "createdAt", "updatedAt", "meetingId", "connectionPointId", "unitId", "name", "position", "role", "attendance", "checkedInAt", "absenceReason" FROM "temporary_participant"',
    );
    await q.query('DROP TABLE "temporary_participant"');
    await q.query(
      'CREATE INDEX "IDX_735f316657bb271c267e84c83a" ON "participant" ("meetingId", "connectionPointId") ',
    );
    await q.query('DROP INDEX "IDX_93512c1b9c4f64a39ca3769ec1"');
    await q.query('DROP INDEX "IDX_47b802b7516ef45824d0902642"');
    await q.query('DROP INDEX "IDX_8c2dbcaf25a389216b13e5c9ca"');
    await q.query('ALTER TABLE "connection_point" RENAME TO "temporary_connection_point"');
    await q.query(
      'CREATE TABLE "connection_point" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "role" varchar(8) NOT NULL, "hostKey" varchar(8), "name" varchar(255) NOT NULL, "location" varchar(255), "operatorName" varchar(255), "operatorContact" varchar(64), "presidingName" varchar(255), "expectedAttendance" integer NOT NULL DEFAULT (0), "connectionState" varchar(16) NOT NULL DEFAULT (\'NEVER_JOINED\'), "lastSeenAt" datetime(3), "accessCodeHash" varchar(64), "accessCodeIssuedAt" datetime(3), "accessGeneration" integer NOT NULL DEFAULT (0))',
    );
    await q.query(
      'INSERT INTO "connection_point"("id", "createdAt", "updatedAt", "meetingId", "unitId", "role", "hostKey", "name", "location", "operatorName", "operatorContact", "presidingName", "expectedAttendance", "connectionState", "lastSeenAt", "accessCodeHash", "accessCodeIssuedAt", "accessGeneration") SELECT "id", "createdAt", "updatedAt", "meetingId", "unitId", "role", "hostKey", "name", "location", "operatorName", "operatorContact", "presidingName", "expectedAttendance", "connectionState", "lastSeenAt", "accessCodeHash", "accessCodeIssuedAt", "accessGeneration" FROM "temporary_connection_point"',
    );
    await q.query('DROP TABLE "temporary_connection_point"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_93512c1b9c4f64a39ca3769ec1" ON "connection_point" ("meetingId", "unitId") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_47b802b7516ef45824d0902642" ON "connection_point" ("meetingId", "hostKey") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_8c2dbcaf25a389216b13e5c9ca" ON "connection_point" ("accessCodeHash") ',
    );
    await q.query('ALTER TABLE "meeting_host" RENAME TO "temporary_meeting_host"');
    await q.query(
      'CREATE TABLE "meeting_host" ("meetingId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, PRIMARY KEY ("meetingId", "userId"))',
    );
    await q.query(
      'INSERT INTO "meeting_host"("meetingId", "userId") SELECT "meetingId", "userId" FROM "temporary_meeting_host"',
    );
    await q.query('DROP TABLE "temporary_meeting_host"');
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query('ALTER TABLE "meeting" RENAME TO "temporary_meeting"');
    await q.query(
      'CREATE TABLE "meeting" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "title" varchar(500) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planReference" varchar(500), "description" text, "organizerId" varchar(36), "hostUnitId" varchar(36), "scheduledStart" datetime(3), "scheduledEnd" datetime(3), "startedAt" datetime(3), "endedAt" datetime(3), "cancelledAt" datetime(3), "lastEventSeq" integer NOT NULL DEFAULT (0), "createdById" varchar(36))',
    );
    await q.query(
      'INSERT INTO "meeting"("id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById") SELECT "id", "createdAt", "updatedAt", "title", "kind", "format", "status", "version", "planReference", "description", "organizerId", "hostUnitId", "scheduledStart", "scheduledEnd", "startedAt", "endedAt", "cancelledAt", "lastEventSeq", "createdById" FROM "temporary_meeting"',
    );
    await q.query('DROP TABLE "temporary_meeting"');
    await q.query('CREATE INDEX "IDX_481b60c87db0d1e7ee8e4b57d3" ON "meeting" ("status", "scheduledStart") ');
    await q.query('ALTER TABLE "user" RENAME TO "temporary_user"');
    await q.query(
      'CREATE TABLE "user" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "displayName" varchar(255) NOT NULL, "unitId" varchar(36), "disabled" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"))',
    );
    await q.query(
      'INSERT INTO "user"("id", "createdAt", "updatedAt", "username", "passwordHash", "role", "displayName", "unitId", "disabled") SELECT "id", "createdAt", "updatedAt", "username", "passwordHash", "role", "displayName", "unitId", "disabled" FROM "temporary_user"',
    );
    await q.query('DROP TABLE "temporary_user"');
    await q.query('DROP INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7"');
    await q.query('ALTER TABLE "unit" RENAME TO "temporary_unit"');
    await q.query(
      'CREATE TABLE "unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36))',
    );
    await q.query(
      'INSERT INTO "unit"("id", "createdAt", "updatedAt", "name", "level", "parentId") SELECT "id", "createdAt", "updatedAt", "name", "level", "parentId" FROM "temporary_unit"',
    );
    await q.query('DROP TABLE "temporary_unit"');
    await q.query('CREATE UNIQUE INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7" ON "unit" ("parentId", "name") ');
    await q.query('DROP TABLE "meeting_event"');
    await q.query('DROP INDEX "IDX_ce001f3600b37a5abb59f9f94b"');
    await q.query('DROP TABLE "directive_progress"');
    await q.query('DROP INDEX "IDX_3b7df2f1be04c04d19c6ab83ed"');
    await q.query('DROP INDEX "IDX_1bacd92f435fde1a9636cc1b26"');
    await q.query('DROP TABLE "directive"');
    await q.query('DROP INDEX "IDX_e788d7646407c83e079e3a15df"');
    await q.query('DROP TABLE "conclusion"');
    await q.query('DROP INDEX "IDX_7d621f13a6b3cbf353378685a0"');
    await q.query('DROP INDEX "IDX_495385f2a548d012ab9423b513"');
    await q.query('DROP TABLE "speech"');
    await q.query('DROP INDEX "IDX_333f0984b6e739eff4e407d6df"');
    await q.query('DROP INDEX "IDX_a2edba1727aaa1eaa9d0a2c1ec"');
    await q.query('DROP TABLE "agenda_item"');
    await q.query('DROP INDEX "IDX_735f316657bb271c267e84c83a"');
    await q.query('DROP TABLE "participant"');
    await q.query('DROP INDEX "IDX_93512c1b9c4f64a39ca3769ec1"');
    await q.query('DROP INDEX "IDX_47b802b7516ef45824d0902642"');
    await q.query('DROP INDEX "IDX_8c2dbcaf25a389216b13e5c9ca"');
    await q.query('DROP TABLE "connection_point"');
    await q.query('DROP TABLE "meeting_host"');
    await q.query('DROP INDEX "IDX_481b60c87db0d1e7ee8e4b57d3"');
    await q.query('DROP TABLE "meeting"');
    await q.query('DROP TABLE "user"');
    await q.query('DROP INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7"');
    await q.query('DROP TABLE "unit"');
    await q.query('DROP TABLE "app_setting"');
  }
}
