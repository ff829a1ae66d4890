import { MigrationInterface, QueryRunner } from 'typeorm';

export class Files1796229619000 implements MigrationInterface {
  name = 'Files1796229619000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE `stored_file` (`id` varchar(36) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `name` varchar(255) NOT NULL, `size` int NOT NULL, `contentType` varchar(100) NOT NULL, `uploader` varchar(64) NOT NULL, `submissionId` varchar(36) NULL, INDEX `IDX_b11dd732cb5a9983dcff305906` (`submissionId`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await q.query(
      'CREATE TABLE `file_chunk` (`fileId` varchar(36) NOT NULL, `seq` int NOT NULL, `data` blob NOT NULL, PRIMARY KEY (`fileId`, `seq`)) ENGINE=InnoDB',
    );
    await q.query(
      'ALTER TABLE `stored_file` ADD CONSTRAINT `FK_b11dd732cb5a9983dcff305906f` FOREIGN KEY (`submissionId`) REFERENCES `report_submission`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `stored_file` DROP FOREIGN KEY `FK_b11dd732cb5a9983dcff305906f`');
    await q.query('DROP TABLE `file_chunk`');
    await q.query('DROP INDEX `IDX_b11dd732cb5a9983dcff305906` ON `stored_file`');
    await q.query('DROP TABLE `stored_file`');
  }
}
