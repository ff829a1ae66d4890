import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agenda item documents (up to 50 × 500 characters, as JSON) and event snapshots can pass TEXT's
 * 65,535 bytes. MODIFY keeps the rows (the generator wrote DROP and ADD COLUMN, which lose them).
 * Going down fails on a row that no longer fits TEXT, rather than cut it.
 */
export class LongText1796193619862 implements MigrationInterface {
  name = 'LongText1796193619862';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `agenda_item` MODIFY `documents` mediumtext NOT NULL');
    await q.query('ALTER TABLE `meeting_event` MODIFY `subject` mediumtext NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `meeting_event` MODIFY `subject` text NOT NULL');
    await q.query('ALTER TABLE `agenda_item` MODIFY `documents` text NOT NULL');
  }
}
