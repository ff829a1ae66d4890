/**
 * npm run bench:attack -- [--small] [--dir /tmp/diemcau-attack] [--help]
 *
 * The worst operations an attacker can send under the default limits, against our server (as
 * `npm start` runs it, loopback only) over the national meeting: 764 connection points, 3,000
 * delegates, the current agenda item filled to its cap of speeches by the sites themselves, every
 * item with its 50 documents. Each operation is sent alone; the server process reports its CPU time
 * and RSS before and after (RSS: the growth of its peak, sampled every 2 ms, over the RSS before, after a GC). Prints one
 * line per operation, then a Markdown table; exits 1 when an accepted operation is over the target
 * (1 s of CPU or 50 MB). Stops by itself.
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { LIST_CAPS } from '../../server/common/list-caps';
import { Child } from './child';
import { gql, MEETING_SNAPSHOT, ServerMessage, Setup } from './common';
import { buildTemplate, Shape, templateCopy } from './template';

const HELP = readFileSync(__filename, 'utf8').split('*/')[0];
const TARGET = { cpuMs: 1000, rssMb: 50 };
/** Longest a single operation may take before the bench gives up on it. */
const OPERATION_TIMEOUT_MS = 120_000;

type Transport = 'http' | 'subscription' | 'replay';
type Attack = { name: string; transport: Transport; as: 'site' | 'host'; query: string };
type Outcome = { accepted: boolean; answer: string; bytes: number };
type Row = Attack & Outcome & { cpuMs: number; rssMb: number; wallMs: number };

const aliases = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

/** Each: what it tries, and the most of it the default limits (cost 1,000,000, 30 aliases, depth 10) admit. */
const ATTACKS: Attack[] = [
  {
    name: 'back-references 3 deep (the original attack)',
    transport: 'http',
    as: 'site',
    query: `query($id: ID!) { meeting(id: $id) { currentAgendaItem {
      speeches { agendaItem { speeches { agendaItem { speeches { id } } } } } } } }`,
  },
  {
    // 300 × 302 per alias: 11 of them are within the cost.
    name: 'back-references 2 deep × 11 aliases',
    transport: 'http',
    as: 'site',
    query: `query($id: ID!) { meeting(id: $id) { currentAgendaItem {
      ${aliases(11, 'speeches { agendaItem { speeches { id } } }')} } } }`,
  },
  {
    // Costs about 638,000: a second alias of it is refused.
    name: 'the meeting snapshot',
    transport: 'http',
    as: 'host',
    query: MEETING_SNAPSHOT,
  },
  {
    name: 'every delegate with the delegates of its point',
    transport: 'http',
    as: 'site',
    query: `query($id: ID!) { meeting(id: $id) { participants { id connectionPoint { participants { id } } } } }`,
  },
  {
    name: 'the agenda’s documents × 30 aliases',
    transport: 'http',
    as: 'site',
    query: `query($id: ID!) { meeting(id: $id) { ${aliases(30, 'agenda { documents }')} } }`,
  },
  {
    name: 'meetingLive: back-references × 11 aliases (first push)',
    transport: 'subscription',
    as: 'site',
    query: `subscription($id: ID!) { meetingLive(meetingId: $id) { currentAgendaItem {
      ${aliases(11, 'speeches { agendaItem { speeches { id } } }')} } } }`,
  },
  {
    name: 'meetingLive: every point with its delegates (first push)',
    transport: 'subscription',
    as: 'site',
    query: `subscription($id: ID!) { meetingLive(meetingId: $id) {
      connectionPoints { id name connectionState participants { id name position attendance } }
      agenda { id title documents speeches { id speakerName topic } } } }`,
  },
  {
    name: 'meetingEvents(afterSeq: 0), the heaviest subject fields (whole replay)',
    transport: 'replay',
    as: 'site',
    // Subjects are snapshots (nothing under them is loaded): the largest fields they have.
    query: `subscription($id: ID!) { meetingEvents(meetingId: $id, afterSeq: 0) { seq subject {
      ... on SpeechSnapshot { topic speakerName rejectionReason }
      ... on ParticipantSnapshot { name position absenceReason }
      ... on AgendaItemSnapshot { title notes documents } } } }`,
  },
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) return void console.log(HELP);
  const small = process.argv.includes('--small');
  const dir = arg('dir', small ? '/tmp/diemcau-attack-small' : '/tmp/diemcau-attack');
  const shape: Shape = small ? { provinces: 3, districts: 12, participants: 60 } : {};
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'setup.json'))) {
    console.log('building the template meeting…');
    await buildTemplate(dir, shape);
  }
  const setup = JSON.parse(readFileSync(join(dir, 'setup.json'), 'utf8')) as Setup;
  const copy = templateCopy(dir, 'attack');
  const server = new Child<ServerMessage>(
    'server-ours.ts',
    [copy.file, setup.meetingId],
    () => false,
    false,
    {
      BENCH_PEAK_RSS: '1',
    },
  );
  const rows: Row[] = [];
  try {
    const { port } = await server.next('ready', 120_000);
    const url = `http://127.0.0.1:${port}/graphql`;
    await fill(url, setup);
    const stats = async (gc: boolean) => {
      const reply = server.next('stats', 60_000);
      server.send({ type: 'stats', gc });
      return reply;
    };
    for (const attack of ATTACKS) {
      const token = attack.as === 'host' ? setup.hostToken : setup.siteTokens[setup.siteTokens.length - 1];
      const before = await stats(true);
      const started = performance.now();
      const outcome = await send(url, attack, token, setup.meetingId);
      const wallMs = performance.now() - started;
      const after = await stats(false);
      const row: Row = {
        ...attack,
        ...outcome,
        wallMs,
        cpuMs: (after.cpuMicros - before.cpuMicros) / 1000,
        rssMb: Math.max(0, after.peakRss - before.rss) / 2 ** 20,
      };
      rows.push(row);
      console.log(
        `${row.name}: ${row.answer}, ${row.cpuMs.toFixed(0)} ms CPU, +${row.rssMb.toFixed(1)} MB peak RSS, ` +
          `${(row.bytes / 1024).toFixed(0)} KB, ${row.wallMs.toFixed(0)} ms`,
      );
    }
  } finally {
    server.kill();
    copy.remove();
  }
  console.log(`\n${table(rows)}`);
  const worst = rows.filter((r) => r.accepted).sort((a, b) => b.cpuMs - a.cpuMs)[0];
  if (worst) console.log(`\nworst accepted: ${worst.name}, ${worst.cpuMs.toFixed(0)} ms CPU`);
  const over = rows.filter((r) => r.accepted && (r.cpuMs > TARGET.cpuMs || r.rssMb > TARGET.rssMb));
  if (over.length > 0) {
    console.log(
      `over the target (${TARGET.cpuMs} ms CPU, ${TARGET.rssMb} MB): ${over.map((r) => r.name).join('; ')}`,
    );
    process.exitCode = 1;
  }
}

/**
 * The heaviest data a site can make: the current item's speeches up to their cap (one hand raised
 * per site, within each site's rate limit), and every item's 50 documents of 500 characters.
 */
async function fill(url: string, setup: Setup): Promise<void> {
  const { meeting } = await gql<{
    meeting: { currentAgendaItem: { id: string; speeches: unknown[] }; agenda: { id: string }[] };
  }>(
    url,
    'query($id: ID!) { meeting(id: $id) { currentAgendaItem { id speeches { id } } agenda { id } } }',
    { id: setup.meetingId },
    setup.hostToken,
  );
  const { connectionPoints } = (
    await gql<{ meeting: { connectionPoints: { id: string; role: string }[] } }>(
      url,
      'query($id: ID!) { meeting(id: $id) { connectionPoints { id role } } }',
      { id: setup.meetingId },
      setup.hostToken,
    )
  ).meeting;
  const sites = connectionPoints.filter((cp) => cp.role === 'SITE');
  const missing = LIST_CAPS.speechesPerAgendaItem - meeting.currentAgendaItem.speeches.length;
  for (let i = 0; i < missing; i++) {
    const site = i % sites.length;
    await gql(
      url,
      'mutation($input: RequestToSpeakInput!) { requestToSpeak(input: $input) { id } }',
      {
        input: {
          agendaItemId: meeting.currentAgendaItem.id,
          connectionPointId: sites[site].id,
          kind: 'CONTRIBUTION',
          speakerName: `Viện trưởng điểm cầu số ${site + 1}`,
          topic: 'Kết quả công tác thực hành quyền công tố và kiểm sát điều tra'.padEnd(200, '.'),
        },
      },
      setup.siteTokens[site],
    );
  }
  const documents = Array.from({ length: 50 }, (_, i) => `Tài liệu số ${i + 1} `.padEnd(500, 'ệ'));
  for (const item of meeting.agenda)
    await gql(
      url,
      'mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }',
      { input: { id: item.id, documents } },
      setup.hostToken,
    );
}

/** Sends one operation and waits for all of its answer: the HTTP body, the first push, or the whole replay. */
async function send(url: string, attack: Attack, token: string, meetingId: string): Promise<Outcome> {
  if (attack.transport === 'http') {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: attack.query, variables: { id: meetingId } }),
      signal: AbortSignal.timeout(OPERATION_TIMEOUT_MS),
    });
    const text = await res.text();
    return verdict(JSON.parse(text), text.length);
  }
  const socket = new WebSocket(url.replace('http', 'ws'), 'graphql-transport-ws');
  try {
    return await new Promise<Outcome>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${attack.name}: no answer`)), OPERATION_TIMEOUT_MS);
      let bytes = 0;
      let pushes = 0;
      let last: Outcome | null = null;
      const done = (o: Outcome) => {
        clearTimeout(timer);
        resolve(o);
      };
      socket.on('open', () =>
        socket.send(
          JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
        ),
      );
      socket.on('message', (data) => {
        const text = String(data);
        const m = JSON.parse(text);
        if (m.type === 'connection_ack')
          socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: { query: attack.query, variables: { id: meetingId } },
            }),
          );
        if (m.id !== '1') return;
        bytes += text.length;
        if (m.type === 'error') return done(verdict({ errors: m.payload }, bytes));
        if (m.type !== 'next') return;
        pushes++;
        last = verdict(m.payload, bytes);
        if (attack.transport === 'subscription' || !last.accepted) return done(last);
      });
      socket.on('close', (code) => {
        // A replay ends when the server drops it (its budget spent) or, caught up, it goes quiet.
        done({ accepted: pushes > 0, answer: `${pushes} pushes, then closed ${code}`, bytes });
      });
      if (attack.transport === 'replay') {
        // Caught up when nothing came for a second.
        let seen = -1;
        const poll = setInterval(() => {
          if (pushes > 0 && pushes === seen) {
            clearInterval(poll);
            done({ accepted: true, answer: `${pushes} pushes, caught up`, bytes });
          }
          seen = pushes;
        }, 1000);
        socket.on('close', () => clearInterval(poll));
      }
    });
  } finally {
    socket.close();
  }
}

function verdict(
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  bytes: number,
): Outcome {
  const error = body.errors?.[0];
  if (!error) return { accepted: true, answer: 'answered', bytes };
  return { accepted: false, answer: `${error.extensions?.code}: ${error.message.slice(0, 60)}`, bytes };
}

function table(rows: Row[]): string {
  const lines = [
    '| operation | as | answer | server CPU ms | peak RSS growth MB | answer KB |',
    '|---|---|---|---:|---:|---:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${r.as} | ${r.answer.replace(/\|/g, '/')} | ${r.cpuMs.toFixed(0)} | ${r.rssMb.toFixed(1)} | ${(r.bytes / 1024).toFixed(0)} |`,
    );
  return lines.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
