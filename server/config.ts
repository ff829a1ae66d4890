import { z } from 'zod';

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
  SUBSCRIBER_BUFFER_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .default(4 * 1024 * 1024),
});

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
  /** A subscriber whose socket holds more than this many unsent bytes is closed (slow consumer). */
  subscriberBufferBytes: number;
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
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',').map((s) => s.trim()) : [],
    subscriberBufferBytes: e.SUBSCRIBER_BUFFER_BYTES,
  };
}
