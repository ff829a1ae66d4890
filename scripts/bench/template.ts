/**
 * Builds the database every run of our server starts from (a copy of it): the national meeting
 * (the supreme host, 63 provinces, 700 districts, 3,000 delegates, 10 agenda items), live, its first
 * item on, a speech being given with two more queued and a hand raised; a site token per site.
 * Everything goes through the public API, as a host would do it. Writes the file and setup.json.
 */
import 'reflect-metadata';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/http/server';
import { Role, User } from '../../server/auth/user.entity';
import { seedNational } from '../../server/seed/seed';
import { gql, REQUEST_TO_SPEAK, Setup } from './common';

/** The meeting's size: the national shape by default; the smoke test takes a small one. */
export type Shape = NonNullable<Parameters<typeof seedNational>[1]>;

const TEMPLATE = 'template.sqlite';

/** A fresh copy of the template (or of another database built here) for one server run, and how to remove it with SQLite's side files. */
export function templateCopy(
  dir: string,
  name: string,
  template = TEMPLATE,
): { file: string; remove: () => void } {
  const file = join(dir, `${name}-${process.pid}.sqlite`);
  copyFileSync(join(dir, template), file);
  return {
    file,
    remove: () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}

export async function buildTemplate(dir: string, shape: Shape = {}): Promise<void> {
  await seedDatabase(join(dir, TEMPLATE), async (run, hostToken) => {
    const { meetingId } = await seedNational(run, shape);
    const { speechId, siteTokens } = await goLive(run, meetingId);
    const setup: Setup = { meetingId, speechId, hostToken, siteTokens };
    writeFileSync(join(dir, 'setup.json'), JSON.stringify(setup));
  });
}

/** Runs one GraphQL operation (as the administrator unless `token` says otherwise); throws on errors. */
export type Run = <T>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

/**
 * Creates the database `file` with a server over it, and runs `seed` against that server through
 * the public API as the administrator (whose token it is given, valid a day).
 */
export async function seedDatabase(
  file: string,
  seed: (run: Run, adminToken: string) => Promise<void>,
): Promise<void> {
  rmSync(file, { force: true });
  const config = loadConfig({
    DATABASE_URL: `sqlite:${file}`,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    TOKEN_TTL_SECONDS: String(24 * 3600),
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD: 'admin-password-for-bench',
    // The seed sends 50 aliased mutations a request.
    MAX_ALIASES: '0',
    MAX_COST: '0',
    MAX_TOKENS: '0',
    // Every site joins from this one address.
    RATE_LIMIT_PUBLIC: '0',
    RATE_LIMIT_USER: '0',
    RATE_LIMIT_SITE: '0',
  });
  const server = await startServer(config);
  try {
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const admin = await server.services.db.read((m) =>
      m.findOneOrFail(User, { where: { role: Role.ADMIN } }),
    );
    const { token } = await server.services.auth.tokens.sign({ kind: 'user', sub: admin.id });
    await seed((query, variables, as = token) => gql(url, query, variables, as), token);
    await server.services.presence.settled();
  } finally {
    await server.close();
  }
}

/** A seeded meeting made live, as a host runs it; what a run needs of it. */
export type LiveSetup = {
  speechId: string;
  itemId: string;
  /** One per site, in the order of the meeting's sites. */
  siteTokens: string[];
  siteIds: string[];
};

/**
 * Gives each site of `meetingId` a token (an access code, then joinSite), then schedules and starts
 * the meeting and its first item: a speech given, two more queued, a hand raised.
 */
export async function goLive(run: Run, meetingId: string): Promise<LiveSetup> {
  const { meeting } = await run<{
    meeting: { connectionPoints: { id: string; role: string }[]; agenda: { id: string }[] };
  }>('query($id: ID!) { meeting(id: $id) { connectionPoints { id role } agenda { id } } }', {
    id: meetingId,
  });
  const sites = meeting.connectionPoints.filter((cp) => cp.role === 'SITE');

  const siteTokens: string[] = [];
  for (const site of sites) {
    const { issueSiteAccessCode } = await run<{ issueSiteAccessCode: { code: string } }>(
      'mutation($id: ID!) { issueSiteAccessCode(connectionPointId: $id) { code } }',
      { id: site.id },
    );
    const { joinSite } = await run<{ joinSite: { token: string } }>(
      'mutation($code: String!) { joinSite(code: $code) { token } }',
      { code: issueSiteAccessCode.code },
    );
    siteTokens.push(joinSite.token);
  }

  for (const step of ['scheduleMeeting', 'startMeeting'])
    await run(`mutation($id: ID!) { ${step}(id: $id) { id } }`, { id: meetingId });
  const itemId = meeting.agenda[0].id;
  await run('mutation($id: ID!) { startAgendaItem(id: $id) { id } }', { id: itemId });
  const speeches: string[] = [];
  for (let i = 0; i < 4; i++) {
    const { requestToSpeak } = await run<{ requestToSpeak: { id: string } }>(
      REQUEST_TO_SPEAK,
      {
        input: handRaised(itemId, sites[i].id, i + 1),
      },
      siteTokens[i],
    );
    speeches.push(requestToSpeak.id);
  }
  for (const id of speeches.slice(0, 3))
    await run('mutation($id: ID!) { approveSpeech(id: $id) { id } }', { id });
  await run('mutation($id: ID!) { startSpeech(id: $id) { id } }', { id: speeches[0] });
  return { speechId: speeches[0], itemId, siteTokens, siteIds: sites.map((s) => s.id) };
}

/** A site's request to speak (the input of REQUEST_TO_SPEAK), by its n-th speaker. */
export function handRaised(agendaItemId: string, connectionPointId: string, n: number) {
  return {
    agendaItemId,
    connectionPointId,
    speakerName: `Viện trưởng VKSND huyện số ${n}`,
    kind: 'CONTRIBUTION',
    topic: 'Kết quả công tác thực hành quyền công tố và kiểm sát điều tra',
  };
}
