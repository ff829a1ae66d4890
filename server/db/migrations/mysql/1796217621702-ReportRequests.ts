import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportRequests1796217621702 implements MigrationInterface {
  name = 'ReportRequests1796217621702';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE `report_request` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `meetingId` varchar(36) NOT NULL, `title` varchar(255) NOT NULL, `deadline` datetime(3) NOT NULL, `unitIds` mediumtext NOT NULL, INDEX `IDX_636393aca714b51fcbbaf1460e` (`meetingId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `report_submission` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `requestId` varchar(36) NOT NULL, `meetingId` varchar(36) NOT NULL, `unitId` varchar(36) NOT NULL, `text` text NOT NULL, `submittedAt` datetime(3) NOT NULL, `submittedBy` varchar(255) NOT NULL, UNIQUE INDEX `IDX_7fefd7fe841455e671ca37e4fd` (`requestId`, `unitId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'ALTER TABLE `report_request` ADD CONSTRAINT `FK_3039cbc889c0f212a9e4eb15483` FOREIGN KEY (`meetingId`) REFERENCES `meeting`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `report_submission` ADD CONSTRAINT `FK_2ce88e37ce376683f7f67df5625` FOREIGN KEY (`requestId`) REFERENCES `report_request`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE `report_submission` ADD CONSTRAINT `FK_efe782ea64207399254b7d11efd` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `report_submission` DROP FOREIGN KEY `FK_efe782ea64207399254b7d11efd`');
    await q.query('ALTER TABLE `report_submission` DROP FOREIGN KEY `FK_2ce88e37ce376683f7f67df5625`');
    await q.query('ALTER TABLE `report_request` DROP FOREIGN KEY `FK_3039cbc889c0f212a9e4eb15483`');
    await q.query('DROP INDEX `IDX_7fefd7fe841455e671ca37e4fd` ON `report_submission`');
    await q.query('DROP TABLE `report_submission`');
    await q.query('DROP INDEX `IDX_636393aca714b51fcbbaf1460e` ON `report_request`');
    await q.query('DROP TABLE `report_request`');
  }
}
