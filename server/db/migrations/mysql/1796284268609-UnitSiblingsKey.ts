import { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitSiblingsKey1796284268609 implements MigrationInterface {
  name = 'UnitSiblingsKey1796284268609';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `unit` ADD `siblingsKey` varchar(36) NOT NULL');
    await q.query("UPDATE `unit` SET `siblingsKey` = COALESCE(`parentId`, '')");
    // The parent's foreign key needs an index of its own before the old unique one goes.
    await q.query('CREATE INDEX `IDX_5dd750900308d1d70a3848b92c` ON `unit` (`parentId`)');
    await q.query(
      'CREATE UNIQUE INDEX `IDX_9f07f5c40df3bc159893e146a7` ON `unit` (`siblingsKey`, `nameKey`)',
    );
    await q.query('DROP INDEX `IDX_a1b557db6f5b6ab9af12baf9d1` ON `unit`');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE UNIQUE INDEX `IDX_a1b557db6f5b6ab9af12baf9d1` ON `unit` (`parentId`, `nameKey`)');
    await q.query('DROP INDEX `IDX_9f07f5c40df3bc159893e146a7` ON `unit`');
    await q.query('DROP INDEX `IDX_5dd750900308d1d70a3848b92c` ON `unit`');
    await q.query('ALTER TABLE `unit` DROP COLUMN `siblingsKey`');
  }
}
