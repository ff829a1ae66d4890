import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DefinitionNode, DocumentNode, FragmentDefinitionNode, Kind, parse, visit } from 'graphql';
import { ADMIN, startTestServer, TestServer } from './server';
import { scenarios, seedScenario } from '../../server/seed/seed';
import { MeetingDetailDocument, MeetingLastEventSeqDocument } from '../../client-sdk/src';
import { LiveMeetingRun, sdkClient } from '../../scripts/demo/live-meeting';

/**
 * A test server (with the settings of `env`) with a reference scenario seeded (SCHEDULED), and the
 * host's SDK client for it.
 */
export async function seededRun(
  scenario: string,
  env: Record<string, string> = {},
): Promise<{ t: TestServer; run: LiveMeetingRun }> {
  const t = await startTestServer({ env });
  const token = await adminToken(t.url);
  const { meetingId } = await seedScenario((q, v) => t.ok(q, v, token), scenarios[scenario]);
  return { t, run: new LiveMeetingRun({ url: t.url }, sdkClient({ url: t.url }, token), meetingId) };
}

/** seededRun for a describe block: set up before its tests, closed after them. */
export function useSeededRun(scenario: string): { readonly t: TestServer; readonly run: LiveMeetingRun } {
  const seeded = {} as { t: TestServer; run: LiveMeetingRun };
  beforeAll(async () => Object.assign(seeded, await seededRun(scenario)));
  afterAll(async () => {
    await seeded.run?.close();
    await seeded.t?.close();
  });
  return seeded;
}

/** A document as GraphQL Code Generator's client preset or gql.tada hands it over: a typed AST. */
export const typed = <R, V>(source: string) => parse(source) as TypedDocumentNode<R, V>;

/** A caller's own meetingEvents document: seq and type of each event. */
export const EventSeqs = typed<
  { meetingEvents: { seq: number; type: string } },
  { meetingId: string; afterSeq: number | null }
>(
  'subscription EventSeqs($meetingId: ID!, $afterSeq: Int) { meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) { seq type } }',
);
/** A caller's own meetingLive document: seq and meetingId of each snapshot. */
export const LiveSeq = typed<{ meetingLive: { seq: number; meetingId: string } }, { meetingId: string }>(
  'subscription LiveSeq($meetingId: ID!) { meetingLive(meetingId: $meetingId) { seq meetingId } }',
);

/** What `promise` rejects with; fails when it resolves. */
export const rejection = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => Promise.reject(new Error('resolved')),
    (e: unknown) => e,
  );

/** Logs in through the SDK, without a token yet. */
export async function adminToken(url: string): Promise<string> {
  const client = sdkClient({ url });
  try {
    return (await client.mutate.login({ username: ADMIN.username, password: ADMIN.password })).token;
  } finally {
    await client.close();
  }
}

/** The whole meeting as its host reads it: points, delegates, agenda, queue, conclusion. */
export async function meetingDetail(run: LiveMeetingRun) {
  return (await run.host.request(MeetingDetailDocument, { id: run.meetingId })).meeting!;
}

export async function lastEventSeq(run: LiveMeetingRun): Promise<number> {
  const { meeting } = await run.host.request(MeetingLastEventSeqDocument, { id: run.meetingId });
  return meeting!.lastEventSeq;
}

const SDK = join(__dirname, '../../client-sdk');

let definitions: readonly DefinitionNode[] | undefined;

/** Every definition of the SDK's documents: hand-written fragments and operations, and generated ones. */
export function sdkDefinitions(): readonly DefinitionNode[] {
  return (definitions ??= parse(
    ['src/generated/operations.graphql', 'graphql/operations.graphql', 'graphql/fragments.graphql']
      .map((f) => readFileSync(join(SDK, f), 'utf8'))
      .join('\n'),
  ).definitions);
}

/** One operation with the SDK's fragments it spreads (directly or not), as a client sends it. */
export function withSdkFragments(op: DefinitionNode): DocumentNode {
  const fragments = new Map(
    sdkDefinitions().flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const used = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        collect(fragments.get(spread.name.value)!);
      },
    });
  collect(op);
  const spread: FragmentDefinitionNode[] = [...used].map((n) => fragments.get(n)!);
  return { kind: Kind.DOCUMENT, definitions: [op, ...spread] };
}
