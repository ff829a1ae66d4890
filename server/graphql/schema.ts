import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver';
import { UnitResolver } from '../units/unit.resolver';
import { meetingResolvers } from '../meetings';
import { connectionPointResolvers } from '../connection-points';
import { participantResolvers } from '../participants';
import { agendaResolvers } from '../agenda';
import { speechResolvers } from '../speeches';
import { conclusionResolvers } from '../conclusions';
import { directiveResolvers } from '../directives';
import { liveResolvers } from '../live';
import { noPubSub } from '../live/no-pubsub';
import { withPipeline } from './pipeline';
import { validateArgument } from './validation';
import { withResultBudget } from './result-budget';

/** Every resolver of the API: one line per domain area. */
export const resolvers = [
  AuthResolver,
  UnitResolver,
  ...meetingResolvers,
  ...connectionPointResolvers,
  ...participantResolvers,
  ...agendaResolvers,
  ...speechResolvers,
  ...conclusionResolvers,
  ...directiveResolvers,
  ...liveResolvers,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validateFn: validateArgument,
    pubSub: noPubSub,
  });
  return withResultBudget(withPipeline(schema));
}

/** The SDL of the schema, sorted so that the emitted file changes only when the API does. */
export async function schemaText(): Promise<string> {
  const header = '# Emitted from the code by `npm run schema:emit`; do not edit.\n\n';
  return header + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
