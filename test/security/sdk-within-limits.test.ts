import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DefinitionNode,
  DocumentNode,
  GraphQLSchema,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import { loadConfig } from '../../server/config';
import { createSchema } from '../../server/graphql/schema';
import { operationRules } from '../../server/graphql/limits';

const SDK = join(__dirname, '../../client-sdk');

/** One operation with the fragments it spreads (directly or not), as a client sends it. */
function alone(op: DefinitionNode, fragments: Map<string, DefinitionNode>): DocumentNode {
  const used = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        collect(fragments.get(spread.name.value)!);
      },
    });
  collect(op);
  return { kind: Kind.DOCUMENT, definitions: [op, ...[...used].map((n) => fragments.get(n)!)] };
}

describe("the client SDK's operations are within the default limits", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('validates every operation with the production rules', () => {
    const text = [
      'src/generated/operations.graphql',
      'graphql/operations.graphql',
      'graphql/fragments.graphql',
    ]
      .map((f) => readFileSync(join(SDK, f), 'utf8'))
      .join('\n');
    const definitions = parse(text).definitions;
    const fragments = new Map(
      definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    const config = loadConfig({ NODE_ENV: 'production' });
    const rules = [...specifiedRules, ...operationRules(config.limits, config.introspection)];
    const ops = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(ops.length).toBeGreaterThan(40);
    const problems = ops.flatMap((op) =>
      validate(schema, alone(op, fragments), rules).map((e) => `${op.name?.value}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });
});
