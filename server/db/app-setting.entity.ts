import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Server-wide values kept in the database, such as a generated token-signing secret. */
@Entity('app_setting')
export class AppSetting {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
