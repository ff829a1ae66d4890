import { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefingCycle1796211926240 implements MigrationInterface {
  name = 'BriefingCycle1796211926240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "CREATE TABLE `meeting_series` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `title` varchar(500) NOT NULL, `kind` varchar(32) NOT NULL, `format` varchar(16) NOT NULL, `cadence` varchar(16) NOT NULL, `planReference` varchar(500) NULL, `organizerId` varchar(36) NOT NULL, `hostUnitId` varchar(36) NULL, `hostUserIds` mediumtext NOT NULL, `template` mediumtext NOT NULL, `version` int NOT NULL DEFAULT '1', `createdById` varchar(36) NULL, INDEX `IDX_22042972eca4708756e7043532` (`organizerId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query('ALTER TABLE `meeting` ADD `seriesId` varchar(36) NULL');
    await q.query('ALTER TABLE `directive` ADD `acceptedAt` datetime(3) NULL');
    await q.query('ALTER TABLE `directive` ADD `groupId` varchar(36) NOT NULL');
    // Directives given before groups existed are each a group of one.
    await q.query('UPDATE `directive` SET `groupId` = `id`');
    await q.query('ALTER TABLE `directive` ADD `assigneePerson` varchar(255) NULL');
    await q.query("ALTER TABLE `directive_progress` ADD `kind` varchar(16) NOT NULL DEFAULT 'REPORTED'");
    await q.query(
      'CREATE INDEX `IDX_36cbf2e116ed4f37545d9f86e3` ON `meeting` (`seriesId`, `scheduledStart`)',
    );
    await q.query('CREATE INDEX `IDX_c908792ee5673e127db8a84de2` ON `directive` (`groupId`)');
    await q.query(
      'ALTER TABLE `meeting` ADD CONSTRAINT `FK_3006b61a131ec271e13c6bd9763` FOREIGN KEY (`seriesId`) REFERENCES `meeting_series`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `meeting_series` ADD CONSTRAINT `FK_22042972eca4708756e70435321` FOREIGN KEY (`organizerId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `meeting_series` ADD CONSTRAINT `FK_54c17df51da7bcc877e2688f6a1` FOREIGN KEY (`hostUnitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `meeting_series` DROP FOREIGN KEY `FK_54c17df51da7bcc877e2688f6a1`');
    await q.query('ALTER TABLE `meeting_series` DROP FOREIGN KEY `FK_22042972eca4708756e70435321`');
    await q.query('ALTER TABLE `meeting` DROP FOREIGN KEY `FK_3006b61a131ec271e13c6bd9763`');
    await q.query('DROP INDEX `IDX_c908792ee5673e127db8a84de2` ON `directive`');
    await q.query('DROP INDEX `IDX_36cbf2e116ed4f37545d9f86e3` ON `meeting`');
    await q.query('ALTER TABLE `directive_progress` DROP COLUMN `kind`');
    await q.query('ALTER TABLE `directive` DROP COLUMN `assigneePerson`');
    await q.query('ALTER TABLE `directive` DROP COLUMN `groupId`');
    await q.query('ALTER TABLE `directive` DROP COLUMN `acceptedAt`');
    await q.query('ALTER TABLE `meeting` DROP COLUMN `seriesId`');
    await q.query('DROP INDEX `IDX_22042972eca4708756e7043532` ON `meeting_series`');
    await q.query('DROP TABLE `meeting_series`');
  }
}
