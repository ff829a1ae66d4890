import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaText } from '../../server/graphql/schema';

it('schema/schema.graphql is the schema the code defines (run `npm run schema:emit`)', async () => {
  const committed = readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
  expect(committed).toBe(await schemaText());
});
