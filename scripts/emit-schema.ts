/** Writes the GraphQL schema that the code defines to schema/schema.graphql (never edited by hand). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaText } from '../server/graphql/schema';

const file = join(__dirname, '..', 'schema', 'schema.graphql');
schemaText().then(
  (text) => {
    writeFileSync(file, text);
    console.log(`Wrote ${file}`);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
