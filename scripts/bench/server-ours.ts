/**
 * Our server, as `npm start` runs it, over a copy of the template database (argv[2]: an SQLite file,
 * or a MySQL/MariaDB URL; with BENCH_REDIS_URL, one of several instances sharing it). Reports each
 * published event (stamped as its command publishes it, right after commit) and, when asked, its
 * CPU time, RSS, event-loop delay and SQL statement count, over IPC.
 */
import 'reflect-metadata';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/http/server';
import { nowMicros, tell } from './common';
import { serveStats, statementCounter } from './stats';

async function main(): Promise<void> {
  const [database, meetingId] = process.argv.slice(2);
  const counter = statementCounter();
  const config = loadConfig({
    DATABASE_URL: database.startsWith('mysql:') ? database : `sqlite:${database}`,
    ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {}),
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    SUBSCRIBER_BUFFER_BYTES: String(16 * 1024 * 1024),
    // Every bench client comes from 127.0.0.1: the per-address limits would count them all as one.
    WS_MAX_CONNECTIONS_PER_IP: '0',
    RATE_LIMIT_USER: '0',
    // The query side measures it off too (query.ts).
    ...(process.env.ANSWER_CACHE_BYTES ? { ANSWER_CACHE_BYTES: process.env.ANSWER_CACHE_BYTES } : {}),
  });
  const server = await startServer(
    config,
    process.env.BENCH_COUNT_SQL ? { queryLogger: counter.logger } : {},
  );
  // Stamped as the command publishes, right after its commit and before its answer (the bus hands
  // the events out in the next turn).
  const { bus } = server.services;
  const publish = bus.publish.bind(bus);
  bus.publish = (events) => {
    const at = nowMicros();
    for (const e of events) tell({ type: 'published', meetingId: e.meetingId, seq: e.seq, at });
    publish(events);
  };
  serveStats(counter.count);
  tell({ type: 'ready', port: server.port, meetingId });
}

void main();
