import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1796214848470 implements MigrationInterface {
  name = 'AuditLog1796214848470';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "audit_record" ("seq" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime(3) NOT NULL, "action" varchar(32) NOT NULL, "actorUserId" varchar(36), "actorName" varchar(255), "userId" varchar(36), "username" varchar(64) NOT NULL, "fields" varchar(1000) NOT NULL, "ip" varchar(64))',
    );
    await q.query('CREATE INDEX "IDX_5d9bfffebbc08366dddd0d5e67" ON "audit_record" ("userId", "seq") ');
    await q.query(
      'CREATE TABLE "temporary_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "displayName" varchar(255) NOT NULL, "unitId" varchar(36), "disabled" boolean NOT NULL DEFAULT (0), "tokensValidFrom" datetime(3), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"), CONSTRAINT "FK_856a1f0347b672d3b8bb4693bd8" FOREIGN KEY ("unitId") REFERENCES "unit" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_user"("id", "createdAt", "updatedAt", "username", "passwordHash", "role", "displayName", "unitId", "disabled") SELECT "id", "createdAt", "updatedAt", "username", "passwordHash", "role", "displayName", "unitId", "disabled" FROM "user"',
    );
    await q.query('DROP TABLE "user"');
    await q.query('ALTER TABLE "temporary_user" RENAME TO "user"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "user" RENAME TO "temporary_user"');
    await q.query(
      'CREATE TABLE "user" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(255) NOT NULL, "role" varchar(16) NOT NULL, "displayName" varchar(255) NOT NULL, "unitId" varchar(36), "disabled" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"), CONSTRAINT "FK_856a1f0347b672d3b8bb4693bd8" FOREIGN KEY ("unitId") REFERENCES "unit" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "user"("id", "createdAt", "updatedAt", "username", "passwordHash", "role", "displayName", "unitId", "disabled") SELECT "id", "createdAt", "updatedAt", "username", "passwordHash", "role", "displayName", "unitId", "disabled" FROM "temporary_user"',
    );
    await q.query('DROP TABLE "temporary_user"');
    await q.query('DROP INDEX "IDX_5d9bfffebbc08366dddd0d5e67"');
    await q.query('DROP TABLE "audit_record"');
  }
}
