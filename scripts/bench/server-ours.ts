/**
 * Our server, as `npm start` runs it, over a copy of the template database (argv[2]). Reports each
 * published event of the meeting (stamped when the bus hands it out, right after commit) and, when
 * asked, its CPU time, RSS and SQL statement count, over IPC.
 */
import 'reflect-metadata';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/http/server';
import { nowMicros, tell } from './common';
import { serveStats, statementCounter } from './stats';

async function main(): Promise<void> {
  const [file, meetingId] = process.argv.slice(2);
  const counter = statementCounter();
  const config = loadConfig({
    DATABASE_URL: `sqlite:${file}`,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    SUBSCRIBER_BUFFER_BYTES: String(16 * 1024 * 1024),
    // Every bench client comes from 127.0.0.1: the per-address limits would count them all as one.
    WS_MAX_CONNECTIONS_PER_IP: '0',
    RATE_LIMIT_USER: '0',
  });
  const server = await startServer(
    config,
    process.env.BENCH_COUNT_SQL ? { queryLogger: counter.logger } : {},
  );
  // Subscribed before any client, so it is the first listener of the topic: stamped as publishing starts.
  server.services.bus.subscribe(meetingId, (event) =>
    tell({ type: 'published', seq: event.seq, at: nowMicros() }),
  );
  serveStats(counter.count);
  tell({ type: 'ready', port: server.port, meetingId });
}

void main();
