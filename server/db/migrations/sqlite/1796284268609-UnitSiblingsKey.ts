import { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitSiblingsKey1796284268609 implements MigrationInterface {
  name = 'UnitSiblingsKey1796284268609';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_a1b557db6f5b6ab9af12baf9d1"');
    await q.query(
      'CREATE TABLE "temporary_unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36), "nameKey" varchar(255) NOT NULL, "fullName" varchar(255), "placeName" varchar(100), "siblingsKey" varchar(36) NOT NULL, CONSTRAINT "FK_5dd750900308d1d70a3848b92c1" FOREIGN KEY ("parentId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_unit"("id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey", "fullName", "placeName", "siblingsKey") SELECT "id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey", "fullName", "placeName", COALESCE("parentId", \'\') FROM "unit"',
    );
    await q.query('DROP TABLE "unit"');
    await q.query('ALTER TABLE "temporary_unit" RENAME TO "unit"');
    await q.query('CREATE INDEX "IDX_5dd750900308d1d70a3848b92c" ON "unit" ("parentId") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_9f07f5c40df3bc159893e146a7" ON "unit" ("siblingsKey", "nameKey") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_9f07f5c40df3bc159893e146a7"');
    await q.query('DROP INDEX "IDX_5dd750900308d1d70a3848b92c"');
    await q.query('ALTER TABLE "unit" RENAME TO "temporary_unit"');
    await q.query(
      'CREATE TABLE "unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "name" varchar(255) NOT NULL, "level" varchar(16) NOT NULL, "parentId" varchar(36), "nameKey" varchar(255) NOT NULL, "fullName" varchar(255), "placeName" varchar(100), CONSTRAINT "FK_5dd750900308d1d70a3848b92c1" FOREIGN KEY ("parentId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "unit"("id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey", "fullName", "placeName") SELECT "id", "createdAt", "updatedAt", "name", "level", "parentId", "nameKey", "fullName", "placeName" FROM "temporary_unit"',
    );
    await q.query('DROP TABLE "temporary_unit"');
    await q.query('CREATE UNIQUE INDEX "IDX_a1b557db6f5b6ab9af12baf9d1" ON "unit" ("parentId", "nameKey") ');
  }
}
