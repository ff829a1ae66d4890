import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticeDetailsAndUnitNames1796212114494 implements MigrationInterface {
  name = 'NoticeDetailsAndUnitNames1796212114494';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `unit` ADD `fullName` varchar(255) NULL');
    await q.query('ALTER TABLE `unit` ADD `placeName` varchar(100) NULL');
    await q.query('ALTER TABLE `conclusion` ADD `signedAt` datetime(3) NULL');
    await q.query('ALTER TABLE `conclusion` ADD `noticePlace` varchar(100) NULL');
    await q.query('ALTER TABLE `conclusion` ADD `signerAuthority` varchar(200) NULL');
    await q.query('ALTER TABLE `conclusion` ADD `signerTitle` varchar(200) NULL');
    await q.query('ALTER TABLE `conclusion` ADD `signerName` varchar(200) NULL');
    await q.query('ALTER TABLE `conclusion` ADD `recipients` mediumtext NULL');
    // Notices published before: dated by their publication.
    await q.query('UPDATE `conclusion` SET `signedAt` = `publishedAt` WHERE `publishedAt` IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `conclusion` DROP COLUMN `recipients`');
    await q.query('ALTER TABLE `conclusion` DROP COLUMN `signerName`');
    await q.query('ALTER TABLE `conclusion` DROP COLUMN `signerTitle`');
    await q.query('ALTER TABLE `conclusion` DROP COLUMN `signerAuthority`');
    await q.query('ALTER TABLE `conclusion` DROP COLUMN `noticePlace`');
    await q.query('ALTER TABLE `conclusion` DROP COLUMN `signedAt`');
    await q.query('ALTER TABLE `unit` DROP COLUMN `placeName`');
    await q.query('ALTER TABLE `unit` DROP COLUMN `fullName`');
  }
}
