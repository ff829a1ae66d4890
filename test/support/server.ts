import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Agent, fetch } from 'undici';
import { loadConfig } from '../../server/config';
import { startServer, RunningServer, ServerOptions } from '../../server/http/server';
import { Clock } from '../../server/common/clock';
import { createTestDatabase, TestDatabase } from './database';

export const ADMIN = { username: 'admin', password: 'admin-password-for-tests' };

/**
 * The HTTP client of the tests. It lets an idle keep-alive socket go after one second, well before
 * the server closes it (Node's keepAliveTimeout, 5 s unless the server sets more): a loaded machine
 * delays timers, and a socket reused just as the server closes it fails with "other side closed".
 */
export const httpClient = new Agent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000 });

export type GqlResult<T = Record<string, any>> = {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
};

/** A real server on a loopback port, over its own fresh database; `close()` removes both. */
export type TestServer = {
  url: string;
  wsUrl: string;
  server: RunningServer;
  database: TestDatabase;
  /** POST a GraphQL operation over real HTTP. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any error, and returns data. */
  ok<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<T>;
  adminToken(): Promise<string>;
  /**
   * The top of this server's units tree (a SUPREME unit): the users and units the helpers create
   * belong to it unless a test names another unit, so that they see what the test sets up.
   */
  rootUnit(): Promise<string>;
  /** A graphql-ws client over a real WebSocket. */
  ws(token: string | null, options?: Partial<Parameters<typeof createClient>[0]>): Client;
  close(): Promise<void>;
};

/** The settings of a test server: `env` over the tests' defaults. */
function testConfig(databaseUrl: string, port: number, env: Record<string, string> = {}) {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    // Sites are shown LOST at once; test/live/site-presence-grace.test.ts covers the grace period.
    PRESENCE_GRACE_MS: '0',
    // Rate limits off: each test builds its own world (logins, joinSite) and would spend the per-IP
    // budget; test/security/rate-limits.test.ts sets its own.
    RATE_LIMIT_USER: '0',
    RATE_LIMIT_SITE: '0',
    RATE_LIMIT_PUBLIC: '0',
    // No directive reminders: they would add events to the logs that tests compare; the tests of
    // reminders (test/directives/directive-reminders*.test.ts) turn them on.
    DIRECTIVE_REMINDER_POLL_MS: '0',
    ...env,
  });
}

/** Stops `server` and starts a new one on the test server's database and port, with the same `env`. */
export async function restartServer(
  t: TestServer,
  server: RunningServer,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  await server.close();
  return startServer(testConfig(t.database.url, t.server.port, env));
}

/** Another instance on the test server's database (a port of its own), with the settings of `env`. */
export function anotherInstance(
  t: TestServer,
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<RunningServer> {
  return startServer(testConfig(t.database.url, 0, env), options);
}

export async function startTestServer(
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    queryLogger?: ServerOptions['queryLogger'];
    logger?: ServerOptions['logger'];
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, 0, options.env);
  const server = await startServer(config, {
    clock: options.clock,
    queryLogger: options.queryLogger,
    logger: options.logger,
  });
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${server.port}/graphql`;
  const clients: Client[] = [];
  let adminTokenOnce: Promise<string> | null = null;
  const adminToken = () =>
    (adminTokenOnce ??= ok<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: ADMIN.username, p: ADMIN.password },
    ).then(
      (data) => data.login.token,
      (e) => {
        adminTokenOnce = null; // tried again next time, as a rate-limited login may be
        throw e;
      },
    ));
  let rootUnitOnce: Promise<string> | null = null;
  const rootUnit = () =>
    (rootUnitOnce ??= adminToken().then(async (admin) => {
      const data = await ok<{ createUnit: { id: string } }>(
        'mutation { createUnit(input: { name: "Viện kiểm sát nhân dân tối cao", level: SUPREME }) { id } }',
        {},
        admin,
      );
      return data.createUnit.id;
    }));

  const gql: TestServer['gql'] = async (query, variables, token) => {
    const res = await fetch(url, {
      dispatcher: httpClient,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<any>;
  };
  const ok: TestServer['ok'] = async (query, variables, token) => {
    const result = await gql(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as any;
  };

  return {
    url,
    wsUrl,
    server,
    database,
    gql,
    ok,
    adminToken,
    rootUnit,
    ws(token, extra = {}) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: false,
        ...extra,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await server.close();
      await database.drop();
    },
  };
}

/** Expects a GraphQL error with `code` (and, when given, `field`); returns it. */
export function expectError(result: GqlResult, code: string, field?: string) {
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  if (field !== undefined) expect(result.errors?.[0]?.extensions?.field).toBe(field);
  return result.errors![0];
}
