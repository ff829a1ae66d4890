import { z } from 'zod';
import type { ResultLimits } from './graphql/result-budget';
import { TrustProxy, validTrustList } from './http/client-address';
import type { DispatchOptions } from './webhooks/webhook-dispatcher';

/** A limit: a whole number, where 0 turns it off. */
const limit = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/** Every setting the server reads, validated once at start; see the README's configuration table. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/diemcau.sqlite')
    .refine((v) => v.startsWith('sqlite:') || /^mysql:\/\//.test(v) || /^mariadb:\/\//.test(v), {
      message: 'must be sqlite:<path> or mysql://user:password@host:port/database',
    }),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be redis://host:port or rediss://…')
    .optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(12 * 3600),
  ADMIN_USERNAME: z.string().min(1).max(64).optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(256).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  INTROSPECTION: z.enum(['true', 'false']).optional(),
  CORS_ORIGINS: z.string().optional(),
  PRESENCE_TTL_SECONDS: z.coerce.number().int().min(2).max(300).default(15),
  PRESENCE_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  SUBSCRIBER_BUFFER_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .default(4 * 1024 * 1024),
  LIVE_COALESCE_MS: z.coerce.number().int().min(0).max(5000).default(50),
  ANSWER_CACHE_BYTES: limit(64 * 1024 * 1024),
  MAX_DEPTH: limit(10),
  MAX_COST: limit(1_000_000),
  MAX_ALIASES: limit(30),
  MAX_TOKENS: limit(3000),
  MAX_REQUEST_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  MAX_RESULT_FIELDS: limit(100_000),
  MAX_RESULT_BYTES: limit(4 * 1024 * 1024),
  MAX_EXECUTION_MS: limit(10_000),
  WS_MAX_OPERATIONS: limit(25),
  WS_INIT_TIMEOUT_MS: limit(5000),
  WS_ACCOUNT_CHECK_MS: limit(10_000),
  WS_KEEP_ALIVE_MS: limit(12_000),
  WS_MAX_CONNECTIONS_PER_IP: limit(500),
  WS_ALLOWED_ORIGINS: z.string().optional(),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(65_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  RATE_LIMIT_USER: limit(600),
  RATE_LIMIT_SITE: limit(60),
  RATE_LIMIT_PUBLIC: limit(60),
  TRUST_PROXY: z
    .string()
    .refine((v) => /^(true|false|\d+)$/.test(v) || validTrustList(v), {
      message: 'must be true, false, a hop count, or comma-separated addresses/CIDRs',
    })
    .optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  EXPLORER: z.enum(['true', 'false']).optional(),
  GENERATED_ADMIN_PASSWORD_FILE: z.string().min(1).default('./data/admin-password.txt'),
  WEBHOOK_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(3_600_000),
  STORAGE_DIR: z.string().min(1).optional(),
  FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(20 * 1024 * 1024),
  DIRECTIVE_DUE_SOON_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24)
    .default(48),
  DIRECTIVE_REMINDER_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
});

/** The names of every setting (checked against .env.example and the README by the suite). */
export const SETTINGS: readonly string[] = Object.keys(schema.shape);

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl?: string;
  jwtSecret?: string;
  tokenTtlSeconds: number;
  adminUsername?: string;
  adminPassword?: string;
  logLevel: string;
  production: boolean;
  introspection: boolean;
  corsOrigins: string[];
  /** With Redis: a site held by an instance that died goes LOST this long after its last heartbeat. */
  presenceTtlSeconds: number;
  /** A site is written LOST only when its last socket has been closed this long (0: at once). */
  presenceGraceMs: number;
  /** A subscriber whose socket holds more than this many unsent bytes is closed (slow consumer). */
  subscriberBufferBytes: number;
  /** meetingLive: after a rebuild, further changes wait this long and are pushed as one snapshot. */
  liveCoalesceMs: number;
  /** Memory for answers of the `meeting` query kept until the meeting's next event (0: none kept). */
  answerCacheBytes: number;
  /** Against hostile or broken clients, the same over HTTP and WebSocket; 0 turns one off. */
  limits: {
    depth: number;
    cost: number;
    aliases: number;
    /** Lexical tokens of a GraphQL document. */
    tokens: number;
    /** An HTTP body or a WebSocket message. */
    requestBytes: number;
    /** What one execution may produce and how long it may take (result-budget.ts). */
    result: ResultLimits;
    /** Operations running at once on one WebSocket. */
    wsOperations: number;
    /** How long a WebSocket may wait before connection_init (then 4408). */
    wsInitTimeoutMs: number;
    /** How often a signed-in user's socket checks its account still stands (then 4403). */
    wsAccountCheckMs: number;
    /** How often every WebSocket is pinged; one that did not answer the previous ping is dropped. */
    wsKeepAliveMs: number;
    wsConnectionsPerIp: number;
  };
  /** Node's HTTP server timeouts (see the README's Security limits: why these values). */
  http: {
    /** A kept-alive socket with no request open is closed after this long. */
    keepAliveTimeoutMs: number;
    /** A request's headers (and a new socket's first bytes) must arrive within this long (then 408). */
    headersTimeoutMs: number;
    /** A whole request, headers and body, must arrive within this long (then 408). */
    requestTimeoutMs: number;
  };
  /** Mutations per window: per user, per site (connection point), and per IP without a token. */
  rateLimits: { windowSeconds: number; user: number; site: number; public: number };
  /** Browser origins allowed to open a WebSocket; empty: no Origin check. */
  wsAllowedOrigins: string[];
  /** Which proxies' X-Forwarded-For to believe (express's `trust proxy`): none, all, a hop count or addresses. */
  trustProxy: TrustProxy;
  /** Bearer token of GET /metrics; unset: no metrics route. */
  metricsToken?: string;
  /** The self-hosted GraphQL explorer at GET /graphql (a browser) and /explorer/. */
  explorer: boolean;
  /** Where a generated admin password is written (mode 0600), never to the log. */
  generatedAdminPasswordFile: string;
  /** Webhook deliveries (webhooks/webhook-dispatcher.ts): targets allowed, polling, timeout, retries. */
  webhooks: DispatchOptions;
  /** Uploaded files: in this directory, or in the database when unset; the largest accepted. */
  files: { storageDir?: string; maxBytes: number };
  /**
   * Directive reminders (directives/directive-reminders.ts): a directive is due soon this long before
   * its deadline; the directives due a reminder are looked for this often (0: not by this instance).
   */
  directiveReminders: { dueSoonMs: number; pollMs: number };
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if ((e.ADMIN_USERNAME === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  }
  if (e.HTTP_REQUEST_TIMEOUT_MS < e.HTTP_HEADERS_TIMEOUT_MS) {
    throw new ConfigError(
      'Invalid configuration:\n  HTTP_REQUEST_TIMEOUT_MS must not be shorter than HTTP_HEADERS_TIMEOUT_MS',
    );
  }
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    jwtSecret: e.JWT_SECRET,
    tokenTtlSeconds: e.TOKEN_TTL_SECONDS,
    adminUsername: e.ADMIN_USERNAME,
    adminPassword: e.ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL,
    production,
    introspection: e.INTROSPECTION === undefined ? !production : e.INTROSPECTION === 'true',
    corsOrigins: list(e.CORS_ORIGINS),
    presenceTtlSeconds: e.PRESENCE_TTL_SECONDS,
    presenceGraceMs: e.PRESENCE_GRACE_MS,
    subscriberBufferBytes: e.SUBSCRIBER_BUFFER_BYTES,
    liveCoalesceMs: e.LIVE_COALESCE_MS,
    answerCacheBytes: e.ANSWER_CACHE_BYTES,
    limits: {
      depth: e.MAX_DEPTH,
      cost: e.MAX_COST,
      aliases: e.MAX_ALIASES,
      tokens: e.MAX_TOKENS,
      requestBytes: e.MAX_REQUEST_BYTES,
      result: { fields: e.MAX_RESULT_FIELDS, bytes: e.MAX_RESULT_BYTES, ms: e.MAX_EXECUTION_MS },
      wsOperations: e.WS_MAX_OPERATIONS,
      wsInitTimeoutMs: e.WS_INIT_TIMEOUT_MS,
      wsAccountCheckMs: e.WS_ACCOUNT_CHECK_MS,
      wsKeepAliveMs: e.WS_KEEP_ALIVE_MS,
      wsConnectionsPerIp: e.WS_MAX_CONNECTIONS_PER_IP,
    },
    http: {
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    },
    rateLimits: {
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      user: e.RATE_LIMIT_USER,
      site: e.RATE_LIMIT_SITE,
      public: e.RATE_LIMIT_PUBLIC,
    },
    wsAllowedOrigins: list(e.WS_ALLOWED_ORIGINS),
    trustProxy: trustProxy(e.TRUST_PROXY),
    metricsToken: e.METRICS_TOKEN,
    explorer: e.EXPLORER === undefined ? !production : e.EXPLORER === 'true',
    generatedAdminPasswordFile: e.GENERATED_ADMIN_PASSWORD_FILE,
    webhooks: {
      allowHttp: e.WEBHOOK_ALLOW_HTTP === 'true',
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE === 'true',
      pollMs: e.WEBHOOK_POLL_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: e.WEBHOOK_RETRY_MAX_MS,
    },
    files: { storageDir: e.STORAGE_DIR, maxBytes: e.FILE_MAX_BYTES },
    directiveReminders: {
      dueSoonMs: e.DIRECTIVE_DUE_SOON_HOURS * 3600 * 1000,
      pollMs: e.DIRECTIVE_REMINDER_POLL_MS,
    },
  };
}

/** TRUST_PROXY as express reads `trust proxy`: true/false, a number of hops, or a list of addresses. */
function trustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return list(value);
}

/** A comma-separated setting as a list (empty when unset). */
function list(value: string | undefined): string[] {
  return value ? value.split(',').map((s) => s.trim()) : [];
}
