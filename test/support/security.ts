import { decodeJwt, SignJWT } from 'jose';
import { getIntrospectionQuery } from 'graphql';
import WebSocket from 'ws';
import { addDirective, draft } from './conclusions';
import { agendaItem, conference, requestedSpeech, unit, user, webhook } from './factories';
import { startTestServer, TestServer } from './server';

/** The signing secret of the security tests' servers, so that they can forge expired tokens. */
export const JWT_SECRET = 'security-tests-secret-security-tests-secret';

/** A server for the security tests: a known secret; rate limits off unless `env` sets them. */
export function securityServer(env: Record<string, string> = {}): Promise<TestServer> {
  return startTestServer({ env: { JWT_SECRET, ...env } });
}

/** The same claims as `token`, properly signed, but expired a minute ago. */
export function expiredCopy(token: string): Promise<string> {
  const past = Math.floor(Date.now() / 1000) - 3600;
  return copySigned(token, past, past + 3540);
}

/** The same claims as `token`, properly signed, expiring `seconds` from now (to the second). */
export function expiringCopy(token: string, seconds: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return copySigned(token, now, now + seconds);
}

function copySigned(token: string, issuedAt: number, expiresAt: number): Promise<string> {
  const claims = decodeJwt(token);
  return new SignJWT({ ...claims, iat: undefined, exp: undefined })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(JWT_SECRET));
}

/**
 * What the database holds, cheaply: per table, the row count, the latest updatedAt and the sum of
 * version and lastEventSeq where the table has them. Equal before and after: nothing was written.
 */
export async function fingerprint(t: TestServer): Promise<Record<string, unknown>> {
  const { dataSource } = t.server.services.db;
  const q = (name: string) => dataSource.driver.escape(name);
  // One statement for every table (the fuzz tests take a fingerprint around each of hundreds of cases).
  const selects = dataSource.entityMetadatas.map((meta) => {
    const column = (name: string) => meta.columns.find((c) => c.propertyName === name)?.databaseName;
    const aggregate = (fn: string, name: string) => {
      const c = column(name);
      return `${c ? `${fn}(${q(c)})` : 'NULL'} AS ${q(name)}`;
    };
    return `SELECT '${meta.tableName}' AS ${q('tableName')}, COUNT(*) AS ${q('rowCount')}, ${aggregate('MAX', 'updatedAt')}, ${aggregate('SUM', 'version')}, ${aggregate('SUM', 'lastEventSeq')} FROM ${q(meta.tableName)}`;
  });
  const rows = (await dataSource.query(selects.join(' UNION ALL '))) as Record<string, unknown>[];
  return Object.fromEntries(
    rows.map(({ tableName, rowCount, ...sums }) => [
      tableName,
      { rows: String(rowCount), ...Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, String(v)])) },
    ]),
  );
}

/**
 * The world of the authorization tests: a LIVE meeting with two sites, an active agenda item, a
 * speech requested by site A, a draft conclusion with a directive to site A's unit, draft minutes, a
 * report asked of site A's unit; another meeting with its own host and site; and the outsiders (no
 * token, expired token, viewer …).
 */
export async function authorizationWorld(t: TestServer) {
  const [m, other, viewer] = await Promise.all([
    conference(t, { sites: 2 }),
    conference(t, { sites: 1 }),
    user(t, 'VIEWER'),
  ]);
  const [siteA, siteB] = m.sites;
  const item = await agendaItem(t, m);
  await t.ok('mutation($id: ID!) { startAgendaItem(id: $id) { id } }', { id: item.id }, m.host);
  const speech = await requestedSpeech(t, siteA, item.id);
  const conclusion = await draft(t, m.host, m.meetingId);
  const units = await t.ok(
    'query($id: ID!) { meeting(id: $id) { connectionPoints { id unitId } } }',
    { id: m.meetingId },
    m.host,
  );
  const siteUnitId: string = units.meeting.connectionPoints.find((c: any) => c.id === siteA.id).unitId;
  const directive = await addDirective(t, m.host, { meetingId: m.meetingId, assigneeUnitId: siteUnitId });
  const reports = await t.ok(
    'mutation($input: RequestReportsInput!) { requestReports(input: $input) { id } }',
    {
      input: {
        meetingId: m.meetingId,
        title: 'Báo cáo tháng',
        deadline: '2030-01-20T01:00:00.000Z',
        unitIds: [siteUnitId],
      },
    },
    m.host,
  );
  // A series of an organizer outside every outsider's units (a unit of its own at the top).
  const admin = await t.adminToken();
  const seriesOrganizerId = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL', parentId: null });
  const series = await t.ok(
    'mutation($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { id } }',
    {
      input: {
        title: 'Giao ban tháng VKSND tỉnh Phú Yên',
        kind: 'MONTHLY_BRIEFING',
        format: 'ONLINE',
        cadence: 'MONTHLY',
        organizerId: seriesOrganizerId,
      },
    },
    admin,
  );
  const { draftMinutes } = await t.ok(
    'mutation($id: ID!) { draftMinutes(meetingId: $id) { id } }',
    { id: m.meetingId },
    m.host,
  );
  // ADMIN's, for a unit that organizes no meeting: nothing to deliver, so nothing changes meanwhile.
  const hook = await webhook(t, admin, {
    organizerUnitId: await unit(t, 'VKSND tỉnh Kon Tum'),
  });
  const outsiders = {
    none: null,
    expired: await expiredCopy(m.host),
    viewer: viewer.token,
    otherHost: other.host,
    otherMeetingSite: other.sites[0].token,
    otherSite: siteB.token,
  };
  return {
    m,
    siteA,
    siteUnitId,
    itemId: item.id as string,
    speechId: speech.id as string,
    conclusionId: conclusion.id as string,
    directiveId: directive.id as string,
    reportRequestId: reports.requestReports.id as string,
    seriesId: series.createMeetingSeries.id as string,
    seriesOrganizerId,
    minutesId: draftMinutes.id as string,
    webhookId: hook.id as string,
    hostUserId: decodeJwt(m.host).sub as string,
    outsiders,
  };
}
export type AuthorizationWorld = Awaited<ReturnType<typeof authorizationWorld>>;
export type Outsider = keyof AuthorizationWorld['outsiders'];

/** The codes an outsider gets for changing the meeting (or anything in it) it does not host. */
export const REFUSALS: Record<Outsider, string> = {
  none: 'UNAUTHENTICATED',
  expired: 'UNAUTHENTICATED',
  viewer: 'FORBIDDEN',
  otherHost: 'FORBIDDEN',
  // The meeting is not theirs to see: its existence is not revealed.
  otherMeetingSite: 'NOT_FOUND',
  otherSite: 'FORBIDDEN',
};

/** The names of the schema's root fields of `type` (Mutation, Subscription), read by introspection. */
export async function rootFields(t: TestServer, type: 'Mutation' | 'Subscription'): Promise<string[]> {
  const schema = (await t.ok(getIntrospectionQuery())).__schema;
  return schema.types.find((x: any) => x.name === type).fields.map((f: any) => f.name);
}

/** A raw socket speaking graphql-transport-ws (or `protocol`, or none), to misbehave with. */
export async function rawSocket(t: TestServer, protocol: string | null = 'graphql-transport-ws') {
  const socket = new WebSocket(t.wsUrl, protocol ?? []);
  const messages: any[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const send = (message: unknown) =>
    socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  /** Waits for the next message that `match`es. */
  const next = async (match: (m: any) => boolean = () => true, timeoutMs = 10_000) => {
    const start = Date.now();
    for (;;) {
      const i = messages.findIndex(match);
      if (i >= 0) return messages.splice(i, 1)[0];
      if (Date.now() - start > timeoutMs)
        throw new Error(`no matching message; got ${JSON.stringify(messages)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const init = async (token: string | null) => {
    send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
    return next((m) => m.type === 'connection_ack');
  };
  /** The messages received and not taken by `next`. */
  const received = () => [...messages];
  return { socket, closed, send, next, init, messages: received };
}
