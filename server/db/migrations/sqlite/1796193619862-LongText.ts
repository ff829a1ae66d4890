import { MigrationInterface, QueryRunner } from 'typeorm';

/** SQLite's TEXT holds any length: nothing changes here (MySQL widens two columns to MEDIUMTEXT). */
export class LongText1796193619862 implements MigrationInterface {
  name = 'LongText1796193619862';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
