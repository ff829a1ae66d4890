import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLInputType,
  GraphQLField,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  GraphQLSchema,
} from 'graphql';
import { UNKNOWN_ID } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';

/** The Query fields anyone may ask, by design (server/graphql/pipeline.ts): the rest need a token. */
const PUBLIC_QUERIES = ['serverTime', 'serverInfo'];

/** A well-typed value of `type`, built from the schema: required fields only. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  const scalars: Record<string, unknown> = {
    ID: UNKNOWN_ID,
    String: 'x',
    Int: 1,
    Float: 1,
    Boolean: true,
    DateTime: '2022-04-28T07:30:00.000Z',
  };
  if (isScalarType(type) && type.name in scalars) return scalars[type.name];
  throw new Error(`no sample value for ${String(type)}`);
}

/** The field asked with every required argument (as variables) and only `__typename` selected. */
function operationOf(field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
  return {
    query: `query${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
  };
}

describe('every Query root field refuses a request without a token', () => {
  let t: TestServer;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestServer();
    schema = buildClientSchema((await t.ok(getIntrospectionQuery())) as never);
  });
  afterAll(() => t.close());

  const fields = () => Object.values(schema.getQueryType()!.getFields());

  it('reads the fields from the schema, the public ones among them', () => {
    const names = fields().map((f) => f.name);
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual(expect.arrayContaining(PUBLIC_QUERIES));
  });

  it('answers UNAUTHENTICATED for each field not public, and the public ones without error', async () => {
    const answers: Record<string, string> = {};
    for (const field of fields()) {
      const { query, variables } = operationOf(field);
      const result = await t.gql(query, variables);
      if (PUBLIC_QUERIES.includes(field.name)) {
        expect([field.name, result.errors]).toEqual([field.name, undefined]);
      } else {
        answers[field.name] = result.errors?.[0]?.extensions?.code ?? 'answered';
        expect(result.data?.[field.name] ?? null).toBeNull();
      }
    }
    const refused = Object.fromEntries(Object.keys(answers).map((name) => [name, 'UNAUTHENTICATED']));
    expect(answers).toEqual(refused);
  });

  it('answers the same to an expired or malformed token', async () => {
    const { query, variables } = operationOf(schema.getQueryType()!.getFields().meeting);
    expectError(await t.gql(query, variables, 'not-a-token'), 'UNAUTHENTICATED');
  });
});
