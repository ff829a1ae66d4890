import { GraphQLSchema, Kind, specifiedRules, validate } from 'graphql';
import { loadConfig } from '../../server/config';
import { createSchema } from '../../server/graphql/schema';
import { operationRules } from '../../server/graphql/limits';
import { sdkDefinitions, withSdkFragments } from '../support/sdk';

describe("the client SDK's operations are within the default limits", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('validates every operation with the production rules', () => {
    const definitions = sdkDefinitions();
    const config = loadConfig({ NODE_ENV: 'production' });
    const rules = [...specifiedRules, ...operationRules(config.limits, config.introspection)];
    const ops = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(ops.length).toBeGreaterThan(40);
    const problems = ops.flatMap((op) =>
      validate(schema, withSdkFragments(op), rules).map((e) => `${op.name?.value}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });
});
