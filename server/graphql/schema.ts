import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuthResolver, UserResolver } from '../auth/auth.resolver';
import { UserAdminResolver } from '../users/user.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { UnitResolver } from '../units/unit.resolver';
import { MeetingResolver } from '../meetings/meeting.resolver';
import {
  ConnectionPointResolver,
  MeetingConnectionPointsResolver,
} from '../connection-points/connection-point.resolver';
import { SiteAccessResolver } from '../connection-points/site-access.resolver';
import {
  ConnectionPointParticipantsResolver,
  MeetingParticipantsResolver,
  ParticipantResolver,
} from '../participants/participant.resolver';
import { AgendaItemResolver, MeetingAgendaResolver } from '../agenda/agenda.resolver';
import { MeetingSpeechResolver, SpeechResolver } from '../speeches/speech.resolver';
import { ConclusionResolver, MeetingConclusionResolver } from '../conclusions/conclusion.resolver';
import { MeetingMinutesResolver, MinutesResolver } from '../minutes/minutes.resolver';
import { MeetingReportResolver } from '../meeting-report/meeting-report.resolver';
import { DirectiveResolver, MeetingDirectivesResolver } from '../directives/directive.resolver';
import {
  MeetingReportsResolver,
  ReportRequestResolver,
  ReportSubmissionResolver,
} from '../reports/report.resolver';
import { LiveMeetingResolver, LiveResolver, MeetingEventsResolver } from '../live/live.resolver';
import { MeetingSeriesResolver, SeriesResolver } from '../series/series.resolver';
import { ErrorExtensions } from './error-extensions';
import { ServerInfoResolver } from '../meta/server-info.resolver';
import { WebhookResolver } from '../webhooks/webhook.resolver';
import { noPubSub } from './no-pubsub';
import { withPipeline } from './pipeline';
import { validateArgument } from './validation';
import { withResultBudget } from './result-budget';

/** Every resolver of the API: one line per domain area. */
export const resolvers = [
  AuthResolver,
  UserResolver,
  UserAdminResolver,
  AuditResolver,
  UnitResolver,
  MeetingResolver,
  ...[SeriesResolver, MeetingSeriesResolver],
  ...[ConnectionPointResolver, MeetingConnectionPointsResolver, SiteAccessResolver],
  ...[ParticipantResolver, ConnectionPointParticipantsResolver, MeetingParticipantsResolver],
  ...[AgendaItemResolver, MeetingAgendaResolver],
  ...[SpeechResolver, MeetingSpeechResolver],
  ...[ConclusionResolver, MeetingConclusionResolver],
  ...[MinutesResolver, MeetingMinutesResolver],
  MeetingReportResolver,
  ...[DirectiveResolver, MeetingDirectivesResolver],
  ...[ReportRequestResolver, ReportSubmissionResolver, MeetingReportsResolver],
  ...[LiveResolver, LiveMeetingResolver, MeetingEventsResolver],
  ServerInfoResolver,
  WebhookResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes: [ErrorExtensions],
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
