import { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectiveReminders1796283767972 implements MigrationInterface {
  name = 'DirectiveReminders1796283767972';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_c908792ee5673e127db8a84de2"');
    await q.query('DROP INDEX "IDX_1bacd92f435fde1a9636cc1b26"');
    await q.query('DROP INDEX "IDX_3b7df2f1be04c04d19c6ab83ed"');
    await q.query(
      'CREATE TABLE "temporary_directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "conclusionId" varchar(36) NOT NULL, "assigneeUnitId" varchar(36) NOT NULL, "task" text NOT NULL, "deadline" datetime(3), "status" varchar(16) NOT NULL, "sourceAgendaItemId" varchar(36), "completedAt" datetime(3), "acceptedAt" datetime(3), "groupId" varchar(36) NOT NULL, "assigneePerson" varchar(255), "dueSoonRemindedAt" datetime(3), "overdueRemindedAt" datetime(3), CONSTRAINT "FK_1bacd92f435fde1a9636cc1b26b" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_a78e4393ed633e1d679b42daeee" FOREIGN KEY ("conclusionId") REFERENCES "conclusion" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ec1269e05a5f2bdcd2f0cbb3b99" FOREIGN KEY ("assigneeUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_76a5e212e0f8ea805bf26d68980" FOREIGN KEY ("sourceAgendaItemId") REFERENCES "agenda_item" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_directive"("id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt", "acceptedAt", "groupId", "assigneePerson") SELECT "id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt", "acceptedAt", "groupId", "assigneePerson" FROM "directive"',
    );
    await q.query('DROP TABLE "directive"');
    await q.query('ALTER TABLE "temporary_directive" RENAME TO "directive"');
    await q.query('CREATE INDEX "IDX_c908792ee5673e127db8a84de2" ON "directive" ("groupId") ');
    await q.query('CREATE INDEX "IDX_1bacd92f435fde1a9636cc1b26" ON "directive" ("meetingId") ');
    await q.query(
      'CREATE INDEX "IDX_3b7df2f1be04c04d19c6ab83ed" ON "directive" ("assigneeUnitId", "status", "deadline") ',
    );
    await q.query(
      'CREATE INDEX "IDX_e534cbacc98a50496bcabe58e9" ON "directive" ("status", "overdueRemindedAt", "deadline") ',
    );
    await q.query(
      'CREATE INDEX "IDX_5678f0f30cb88698a2d76b98f2" ON "directive" ("status", "dueSoonRemindedAt", "deadline") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_5678f0f30cb88698a2d76b98f2"');
    await q.query('DROP INDEX "IDX_e534cbacc98a50496bcabe58e9"');
    await q.query('DROP INDEX "IDX_3b7df2f1be04c04d19c6ab83ed"');
    await q.query('DROP INDEX "IDX_1bacd92f435fde1a9636cc1b26"');
    await q.query('DROP INDEX "IDX_c908792ee5673e127db8a84de2"');
    await q.query('ALTER TABLE "directive" RENAME TO "temporary_directive"');
    await q.query(
      'CREATE TABLE "directive" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "meetingId" varchar(36) NOT NULL, "conclusionId" varchar(36) NOT NULL, "assigneeUnitId" varchar(36) NOT NULL, "task" text NOT NULL, "deadline" datetime(3), "status" varchar(16) NOT NULL, "sourceAgendaItemId" varchar(36), "completedAt" datetime(3), "acceptedAt" datetime(3), "groupId" varchar(36) NOT NULL, "assigneePerson" varchar(255), CONSTRAINT "FK_1bacd92f435fde1a9636cc1b26b" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_a78e4393ed633e1d679b42daeee" FOREIGN KEY ("conclusionId") REFERENCES "conclusion" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ec1269e05a5f2bdcd2f0cbb3b99" FOREIGN KEY ("assigneeUnitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_76a5e212e0f8ea805bf26d68980" FOREIGN KEY ("sourceAgendaItemId") REFERENCES "agenda_item" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "directive"("id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt", "acceptedAt", "groupId", "assigneePerson") SELECT "id", "createdAt", "updatedAt", "meetingId", "conclusionId", "assigneeUnitId", "task", "deadline", "status", "sourceAgendaItemId", "completedAt", "acceptedAt", "groupId", "assigneePerson" FROM "temporary_directive"',
    );
    await q.query('DROP TABLE "temporary_directive"');
    await q.query(
      'CREATE INDEX "IDX_3b7df2f1be04c04d19c6ab83ed" ON "directive" ("assigneeUnitId", "status", "deadline") ',
    );
    await q.query('CREATE INDEX "IDX_1bacd92f435fde1a9636cc1b26" ON "directive" ("meetingId") ');
    await q.query('CREATE INDEX "IDX_c908792ee5673e127db8a84de2" ON "directive" ("groupId") ');
  }
}
