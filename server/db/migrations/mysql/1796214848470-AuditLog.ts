import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1796214848470 implements MigrationInterface {
  name = 'AuditLog1796214848470';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE `audit_record` (`seq` int NOT NULL AUTO_INCREMENT, `at` datetime(3) NOT NULL, `action` varchar(32) NOT NULL, `actorUserId` varchar(36) NULL, `actorName` varchar(255) NULL, `userId` varchar(36) NULL, `username` varchar(64) NOT NULL, `fields` varchar(1000) NOT NULL, `ip` varchar(64) NULL, INDEX `IDX_5d9bfffebbc08366dddd0d5e67` (`userId`, `seq`), PRIMARY KEY (`seq`)) ENGINE=InnoDB',
    );
    await q.query('ALTER TABLE `user` ADD `tokensValidFrom` datetime(3) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `user` DROP COLUMN `tokensValidFrom`');
    await q.query('DROP INDEX `IDX_5d9bfffebbc08366dddd0d5e67` ON `audit_record`');
    await q.query('DROP TABLE `audit_record`');
  }
}
