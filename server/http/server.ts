import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { Config } from '../config';
import { createLogger, Logger } from '../common/logger';
import { Clock, systemClock } from '../common/clock';
import { DomainError } from '../common/errors';
import { DataSourceExtra, openDataSource } from '../db/data-source';
import { Database } from '../db/database';
import { AuthService } from '../auth/auth.service';
import { bearerToken } from '../auth/tokens';
import { Actor } from '../auth/actor';
import { EventBus, InProcessEventBus } from '../events/event-bus';
import { RedisEventBus } from '../events/redis-event-bus';
import { EventLogReader } from '../events/event-log-reader';
import { SubjectCodec } from '../events/subjects';
import { redisConnection, redisNamespace } from '../redis';
import { createServices, Services } from '../composition-root';
import { createSchema } from '../graphql/schema';
import { Context } from '../graphql/context';
import { Loaders } from '../graphql/loaders';
import { createErrorFormatter, requestTagsOnErrors } from '../graphql/error-mapper';
import { languageOf } from '../i18n/messages';
import { operationRules } from '../graphql/limits';
import { MutationRateLimiter, retryAfterHeader } from '../graphql/rate-limit';
import { ResultBudget, resultBudgetOnAnswers, stringifyAnswer } from '../graphql/result-budget';
import { AnswerCache } from '../graphql/answer-cache';
import { UpgradeGuard } from './ws/upgrade-guard';
import { clientAddress } from './client-address';
import { ServerMetrics } from '../observability/metrics';
import { metricsRouter } from '../observability/metrics.route';
import { timeMutations } from '../observability/mutation-timing';
import { Readiness } from '../observability/readiness';
import { siteStates } from '../observability/site-states';
import { httpAccessLog, WebSocketAccessLog } from '../observability/access-log';
import { explorerRouter } from '../explorer/explorer.route';
import { requestErrors, unknownRoute } from './request-errors';
import { createHttpServer, drainHttpServer } from './http-timeouts';
import { securityHeaders } from './security-headers';
import { serveGraphqlWs } from './ws/graphql-ws';
import { SOCKET_CLOSES } from '../../client-sdk/src/close-codes';
import { webApp } from './web-app';
import { documentsRouter, officialDocument } from './documents.route';
import { reportHtml, reportName, reportPdf } from '../meeting-report/report-document';
import { filesRouter } from './files.route';
import { directivesExportRouter } from './directives-export.route';
import { noticeDocument } from '../conclusions/notice-document';
import { minutesDocument } from '../minutes/minutes-document';
import { apiVersionHeader, EXPOSED_HEADERS } from '../meta/api-version-header';

export type RunningServer = {
  url: string;
  port: number;
  services: Services;
  close(): Promise<void>;
};

/** Connections the kernel may queue before the server accepts them (see listen below). */
const ACCEPT_BACKLOG = 4096;

/**
 * Starts the whole server: database (migrated), services, GraphQL over HTTP and over WebSocket on
 * the same port and path, health checks. `close()` shuts it down gracefully.
 */
export type ServerOptions = { clock?: Clock; logger?: Logger; queryLogger?: DataSourceExtra['queryLogger'] };

export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const dataSource = await openDataSource(config.databaseUrl, { queryLogger: options.queryLogger });
  await dataSource.runMigrations({ transaction: 'each' });
  const db = new Database(dataSource);
  const addressOf = clientAddress(config.trustProxy);
  // Fails fast while Redis is away: rate limits fall back to memory, and readiness says so at once.
  const limiterRedis = config.redisUrl ? redisConnection(config.redisUrl, 'publish', logger) : undefined;
  const readiness = new Readiness(db, config.databaseUrl, limiterRedis);
  // Read when scraped, once everything below exists.
  const metrics = new ServerMetrics({
    openSockets: () => wsServer.clients.size,
    rateLimitRefusals: () => rateLimiter.refused,
    upgradeRefusals: () => upgrades.refused,
    siteStates: () => siteStates(db),
    health: async () =>
      Object.fromEntries(
        Object.entries((await readiness.check()).checks).map(([part, c]) => [part, c === 'ok']),
      ),
  });
  const bus = metrics.meter(createEventBus(config, db, logger));
  const signingSecret = await AuthService.signingSecret(db, config.jwtSecret);
  const services = createServices({
    db,
    bus,
    clock: options.clock ?? systemClock,
    config,
    logger,
    signingSecret,
  });
  await services.auth.bootstrapAdmin(
    config.adminUsername,
    config.adminPassword,
    logger,
    config.generatedAdminPasswordFile,
  );

  const schema = await createSchema();
  const answerCache = new AnswerCache(schema, config.answerCacheBytes);
  timeMutations(schema, metrics);
  const formatError = createErrorFormatter(logger, { hideSuggestions: !config.introspection });

  const app = express();
  const httpServer: Server = createHttpServer(config.http, app);
  const upgrades = new UpgradeGuard(config.wsAllowedOrigins, config.limits.wsConnectionsPerIp, addressOf);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.limits.requestBytes,
    verifyClient: upgrades.verify,
  });
  const wsAccessLog = new WebSocketAccessLog(logger, addressOf);
  wsServer.on('connection', (socket, req) => {
    const ip = upgrades.track(req);
    wsAccessLog.opened(socket, req);
    metrics.socketOpened();
    // One listener for all three: a national meeting holds thousands of sockets.
    socket.on('close', (code: number) => {
      upgrades.released(ip);
      wsAccessLog.closed(socket, code);
      metrics.socketClosed(code);
    });
  });
  const rateLimiter = new MutationRateLimiter(
    config.rateLimits,
    limiterRedis,
    redisNamespace(config.databaseUrl),
  );

  const authenticate = async (
    header: unknown,
    socket = false,
  ): Promise<{ actor: Actor | null; expiresAt?: Date; authError?: DomainError }> => {
    const token = bearerToken(header);
    if (!token) return { actor: null };
    try {
      return await services.auth.session(token, socket);
    } catch (e) {
      if (e instanceof DomainError) return { actor: null, authError: e };
      throw e;
    }
  };

  const wsDisposable = serveGraphqlWs(wsServer, {
    schema,
    config,
    services,
    rateLimiter,
    formatError,
    authenticate,
    addressOf,
    meters: metrics,
    accessLog: wsAccessLog,
    closing: () => closing !== null,
  });

  const apollo = new ApolloServer<Context>({
    schema,
    // Introspection is refused by operationRules, as on the WebSocket, not by Apollo's own rule.
    introspection: true,
    validationRules: operationRules(config.limits, config.introspection),
    parseOptions: config.limits.tokens > 0 ? { maxTokens: config.limits.tokens } : {},
    includeStacktraceInErrorResponses: false,
    // main.ts handles SIGTERM/SIGINT with the whole shutdown; Apollo's own handler would exit midway.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error),
    // Answers come serialized from resultBudgetOnAnswers (or the answer cache) and are written as they are.
    stringifyResult: stringifyAnswer,
    plugins: [
      // No HTTP caching of answers; left on, it would look at every field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      retryAfterHeader,
      requestTagsOnErrors,
      resultBudgetOnAnswers(formatError),
      answerCache.plugin(),
      // Apollo's landing page loads from Apollo's CDN; the explorer (explorerRouter) is served from here.
      ApolloServerPluginLandingPageDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await Promise.all([
                wsDisposable.dispose(),
                drainHttpServer(httpServer, () => {
                  for (const socket of wsServer.clients) socket.terminate();
                }),
              ]);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Answers are made for one request (GraphQL over POST, documents of the moment): hashing each
  // for an ETag no client revalidates against is work for nothing.
  app.set('etag', false);
  app.use(securityHeaders());
  app.use(apiVersionHeader);
  app.use(httpAccessLog(logger, addressOf));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const { ready, checks } = await readiness.check();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', checks });
  });
  if (config.metricsToken) app.use(metricsRouter(metrics, config.metricsToken));
  if (config.explorer) app.use(explorerRouter());
  // First of the routes after the explorer's (GET /graphql in a browser): the API's requests, the
  // most frequent by far, do not walk the routers of documents, files and the web app.
  app.use(
    '/graphql',
    cors({
      exposedHeaders: EXPOSED_HEADERS,
      ...(config.corsOrigins.length > 0 ? { origin: config.corsOrigins } : {}),
    }),
    express.json({ limit: config.limits.requestBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const { actor, authError } = await authenticate(req.headers.authorization);
        const budget = new ResultBudget(config.limits.result);
        return {
          requestId: String(req.id),
          actor,
          authError,
          services,
          loaders: new Loaders(services, actor, budget),
          language: languageOf(req.headers['accept-language']),
          ip: addressOf(req),
          rateLimiter,
          budget,
        };
      },
    }),
  );
  app.use(
    documentsRouter(services.auth, [
      officialDocument('notice', async (actor, id) =>
        noticeDocument(await services.notices.ofMeeting(actor, id)),
      ),
      officialDocument('minutes', async (actor, id) =>
        minutesDocument(await services.minutes.sourcesOf(actor, id)),
      ),
      {
        kind: 'report',
        formats: ['html', 'pdf'],
        async render(actor, id, format) {
          const report = await services.meetingReports.ofMeeting(actor, id);
          const html = format === 'html';
          return {
            name: reportName(report),
            contentType: html ? 'text/html; charset=utf-8' : 'application/pdf',
            body: html ? reportHtml(report) : await reportPdf(report),
          };
        },
      },
    ]),
  );
  app.use(filesRouter(services.auth, services.files));
  app.use(directivesExportRouter(services.auth, services.directiveRegister));
  app.use(webApp());
  app.use(unknownRoute);
  app.use(requestErrors(logger));

  // Node's default accept queue (511) overflows when every screen of a national meeting reconnects
  // at once (after a restart, a network cut): dropped SYNs are retried by clients only after 1 s, then
  // 3 s. The kernel caps this at net.core.somaxconn.
  await new Promise<void>((resolve) =>
    httpServer.listen({ port: config.port, host: config.host, backlog: ACCEPT_BACKLOG }, resolve),
  );
  services.presence.listening();
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${host}:${port}/graphql`;
  logger.info({ url, database: db.dialect }, 'server ready');
  services.webhookDispatcher.start();
  services.directiveReminders.start();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      logger.info('shutting down');
      // First, so that the sockets and subscriptions closed below leave the points CONNECTED: a
      // restart must not flap every site (they reconnect at once; a lone instance reconciles at start).
      await services.presence.close();
      for (const socket of wsServer.clients)
        socket.close(SOCKET_CLOSES.serverShutdown.code, SOCKET_CLOSES.serverShutdown.reason);
      // Drains HTTP and closes the WebSocket server (see drainServer).
      await apollo.stop();
      await services.webhookDispatcher.stop();
      await services.directiveReminders.stop();
      await bus.close();
      await rateLimiter.close();
      await dataSource.destroy();
      logger.info('stopped');
    })());

  return { url, port, services, close };
}

/** In one process, events go from command to subscriber in memory; with REDIS_URL, across instances. */
function createEventBus(config: Config, db: Database, logger: Logger): EventBus {
  if (!config.redisUrl) return new InProcessEventBus();
  const codec = new SubjectCodec(db.dataSource);
  return new RedisEventBus(
    redisConnection(config.redisUrl, 'publish', logger),
    redisConnection(config.redisUrl, 'subscribe', logger),
    codec,
    new EventLogReader(db, codec),
    logger,
    redisNamespace(config.databaseUrl),
  );
}
