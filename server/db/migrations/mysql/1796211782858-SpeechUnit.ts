import { MigrationInterface, QueryRunner } from 'typeorm';

export class SpeechUnit1796211782858 implements MigrationInterface {
  name = 'SpeechUnit1796211782858';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `speech` ADD `unitId` varchar(36) NULL');
    await q.query(
      'ALTER TABLE `speech` ADD CONSTRAINT `FK_7fd79309bdfc803a6b68cae7d86` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `speech` DROP FOREIGN KEY `FK_7fd79309bdfc803a6b68cae7d86`');
    await q.query('ALTER TABLE `speech` DROP COLUMN `unitId`');
  }
}
