import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillUnitAndMeetingKeys } from '../search-key-backfill';

export class SearchKeys1796211653736 implements MigrationInterface {
  name = 'SearchKeys1796211653736';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `unit` ADD `nameKey` varchar(255) NOT NULL');
    await q.query('ALTER TABLE `meeting` ADD `titleKey` varchar(500) NOT NULL');
    await backfillUnitAndMeetingKeys(q);
    await q.query('CREATE UNIQUE INDEX `IDX_a1b557db6f5b6ab9af12baf9d1` ON `unit` (`parentId`, `nameKey`)');
    // After the new index: the foreign key on parentId needs one of them.
    await q.query('DROP INDEX `IDX_3ba0e4cb41fd2ee8f0850b78f7` ON `unit`');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE UNIQUE INDEX `IDX_3ba0e4cb41fd2ee8f0850b78f7` ON `unit` (`parentId`, `name`)');
    await q.query('DROP INDEX `IDX_a1b557db6f5b6ab9af12baf9d1` ON `unit`');
    await q.query('ALTER TABLE `meeting` DROP COLUMN `titleKey`');
    await q.query('ALTER TABLE `unit` DROP COLUMN `nameKey`');
  }
}
