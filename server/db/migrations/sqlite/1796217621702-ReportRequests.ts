import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportRequests1796217621702 implements MigrationInterface {
  name = 'ReportRequests1796217621702';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "report_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "title" varchar(255) NOT NULL, "deadline" datetime(3) NOT NULL, "unitIds" text NOT NULL)',
    );
    await q.query(
      'CREATE INDEX "IDX_636393aca714b51fcbbaf1460e" ON "report_request" ("meetingId", "createdAt") ',
    );
    await q.query(
      'CREATE TABLE "report_submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "requestId" varchar(36) NOT NULL, "meetingId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "text" text NOT NULL, "submittedAt" datetime(3) NOT NULL, "submittedBy" varchar(255) NOT NULL)',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_7fefd7fe841455e671ca37e4fd" ON "report_submission" ("requestId", "unitId") ',
    );
    await q.query('DROP INDEX "IDX_636393aca714b51fcbbaf1460e"');
    await q.query(
      'CREATE TABLE "temporary_report_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "title" varchar(255) NOT NULL, "deadline" datetime(3) NOT NULL, "unitIds" text NOT NULL, CONSTRAINT "FK_3039cbc889c0f212a9e4eb15483" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_report_request"("id", "createdAt", "updatedAt", "meetingId", "title", "deadline", "unitIds") SELECT "id", "createdAt", "updatedAt", "meetingId", "title", "deadline", "unitIds" FROM "report_request"',
    );
    await q.query('DROP TABLE "report_request"');
    await q.query('ALTER TABLE "temporary_report_request" RENAME TO "report_request"');
    await q.query(
      'CREATE INDEX "IDX_636393aca714b51fcbbaf1460e" ON "report_request" ("meetingId", "createdAt") ',
    );
    await q.query('DROP INDEX "IDX_7fefd7fe841455e671ca37e4fd"');
    await q.query(
      'CREATE TABLE "temporary_report_submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "requestId" varchar(36) NOT NULL, "meetingId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "text" text NOT NULL, "submittedAt" datetime(3) NOT NULL, "submittedBy" varchar(255) NOT NULL, CONSTRAINT "FK_2ce88e37ce376683f7f67df5625" FOREIGN KEY ("requestId") REFERENCES "report_request" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_efe782ea64207399254b7d11efd" FOREIGN KEY ("unitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_report_submission"("id", "createdAt", "updatedAt", "requestId", "meetingId", "unitId", "text", "submittedAt", "submittedBy") SELECT "id", "createdAt", "updatedAt", "requestId", "meetingId", "unitId", "text", "submittedAt", "submittedBy" FROM "report_submission"',
    );
    await q.query('DROP TABLE "report_submission"');
    await q.query('ALTER TABLE "temporary_report_submission" RENAME TO "report_submission"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_7fefd7fe841455e671ca37e4fd" ON "report_submission" ("requestId", "unitId") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_7fefd7fe841455e671ca37e4fd"');
    await q.query('ALTER TABLE "report_submission" RENAME TO "temporary_report_submission"');
    await q.query(
      'CREATE TABLE "report_submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "requestId" varchar(36) NOT NULL, "meetingId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "text" text NOT NULL, "submittedAt" datetime(3) NOT NULL, "submittedBy" varchar(255) NOT NULL)',
    );
    await q.query(
      'INSERT INTO "report_submission"("id", "createdAt", "updatedAt", "requestId", "meetingId", "unitId", "text", "submittedAt", "submittedBy") SELECT "id", "createdAt", "updatedAt", "requestId", "meetingId", "unitId", "text", "submittedAt", "submittedBy" FROM "temporary_report_submission"',
    );
    await q.query('DROP TABLE "temporary_report_submission"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_7fefd7fe841455e671ca37e4fd" ON "report_submission" ("requestId", "unitId") ',
    );
    await q.query('DROP INDEX "IDX_636393aca714b51fcbbaf1460e"');
    await q.query('ALTER TABLE "report_request" RENAME TO "temporary_report_request"');
    await q.query(
      'CREATE TABLE "report_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "title" varchar(255) NOT NULL, "deadline" datetime(3) NOT NULL, "unitIds" text NOT NULL)',
    );
    await q.query(
      'INSERT INTO "report_request"("id", "createdAt", "updatedAt", "meetingId", "title", "deadline", "unitIds") SELECT "id", "createdAt", "updatedAt", "meetingId", "title", "deadline", "unitIds" FROM "temporary_report_request"',
    );
    await q.query('DROP TABLE "temporary_report_request"');
    await q.query(
      'CREATE INDEX "IDX_636393aca714b51fcbbaf1460e" ON "report_request" ("meetingId", "createdAt") ',
    );
    await q.query('DROP INDEX "IDX_7fefd7fe841455e671ca37e4fd"');
    await q.query('DROP TABLE "report_submission"');
    await q.query('DROP INDEX "IDX_636393aca714b51fcbbaf1460e"');
    await q.query('DROP TABLE "report_request"');
  }
}
