import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796213435969 implements MigrationInterface {
  name = 'Webhooks1796213435969';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE `webhook` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `url` varchar(2048) NOT NULL, `meetingId` varchar(36) NULL, `organizerUnitId` varchar(36) NULL, `eventTypes` text NOT NULL, `secret` varchar(128) NOT NULL, `createdById` varchar(36) NOT NULL, INDEX `IDX_db6c2f8eae9d664f0d23a1910c` (`organizerUnitId`), INDEX `IDX_fdb036a4eb185d3162771b3d36` (`meetingId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      "CREATE TABLE `webhook_stream` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `webhookId` varchar(36) NOT NULL, `meetingId` varchar(36) NOT NULL, `deliveredSeq` int NOT NULL DEFAULT '0', `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NULL, `lastAttemptAt` datetime(3) NULL, `lastStatusCode` int NULL, `lastError` varchar(500) NULL, `leaseOwner` varchar(64) NULL, `leaseUntil` datetime(3) NULL, UNIQUE INDEX `IDX_3e657446de51cd15558a5fedb2` (`webhookId`, `meetingId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await q.query(
      'ALTER TABLE `webhook` ADD CONSTRAINT `FK_fdb036a4eb185d3162771b3d36e` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `webhook` ADD CONSTRAINT `FK_db6c2f8eae9d664f0d23a1910c8` FOREIGN KEY (`organizerUnitId`) REFERENCES `unit`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `webhook` ADD CONSTRAINT `FK_09e9b2f1d1d57c0fb90e363109e` FOREIGN KEY (`createdById`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `webhook_stream` ADD CONSTRAINT `FK_8bd679c555d912427e5c3516932` FOREIGN KEY (`webhookId`) REFERENCES `webhook`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `webhook_stream` ADD CONSTRAINT `FK_32cf836d881c2c39619b7215514` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `webhook_stream` DROP FOREIGN KEY `FK_32cf836d881c2c39619b7215514`');
    await q.query('ALTER TABLE `webhook_stream` DROP FOREIGN KEY `FK_8bd679c555d912427e5c3516932`');
    await q.query('ALTER TABLE `webhook` DROP FOREIGN KEY `FK_09e9b2f1d1d57c0fb90e363109e`');
    await q.query('ALTER TABLE `webhook` DROP FOREIGN KEY `FK_db6c2f8eae9d664f0d23a1910c8`');
    await q.query('ALTER TABLE `webhook` DROP FOREIGN KEY `FK_fdb036a4eb185d3162771b3d36e`');
    await q.query('DROP INDEX `IDX_3e657446de51cd15558a5fedb2` ON `webhook_stream`');
    await q.query('DROP TABLE `webhook_stream`');
    await q.query('DROP INDEX `IDX_fdb036a4eb185d3162771b3d36` ON `webhook`');
    await q.query('DROP INDEX `IDX_db6c2f8eae9d664f0d23a1910c` ON `webhook`');
    await q.query('DROP TABLE `webhook`');
  }
}
