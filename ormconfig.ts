import 'reflect-metadata';
import { createDataSource } from './server/db/data-source';

/** The TypeORM CLI's data source: the database of `DATABASE_URL`, as the server uses it. */
export default createDataSource(process.env.DATABASE_URL ?? 'sqlite:./data/diemcau.sqlite');
