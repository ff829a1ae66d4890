import { Clock, systemClock } from './common/clock';
import type { Config } from './config';
import type { Logger } from './common/logger';
import { Database } from './db/database';
import { redisConnection, redisNamespace } from './redis';
import { AuthService } from './auth/auth.service';
import { SitePoints } from './auth/site-points';
import { TokenService } from './auth/tokens';
import { UserCommands } from './audit/audit-log';
import { UserService } from './users/user.service';
import { EventBus } from './events/event-bus';
import { MeetingCommands } from './events/meeting-commands';
import { SubjectCodec } from './events/subjects';
import { EventLogReader } from './events/event-log-reader';
import { UnitService } from './units/unit.service';
import { MeetingService } from './meetings/meeting.service';
import { ConnectionPointService } from './connection-points/connection-point.service';
import { SiteAccessService } from './connection-points/site-access.service';
import { ParticipantService } from './participants/participant.service';
import { AgendaService } from './agenda/agenda.service';
import { closeLiveActivity } from './agenda/live-activity';
import { holdSpeechClock, runSpeechClock } from './speeches/speech-rules';
import { SpeechService } from './speeches/speech.service';
import { ConclusionService } from './conclusions/conclusion.service';
import { NoticeService } from './conclusions/notice';
import { MinutesService } from './minutes/minutes.service';
import { MeetingReportService } from './meeting-report/meeting-report.service';
import { DirectiveService } from './directives/directive.service';
import { DirectiveRegister } from './directives/directive-register';
import { DirectiveReminders } from './directives/directive-reminders';
import { ReportService } from './reports/report.service';
import { FileService } from './files/file.service';
import { fileStorage } from './files/file-storage';
import { SeriesService } from './series/series.service';
import { LiveService } from './live/live.service';
import { InProcessPresence, Presence } from './live/presence';
import { RedisPresence } from './live/redis-presence';
import { WebhookService } from './webhooks/webhook.service';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';

export type ServiceDeps = {
  db: Database;
  bus: EventBus;
  clock: Clock;
  config: Config;
  logger: Logger;
  signingSecret: string;
};

/** Every service of a server, built once; resolvers reach them through the GraphQL context. */
export type Services = {
  db: Database;
  bus: EventBus;
  clock: Clock;
  config: Config;
  logger: Logger;
  codec: SubjectCodec;
  commands: MeetingCommands;
  log: EventLogReader;
  auth: AuthService;
  userCommands: UserCommands;
  users: UserService;
  units: UnitService;
  meetings: MeetingService;
  series: SeriesService;
  connectionPoints: ConnectionPointService;
  siteAccess: SiteAccessService;
  participants: ParticipantService;
  agenda: AgendaService;
  speeches: SpeechService;
  conclusions: ConclusionService;
  notices: NoticeService;
  minutes: MinutesService;
  meetingReports: MeetingReportService;
  directives: DirectiveService;
  directiveRegister: DirectiveRegister;
  /** Started by the server once it listens; stopped before the database closes. */
  directiveReminders: DirectiveReminders;
  reports: ReportService;
  files: FileService;
  live: LiveService;
  presence: Presence;
  webhooks: WebhookService;
  /** Started by the server once it listens; stopped before the database closes. */
  webhookDispatcher: WebhookDispatcher;
};

/**
 * The composition root: the one place that knows every service and what each is built on. No area
 * imports it; each service gets its dependencies through its constructor.
 */
export function createServices(deps: ServiceDeps): Services {
  const { db, bus, clock, config, logger } = deps;
  const codec = new SubjectCodec(db.dataSource);
  const commands = new MeetingCommands(db, bus, codec, clock);
  const log = new EventLogReader(db, codec, (meetingId) => bus.recent(meetingId));
  const userCommands = new UserCommands(db, clock);
  const auth = new AuthService(
    db,
    new TokenService(deps.signingSecret, config.tokenTtlSeconds),
    userCommands,
    new SitePoints(bus),
  );
  // Ending a meeting first closes its running agenda item and speech, in the same command; a pause
  // stops the speech's clock and resuming runs it again.
  const meetings = new MeetingService(db, commands, {
    end: [closeLiveActivity],
    pause: [holdSpeechClock],
    resume: [runSpeechClock],
  });
  const webhookDispatcher = new WebhookDispatcher(db, log, config.webhooks, logger);
  const presence = presenceFor(db, commands, clock, config, logger);
  const directives = new DirectiveService(db, commands, clock, config.directiveReminders.dueSoonMs);
  const files = new FileService(db, fileStorage(db, config.files.storageDir), config.files.maxBytes);
  return {
    db,
    bus,
    clock,
    config,
    logger,
    codec,
    commands,
    log,
    auth,
    userCommands,
    users: new UserService(db, userCommands),
    units: new UnitService(db),
    meetings,
    series: new SeriesService(db, commands, meetings),
    connectionPoints: new ConnectionPointService(db, commands),
    siteAccess: new SiteAccessService(db, commands, auth.tokens),
    participants: new ParticipantService(db, commands),
    agenda: new AgendaService(commands, db, files),
    speeches: new SpeechService(commands, db),
    conclusions: new ConclusionService(db, commands),
    notices: new NoticeService(db),
    minutes: new MinutesService(db, commands),
    meetingReports: new MeetingReportService(db, clock),
    directives,
    directiveRegister: new DirectiveRegister(db, directives),
    directiveReminders: new DirectiveReminders(directives, config.directiveReminders.pollMs, logger),
    reports: new ReportService(db, commands, files),
    files,
    live: new LiveService(db, bus, log, logger, config.liveCoalesceMs, presence),
    presence,
    webhooks: new WebhookService(db, config.webhooks, webhookDispatcher.wake),
    webhookDispatcher,
  };
}

/** Sockets are counted in this process, or with REDIS_URL across every instance. */
function presenceFor(
  db: Database,
  commands: MeetingCommands,
  clock: Clock,
  config: Config,
  logger: Logger,
): Presence {
  const { redisUrl, presenceTtlSeconds, presenceGraceMs } = config;
  if (!redisUrl) return new InProcessPresence(db, commands, clock, logger, presenceGraceMs);
  const ttlMs = presenceTtlSeconds * 1000;
  // Liveness of instances is real time, whatever clock the meeting rules use.
  return new RedisPresence(redisConnection(redisUrl, 'presence', logger), db, commands, systemClock, logger, {
    namespace: redisNamespace(config.databaseUrl),
    ttlMs,
    heartbeatMs: Math.floor(ttlMs / 3),
    graceMs: presenceGraceMs,
  });
}
