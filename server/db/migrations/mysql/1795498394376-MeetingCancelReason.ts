import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingCancelReason1795498394376 implements MigrationInterface {
  name = 'MeetingCancelReason1795498394376';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `meeting` ADD `cancelReason` varchar(1000) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `meeting` DROP COLUMN `cancelReason`');
  }
}
