import { MigrationInterface, QueryRunner } from 'typeorm';

export class AgendaFiles1796284055688 implements MigrationInterface {
  name = 'AgendaFiles1796284055688';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `agenda_item` ADD `videoUrl` varchar(2000) NULL');
    await q.query('ALTER TABLE `stored_file` ADD `agendaItemId` varchar(36) NULL');
    await q.query('CREATE INDEX `IDX_dd85804c43af0cb6ee919afc47` ON `stored_file` (`agendaItemId`)');
    await q.query(
      'ALTER TABLE `stored_file` ADD CONSTRAINT `FK_dd85804c43af0cb6ee919afc47b` FOREIGN KEY (`agendaItemId`) REFERENCES `agenda_item`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `stored_file` DROP FOREIGN KEY `FK_dd85804c43af0cb6ee919afc47b`');
    await q.query('DROP INDEX `IDX_dd85804c43af0cb6ee919afc47` ON `stored_file`');
    await q.query('ALTER TABLE `stored_file` DROP COLUMN `agendaItemId`');
    await q.query('ALTER TABLE `agenda_item` DROP COLUMN `videoUrl`');
  }
}
