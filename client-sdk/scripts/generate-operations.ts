/**
 * Writes the operation documents of the SDK from schema/schema.graphql, so that every query, mutation
 * and subscription is covered by construction: one operation per root field, named after it, taking
 * all its arguments as variables and selecting the hand-written fragment of the type it returns
 * (graphql/fragments.graphql), or else the type's plain fields. An operation of graphql/operations.graphql
 * named after a root field replaces the generated one. Also writes the maps from root field to
 * document that `@diemcau/client/operations` (`query.<field>`, `mutate.<field>`) is typed from.
 *
 * A union's members may have fields of one name but different types (Speech.status, Meeting.status),
 * which GraphQL refuses in one selection: the selection of MeetingEvent.subject (the fragment
 * MeetingEventSubjectFields) aliases those `<subjectType><Field>` (`speechSnapshotStatus: status`),
 * which the client's meetingEvents gives back under the field's name (see `Unaliased` in
 * src/client.ts), so integrators see each subject as its main fragment.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  astFromValue,
  buildSchema,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isLeafType,
  isObjectType,
  isUnionType,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
} from 'graphql';

const root = join(__dirname, '..');
export const schemaFile = join(root, '..', 'schema', 'schema.graphql');
export const out = join(root, 'src', 'generated');

/** How deep plain selections go into types without a fragment (connections: edges → node). */
const MAX_DEPTH = 3;

type OperationKind = 'query' | 'mutation' | 'subscription';

const pascal = (name: string) => name[0].toUpperCase() + name.slice(1);

function definitions<T>(file: string, kind: string): T[] {
  return parse(readFileSync(join(root, 'graphql', file), 'utf8')).definitions.filter(
    (d) => d.kind === kind,
  ) as T[];
}

const SUBJECT = 'MeetingEventSubject';

class Selector {
  /** The main fragment of a type: the one named `<Type>Fields`. */
  readonly fragments: Map<string, FragmentDefinitionNode>;

  constructor(readonly all: FragmentDefinitionNode[]) {
    this.fragments = new Map(
      all
        .filter((f) => f.name.value === `${f.typeCondition.name.value}Fields`)
        .map((f) => [f.typeCondition.name.value, f]),
    );
  }

  /** The selection set for a value of `type`, or '' for a leaf. */
  select(type: GraphQLNamedType, depth = 0, seen: ReadonlySet<string> = new Set()): string {
    if (isLeafType(type)) return '';
    const fragment = this.fragments.get(type.name);
    if (fragment) return `{ ...${fragment.name.value} }`;
    if (isUnionType(type))
      return `{ __typename ${type
        .getTypes()
        .map((t) => `... on ${t.name} ${this.select(t, depth, seen)}`)
        .join(' ')} }`;
    if (!isObjectType(type)) throw new Error(`Cannot select ${type.name}`);
    return `{ ${this.fields(type, depth, new Set([...seen, type.name])).join(' ')} }`;
  }

  private fields(type: GraphQLObjectType, depth: number, seen: ReadonlySet<string>): string[] {
    const fields: string[] = [];
    for (const field of Object.values(type.getFields())) {
      if (field.args.length > 0) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) fields.push(field.name);
      else if (this.fragments.has(named.name) || (depth < MAX_DEPTH && !seen.has(named.name)))
        fields.push(`${field.name} ${this.select(named, depth + 1, seen)}`);
    }
    return fields;
  }
}

/** The top-level fields of a fragment, its top-level spreads expanded. */
function topFields(selector: Selector, fragment: FragmentDefinitionNode): FieldNode[] {
  return fragment.selectionSet.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind !== Kind.FRAGMENT_SPREAD) throw new Error(`Inline fragments in ${fragment.name.value}`);
    return topFields(
      selector,
      selector.all.find((f) => f.name.value === s.name.value)!,
    );
  });
}

/** The fragment on MeetingEventSubject, the fields that clash aliased `<subjectType><Field>`. */
function subjectFragment(schema: GraphQLSchema, selector: Selector): string {
  const union = schema.getType(SUBJECT);
  if (!isUnionType(union)) throw new Error(`${SUBJECT} is not a union`);
  const members = union.getTypes().map((type) => {
    const fragment = selector.fragments.get(type.name);
    if (!fragment) throw new Error(`${type.name} has no main fragment`);
    return { type, fields: topFields(selector, fragment) };
  });
  const types = new Map<string, Set<string>>();
  for (const { type, fields } of members)
    for (const f of fields) {
      const key = f.alias?.value ?? f.name.value;
      if (!types.has(key)) types.set(key, new Set());
      types.get(key)!.add(type.getFields()[f.name.value].type.toString());
    }
  const parts = members.map(({ type, fields }) => {
    const renamed = fields.map((f) => {
      const key = f.alias?.value ?? f.name.value;
      if (types.get(key)!.size === 1) return print(f);
      const alias = `${type.name[0].toLowerCase()}${type.name.slice(1)}${pascal(key)}`;
      return print({ ...f, alias: { kind: Kind.NAME, value: alias } });
    });
    return `... on ${type.name} { ${renamed.join(' ')} }`;
  });
  return `fragment ${SUBJECT}Fields on ${SUBJECT} { __typename ${parts.join(' ')} }`;
}

function operation(kind: OperationKind, field: GraphQLField<unknown, unknown>, selector: Selector): string {
  const variables = field.args.map((a) => {
    const value = a.defaultValue === undefined ? '' : ` = ${print(astFromValue(a.defaultValue, a.type)!)}`;
    return `$${a.name}: ${a.type.toString()}${value}`;
  });
  const args = field.args.map((a) => `${a.name}: $${a.name}`);
  const head = `${kind} ${pascal(field.name)}${variables.length ? `(${variables.join(', ')})` : ''}`;
  const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
  return `${head} { ${call} ${selector.select(getNamedType(field.type))} }`;
}

/** The generated operation documents and the documents map, from the SDL of the schema. */
export function generateOperations(sdl: string): { operations: string; documents: string } {
  const schema = buildSchema(sdl);
  const selector = new Selector(
    definitions<FragmentDefinitionNode>('fragments.graphql', 'FragmentDefinition'),
  );
  const subject = subjectFragment(schema, selector);
  const written = new Set(
    definitions<OperationDefinitionNode>('operations.graphql', 'OperationDefinition').map(
      (o) => o.name?.value,
    ),
  );
  const roots: [OperationKind, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const documents: string[] = [];
  const maps: string[] = [];
  const names = new Set<string>();
  for (const [kind, type] of roots) {
    const entries: string[] = [];
    for (const field of Object.values(type?.getFields() ?? {}).sort((a, b) => a.name.localeCompare(b.name))) {
      const name = pascal(field.name);
      if (names.has(name)) throw new Error(`Two root fields are named ${name}`);
      names.add(name);
      if (!written.has(name)) documents.push(print(parse(operation(kind, field, selector))));
      entries.push(`  ${field.name}: G.${name}Document,`);
    }
    // Subscriptions have no map: they are followed with the client's meetingEvents and meetingLive.
    if (kind !== 'subscription')
      maps.push(`export const ${kind}Documents = {\n${entries.join('\n')}\n} as const;\n`);
  }
  const operations =
    `# Generated by client-sdk/scripts/generate-operations.ts from schema/schema.graphql; do not edit.\n\n` +
    `${[print(parse(subject)), ...documents].join('\n\n')}\n`;
  const map =
    `// Generated by client-sdk/scripts/generate-operations.ts; do not edit.\n` +
    `// The document of each query and mutation root field: what @diemcau/client/operations calls.\n` +
    `import * as G from './graphql';\n\n${maps.join('\n')}`;
  return { operations, documents: map };
}

if (require.main === module) {
  const { operations, documents } = generateOperations(readFileSync(schemaFile, 'utf8'));
  writeFileSync(join(out, 'operations.graphql'), operations);
  writeFileSync(join(out, 'documents.ts'), documents);
  console.log(`Wrote the operations of every root field to ${out}`);
}
