/**
 * npm run seed -- [name]   (quang-ngai-2022-04-28 by default; phu-yen-monthly-briefing,
 *                           supreme-2024-01-26, or national-scale)
 *
 * Loads a reference meeting into the database of DATABASE_URL through the API of a server started
 * here on a loopback port, as the administrator. Running it twice changes nothing.
 */
import 'reflect-metadata';
import { loadConfig } from '../server/config';
import { startServer } from '../server/http/server';
import { Role, User } from '../server/auth/user.entity';
import { DEFAULT_SCENARIO, Gql, scenarios, seedNational, seedScenario } from '../server/seed/seed';

async function main(): Promise<void> {
  const name = process.argv[2] ?? DEFAULT_SCENARIO;
  if (name !== 'national-scale' && !scenarios[name]) {
    throw new Error(
      `Unknown scenario "${name}". Known: ${[...Object.keys(scenarios), 'national-scale'].join(', ')}`,
    );
  }
  const config = { ...loadConfig(), host: '127.0.0.1', port: 0, logLevel: 'warn' };
  const server = await startServer(config);
  try {
    const admin = await server.services.db.read((m) =>
      m.findOneOrFail(User, { where: { role: Role.ADMIN } }),
    );
    const { token } = await server.services.auth.tokens.sign({ kind: 'user', sub: admin.id });
    const gql: Gql = async (query, variables) => {
      const res = await fetch(server.url.replace('localhost', '127.0.0.1'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data as never;
    };
    if (name === 'national-scale') {
      const { meetingId } = await seedNational(gql);
      console.log(`Seeded the national-scale meeting ${meetingId}`);
    } else {
      const { meetingId, created } = await seedScenario(gql, scenarios[name]);
      console.log(
        created
          ? `Seeded ${name} as meeting ${meetingId}`
          : `${name} was already seeded (meeting ${meetingId})`,
      );
    }
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
