import { MigrationInterface, QueryRunner } from 'typeorm';

export class SpeechPause1796197715139 implements MigrationInterface {
  name = 'SpeechPause1796197715139';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `speech` ADD `pausedAt` datetime(3) NULL');
    await q.query("ALTER TABLE `speech` ADD `pausedMs` int NOT NULL DEFAULT '0'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `speech` DROP COLUMN `pausedMs`');
    await q.query('ALTER TABLE `speech` DROP COLUMN `pausedAt`');
  }
}
