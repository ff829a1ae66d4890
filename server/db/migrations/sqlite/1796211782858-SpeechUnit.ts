import { MigrationInterface, QueryRunner } from 'typeorm';

export class SpeechUnit1796211782858 implements MigrationInterface {
  name = 'SpeechUnit1796211782858';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_495385f2a548d012ab9423b513"');
    await q.query('DROP INDEX "IDX_7d621f13a6b3cbf353378685a0"');
    await q.query(
      'CREATE TABLE "temporary_speech" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "agendaItemId" varchar(36) NOT NULL, "participantId" varchar(36), "speakerName" varchar(255), "connectionPointId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "topic" varchar(500), "status" varchar(16) NOT NULL, "speakingKey" varchar(16), "queuePosition" integer, "timeLimitSeconds" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), "spokenSeconds" integer, "rejectionReason" varchar(500), "questionId" varchar(36), "pausedAt" datetime(3), "pausedMs" integer NOT NULL DEFAULT (0), "unitId" varchar(36), CONSTRAINT "FK_967e707bedd925870604027e5da" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1da034987e69294f15db9cc7016" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_de5b86452609dece35981aad39f" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_71f245161d15a35b52d717b4fb4" FOREIGN KEY ("connectionPointId") REFERENCES "connection_point" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7fd682319be1a83440783da4acb" FOREIGN KEY ("questionId") REFERENCES "speech" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_speech"("id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId", "pausedAt", "pausedMs") SELECT "id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId", "pausedAt", "pausedMs" FROM "speech"',
    );
    await q.query('DROP TABLE "speech"');
    await q.query('ALTER TABLE "temporary_speech" RENAME TO "speech"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_495385f2a548d012ab9423b513" ON "speech" ("meetingId", "speakingKey") ',
    );
    await q.query(
      'CREATE INDEX "IDX_7d621f13a6b3cbf353378685a0" ON "speech" ("agendaItemId", "status", "queuePosition") ',
    );
    await q.query('DROP INDEX "IDX_495385f2a548d012ab9423b513"');
    await q.query('DROP INDEX "IDX_7d621f13a6b3cbf353378685a0"');
    await q.query(
      'CREATE TABLE "temporary_speech" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "agendaItemId" varchar(36) NOT NULL, "participantId" varchar(36), "speakerName" varchar(255), "connectionPointId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "topic" varchar(500), "status" varchar(16) NOT NULL, "speakingKey" varchar(16), "queuePosition" integer, "timeLimitSeconds" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), "spokenSeconds" integer, "rejectionReason" varchar(500), "questionId" varchar(36), "pausedAt" datetime(3), "pausedMs" integer NOT NULL DEFAULT (0), "unitId" varchar(36), CONSTRAINT "FK_967e707bedd925870604027e5da" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1da034987e69294f15db9cc7016" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_de5b86452609dece35981aad39f" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_71f245161d15a35b52d717b4fb4" FOREIGN KEY ("connectionPointId") REFERENCES "connection_point" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7fd682319be1a83440783da4acb" FOREIGN KEY ("questionId") REFERENCES "speech" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_7fd79309bdfc803a6b68cae7d86" FOREIGN KEY ("unitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_speech"("id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId", "pausedAt", "pausedMs", "unitId") SELECT "id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId", "pausedAt", "pausedMs", "unitId" FROM "speech"',
    );
    await q.query('DROP TABLE "speech"');
    await q.query('ALTER TABLE "temporary_speech" RENAME TO "speech"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_495385f2a548d012ab9423b513" ON "speech" ("meetingId", "speakingKey") ',
    );
    await q.query(
      'CREATE INDEX "IDX_7d621f13a6b3cbf353378685a0" ON "speech" ("agendaItemId", "status", "queuePosition") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_7d621f13a6b3cbf353378685a0"');
    await q.query('DROP INDEX "IDX_495385f2a548d012ab9423b513"');
    await q.query('ALTER TABLE "speech" RENAME TO "temporary_speech"');
    await q.query(
      'CREATE TABLE "speech" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "agendaItemId" varchar(36) NOT NULL, "participantId" varchar(36), "speakerName" varchar(255), "connectionPointId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "topic" varchar(500), "status" varchar(16) NOT NULL, "speakingKey" varchar(16), "queuePosition" integer, "timeLimitSeconds" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), "spokenSeconds" integer, "rejectionReason" varchar(500), "questionId" varchar(36), "pausedAt" datetime(3), "pausedMs" integer NOT NULL DEFAULT (0), "unitId" varchar(36), CONSTRAINT "FK_967e707bedd925870604027e5da" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1da034987e69294f15db9cc7016" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_de5b86452609dece35981aad39f" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_71f245161d15a35b52d717b4fb4" FOREIGN KEY ("connectionPointId") REFERENCES "connection_point" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7fd682319be1a83440783da4acb" FOREIGN KEY ("questionId") REFERENCES "speech" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "speech"("id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId", "pausedAt", "pausedMs", "unitId") SELECT "id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId", "pausedAt", "pausedMs", "unitId" FROM "temporary_speech"',
    );
    await q.query('DROP TABLE "temporary_speech"');
    await q.query(
      'CREATE INDEX "IDX_7d621f13a6b3cbf353378685a0" ON "speech" ("agendaItemId", "status", "queuePosition") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_495385f2a548d012ab9423b513" ON "speech" ("meetingId", "speakingKey") ',
    );
    await q.query('DROP INDEX "IDX_7d621f13a6b3cbf353378685a0"');
    await q.query('DROP INDEX "IDX_495385f2a548d012ab9423b513"');
    await q.query('ALTER TABLE "speech" RENAME TO "temporary_speech"');
    await q.query(
      'CREATE TABLE "speech" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "agendaItemId" varchar(36) NOT NULL, "participantId" varchar(36), "speakerName" varchar(255), "connectionPointId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "topic" varchar(500), "status" varchar(16) NOT NULL, "speakingKey" varchar(16), "queuePosition" integer, "timeLimitSeconds" integer NOT NULL, "requestedAt" datetime(3) NOT NULL, "startedAt" datetime(3), "endedAt" datetime(3), "spokenSeconds" integer, "rejectionReason" varchar(500), "questionId" varchar(36), "pausedAt" datetime(3), "pausedMs" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_967e707bedd925870604027e5da" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1da034987e69294f15db9cc7016" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_de5b86452609dece35981aad39f" FOREIGN KEY ("participantId") REFERENCES "participant" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_71f245161d15a35b52d717b4fb4" FOREIGN KEY ("connectionPointId") REFERENCES "connection_point" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7fd682319be1a83440783da4acb" FOREIGN KEY ("questionId") REFERENCES "speech" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "speech"("id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId", "pausedAt", "pausedMs") SELECT "id", "createdAt", "updatedAt", "meetingId", "agendaItemId", "participantId", "speakerName", "connectionPointId", "kind", "topic", "status", "speakingKey", "queuePosition", "timeLimitSeconds", "requestedAt", "startedAt", "endedAt", "spokenSeconds", "rejectionReason", "questionId", "pausedAt", "pausedMs" FROM "temporary_speech"',
    );
    await q.query('DROP TABLE "temporary_speech"');
    await q.query(
      'CREATE INDEX "IDX_7d621f13a6b3cbf353378685a0" ON "speech" ("agendaItemId", "status", "queuePosition") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_495385f2a548d012ab9423b513" ON "speech" ("meetingId", "speakingKey") ',
    );
  }
}
