import { MigrationInterface, QueryRunner } from 'typeorm';

export class Minutes1796215045951 implements MigrationInterface {
  name = 'Minutes1796215045951';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "CREATE TABLE `minutes` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `meetingId` varchar(36) NOT NULL, `text` mediumtext NOT NULL, `version` int NOT NULL DEFAULT '1', `status` varchar(16) NOT NULL, `finalizedAt` datetime(3) NULL, `lastEditedById` varchar(36) NULL, UNIQUE INDEX `IDX_a45fc897fdbbdc00427d268088` (`meetingId`), UNIQUE INDEX `REL_a45fc897fdbbdc00427d268088` (`meetingId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'ALTER TABLE `minutes` ADD CONSTRAINT `FK_a45fc897fdbbdc00427d2680886` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `minutes` DROP FOREIGN KEY `FK_a45fc897fdbbdc00427d2680886`');
    await q.query('DROP INDEX `REL_a45fc897fdbbdc00427d268088` ON `minutes`');
    await q.query('DROP INDEX `IDX_a45fc897fdbbdc00427d268088` ON `minutes`');
    await q.query('DROP TABLE `minutes`');
  }
}
