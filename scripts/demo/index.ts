/**
 * `npm run demo`: the whole system in one command. Starts a server on a temporary SQLite file (or
 * uses `--url` with `--username`/`--password`), seeds the Quảng Ngãi 2022 thematic conference, and
 * runs it live through the SDK with simulated sites, printing a live log, a progress line and a
 * summary. Speeches last a few hundred milliseconds; the demo server's clock runs 120× fast, so
 * the times and speaking durations shown read like the real morning.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  LiveMeeting,
  MeetingEvent,
  MeetingLastEventSeqDocument,
  TypedDocumentString,
} from '../../client-sdk/src';
import { loadConfig } from '../../server/config';
import { RunningServer, startServer } from '../../server/http/server';
import { DEFAULT_SCENARIO, Gql, scenarios, seedScenario } from '../../server/seed/seed';
import quangNgai from '../../server/seed/scenarios/quang-ngai-2022-04-28.json';
import { LiveMeetingRun, sdkClient } from './live-meeting';
import { describe, progress, summary } from './report';

const SPEEDUP = 120;

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      url: { type: 'string' },
      username: { type: 'string', default: 'admin' },
      password: { type: 'string' },
      'speech-ms': { type: 'string', default: '400' },
    },
  });
  const scenario = scenarios[DEFAULT_SCENARIO];
  let server: RunningServer | null = null;
  let dir: string | null = null;
  let url = args.url;
  let password = args.password;
  if (!url) {
    dir = mkdtempSync(join(tmpdir(), 'diemcau-demo-'));
    password = randomBytes(12).toString('hex');
    const realStart = Date.now();
    const start = Date.parse('2022-04-28T00:25:00Z'); // 07:25 in Quảng Ngãi, five minutes before the opening
    server = await startServer(
      loadConfig({
        DATABASE_URL: `sqlite:${join(dir, 'demo.sqlite')}`,
        PORT: '0',
        HOST: '127.0.0.1',
        ADMIN_USERNAME: args.username!,
        ADMIN_PASSWORD: password,
        LOG_LEVEL: 'warn',
      }),
      { clock: { now: () => new Date(start + (Date.now() - realStart) * SPEEDUP) } },
    );
    url = server.url;
    console.log(`Server on ${url} (temporary SQLite database)`);
  } else if (!password) throw new Error('--url needs --password (and --username, admin by default)');

  const anonymous = sdkClient({ url });
  const { token } = await anonymous.mutate.login({ username: args.username!, password: password! });
  await anonymous.close();
  const host = sdkClient({ url }, token);
  // On a shared server each run seeds a meeting of its own.
  const title = server ? scenario.title : `${scenario.title} (demo ${new Date().toISOString()})`;
  const gql: Gql = (query, variables) =>
    host.request(
      new TypedDocumentString<unknown, Record<string, unknown>>(query),
      variables,
    ) as Promise<never>;
  const { meetingId } = await seedScenario(gql, { ...scenario, title });
  console.log(`Seeded: ${title}\n`);

  const run = new LiveMeetingRun({ url }, host, meetingId);
  const log = { events: [] as MeetingEvent[], live: null as LiveMeeting | null };
  const tty = process.stdout.isTTY;
  let shown = '';
  run.follow(host, log, {
    event: (e) => {
      if (tty && shown) process.stdout.write('\r\x1b[K');
      console.log(describe(e, run));
      if (tty && shown) process.stdout.write(shown);
    },
    live: (live) => {
      const line = progress(live);
      if (tty) process.stdout.write(`\r\x1b[K${(shown = line)}`);
      else if (line.split(' · ')[0] !== shown.split(' · ')[0]) console.log((shown = line));
    },
  });
  await run.joinSites();
  await run.run({
    speechMs: Number(args['speech-ms']),
    directives: quangNgai.conclusion.directives.map((d) => d.task),
    noticeNumber: '15/TB-VKS',
  });
  const { meeting } = await host.request(MeetingLastEventSeqDocument, { id: meetingId });
  await run.caughtUp(meeting!.lastEventSeq, [log, ...run.sites]);
  if (tty) process.stdout.write('\r\x1b[K');
  console.log(`\n${summary(run, log.events)}`);
  await run.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (run.errors.length > 0) throw run.errors[0];
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
