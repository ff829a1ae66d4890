import { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectiveReminders1796283767972 implements MigrationInterface {
  name = 'DirectiveReminders1796283767972';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `directive` ADD `dueSoonRemindedAt` datetime(3) NULL');
    await q.query('ALTER TABLE `directive` ADD `overdueRemindedAt` datetime(3) NULL');
    await q.query(
      'CREATE INDEX `IDX_e534cbacc98a50496bcabe58e9` ON `directive` (`status`, `overdueRemindedAt`, `deadline`)',
    );
    await q.query(
      'CREATE INDEX `IDX_5678f0f30cb88698a2d76b98f2` ON `directive` (`status`, `dueSoonRemindedAt`, `deadline`)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX `IDX_5678f0f30cb88698a2d76b98f2` ON `directive`');
    await q.query('DROP INDEX `IDX_e534cbacc98a50496bcabe58e9` ON `directive`');
    await q.query('ALTER TABLE `directive` DROP COLUMN `overdueRemindedAt`');
    await q.query('ALTER TABLE `directive` DROP COLUMN `dueSoonRemindedAt`');
  }
}
