import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796213435969 implements MigrationInterface {
  name = 'Webhooks1796213435969';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "webhook" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "url" varchar(2048) NOT NULL, "meetingId" varchar(36), "organizerUnitId" varchar(36), "eventTypes" text NOT NULL, "secret" varchar(128) NOT NULL, "createdById" varchar(36) NOT NULL)',
    );
    await q.query('CREATE INDEX "IDX_db6c2f8eae9d664f0d23a1910c" ON "webhook" ("organizerUnitId") ');
    await q.query('CREATE INDEX "IDX_fdb036a4eb185d3162771b3d36" ON "webhook" ("meetingId") ');
    await q.query(
      'CREATE TABLE "webhook_stream" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "webhookId" varchar(36) NOT NULL, "meetingId" varchar(36) NOT NULL, "deliveredSeq" integer NOT NULL DEFAULT (0), "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime(3), "lastAttemptAt" datetime(3), "lastStatusCode" integer, "lastError" varchar(500), "leaseOwner" varchar(64), "leaseUntil" datetime(3))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_3e657446de51cd15558a5fedb2" ON "webhook_stream" ("webhookId", "meetingId") ',
    );
    await q.query('DROP INDEX "IDX_db6c2f8eae9d664f0d23a1910c"');
    await q.query('DROP INDEX "IDX_fdb036a4eb185d3162771b3d36"');
    await q.query(
      'CREATE TABLE "temporary_webhook" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "url" varchar(2048) NOT NULL, "meetingId" varchar(36), "organizerUnitId" varchar(36), "eventTypes" text NOT NULL, "secret" varchar(128) NOT NULL, "createdById" varchar(36) NOT NULL, CONSTRAINT "FK_fdb036a4eb185d3162771b3d36e" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_db6c2f8eae9d664f0d23a1910c8" FOREIGN KEY ("organizerUnitId") REFERENCES "unit" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_09e9b2f1d1d57c0fb90e363109e" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_webhook"("id", "createdAt", "updatedAt", "url", "meetingId", "organizerUnitId", "eventTypes", "secret", "createdById") SELECT "id", "createdAt", "updatedAt", "url", "meetingId", "organizerUnitId", "eventTypes", "secret", "createdById" FROM "webhook"',
    );
    await q.query('DROP TABLE "webhook"');
    await q.query('ALTER TABLE "temporary_webhook" RENAME TO "webhook"');
    await q.query('CREATE INDEX "IDX_db6c2f8eae9d664f0d23a1910c" ON "webhook" ("organizerUnitId") ');
    await q.query('CREATE INDEX "IDX_fdb036a4eb185d3162771b3d36" ON "webhook" ("meetingId") ');
    await q.query('DROP INDEX "IDX_3e657446de51cd15558a5fedb2"');
    await q.query(
      'CREATE TABLE "temporary_webhook_stream" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "webhookId" varchar(36) NOT NULL, "meetingId" varchar(36) NOT NULL, "deliveredSeq" integer NOT NULL DEFAULT (0), "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime(3), "lastAttemptAt" datetime(3), "lastStatusCode" integer, "lastError" varchar(500), "leaseOwner" varchar(64), "leaseUntil" datetime(3), CONSTRAINT "FK_8bd679c555d912427e5c3516932" FOREIGN KEY ("webhookId") REFERENCES "webhook" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_32cf836d881c2c39619b7215514" FOREIGN KEY ("meetingId") REFERENCES "meeting" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_webhook_stream"("id", "createdAt", "updatedAt", "webhookId", "meetingId", "deliveredSeq", "attempts", "nextAttemptAt", "lastAttemptAt", "lastStatusCode", "lastError", "leaseOwner", "leaseUntil") SELECT "id", "createdAt", "updatedAt", "webhookId", "meetingId", "deliveredSeq", "attempts", "nextAttemptAt", "lastAttemptAt", "lastStatusCode", "lastError", "leaseOwner", "leaseUntil" FROM "webhook_stream"',
    );
    await q.query('DROP TABLE "webhook_stream"');
    await q.query('ALTER TABLE "temporary_webhook_stream" RENAME TO "webhook_stream"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_3e657446de51cd15558a5fedb2" ON "webhook_stream" ("webhookId", "meetingId") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_3e657446de51cd15558a5fedb2"');
    await q.query('ALTER TABLE "webhook_stream" RENAME TO "temporary_webhook_stream"');
    await q.query(
      'CREATE TABLE "webhook_stream" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "webhookId" varchar(36) NOT NULL, "meetingId" varchar(36) NOT NULL, "deliveredSeq" integer NOT NULL DEFAULT (0), "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime(3), "lastAttemptAt" datetime(3), "lastStatusCode" integer, "lastError" varchar(500), "leaseOwner" varchar(64), "leaseUntil" datetime(3))',
    );
    await q.query(
      'INSERT INTO "webhook_stream"("id", "createdAt", "updatedAt", "webhookId", "meetingId", "deliveredSeq", "attempts", "nextAttemptAt", "lastAttemptAt", "lastStatusCode", "lastError", "leaseOwner", "leaseUntil") SELECT "id", "createdAt", "updatedAt", "webhookId", "meetingId", "deliveredSeq", "attempts", "nextAttemptAt", "lastAttemptAt", "lastStatusCode", "lastError", "leaseOwner", "leaseUntil" FROM "temporary_webhook_stream"',
    );
    await q.query('DROP TABLE "temporary_webhook_stream"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_3e657446de51cd15558a5fedb2" ON "webhook_stream" ("webhookId", "meetingId") ',
    );
    await q.query('DROP INDEX "IDX_fdb036a4eb185d3162771b3d36"');
    await q.query('DROP INDEX "IDX_db6c2f8eae9d664f0d23a1910c"');
    await q.query('ALTER TABLE "webhook" RENAME TO "temporary_webhook"');
    await q.query(
      'CREATE TABLE "webhook" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "url" varchar(2048) NOT NULL, "meetingId" varchar(36), "organizerUnitId" varchar(36), "eventTypes" text NOT NULL, "secret" varchar(128) NOT NULL, "createdById" varchar(36) NOT NULL)',
    );
    await q.query(
      'INSERT INTO "webhook"("id", "createdAt", "updatedAt", "url", "meetingId", "organizerUnitId", "eventTypes", "secret", "createdById") SELECT "id", "createdAt", "updatedAt", "url", "meetingId", "organizerUnitId", "eventTypes", "secret", "createdById" FROM "temporary_webhook"',
    );
    await q.query('DROP TABLE "temporary_webhook"');
    await q.query('CREATE INDEX "IDX_fdb036a4eb185d3162771b3d36" ON "webhook" ("meetingId") ');
    await q.query('CREATE INDEX "IDX_db6c2f8eae9d664f0d23a1910c" ON "webhook" ("organizerUnitId") ');
    await q.query('DROP INDEX "IDX_3e657446de51cd15558a5fedb2"');
    await q.query('DROP TABLE "webhook_stream"');
    await q.query('DROP INDEX "IDX_fdb036a4eb185d3162771b3d36"');
    await q.query('DROP INDEX "IDX_db6c2f8eae9d664f0d23a1910c"');
    await q.query('DROP TABLE "webhook"');
  }
}
