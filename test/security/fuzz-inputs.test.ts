import fc from 'fast-check';
import { Client } from 'graphql-ws';
import { GqlResult, TestServer } from '../support/server';
import { authorizationWorld, AuthorizationWorld, fingerprint, securityServer } from '../support/security';

const SEED = 20220428;

/** Operations a host may send, with valid variables to start from (the fuzz replaces parts of them). */
const OPERATIONS: { query: string; variables: (w: AuthorizationWorld) => Record<string, unknown> }[] = [
  {
    query: 'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
    variables: (w) => ({ input: { id: w.m.meetingId, version: 1, title: 'Giao ban', scheduledStart: null } }),
  },
  {
    query: 'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
    variables: (w) => ({
      input: { meetingId: w.m.meetingId, title: 'Mục', kind: 'REPORT', plannedMinutes: 10 },
    }),
  },
  {
    query: 'mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }',
    variables: (w) => ({ input: { id: w.itemId, title: 'Mục', documents: ['a.pdf'] } }),
  },
  {
    query: 'mutation($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id } }',
    variables: (w) => ({ id: w.itemId, position: 1 }),
  },
  {
    query: 'mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }',
    variables: (w) => ({
      input: { meetingId: w.m.meetingId, connectionPointId: w.siteA.id, name: 'Đại biểu', role: 'DELEGATE' },
    }),
  },
  {
    query: 'mutation($id: ID!, $seconds: Int!) { extendSpeech(id: $id, seconds: $seconds) { id } }',
    variables: (w) => ({ id: w.speechId, seconds: 60 }),
  },
  {
    query:
      'mutation($id: ID!, $text: String!, $v: Int!) { updateConclusion(id: $id, text: $text, expectedVersion: $v) { id } }',
    variables: (w) => ({ id: w.conclusionId, text: 'Kết luận', v: 1 }),
  },
  {
    query: 'mutation($input: AddDirectiveInput!) { addDirective(input: $input) { id } }',
    variables: (w) => ({
      input: {
        meetingId: w.m.meetingId,
        assigneeUnitId: w.siteUnitId,
        task: 'Việc',
        deadline: '2022-05-30T00:00:00Z',
      },
    }),
  },
  {
    query:
      'query($filter: MeetingFilter, $first: Int, $after: String) { meetings(filter: $filter, first: $first, after: $after) { totalCount } }',
    variables: () => ({ filter: { status: ['LIVE'], kind: ['THEMATIC'] }, first: 10, after: 'eyJ4IjoxfQ' }),
  },
  {
    query:
      'query($filter: DirectiveFilter, $first: Int, $after: String) { directives(filter: $filter, first: $first, after: $after) { totalCount } }',
    variables: () => ({ filter: { status: ['OPEN'] }, first: 10, after: 'eyJ4IjoxfQ' }),
  },
  {
    query:
      'query($id: ID!, $after: Int!, $first: Int!) { meeting(id: $id) { events(afterSeq: $after, first: $first) { seq } } }',
    variables: (w) => ({ id: w.m.meetingId, after: 0, first: 10 }),
  },
];

/** Anything a broken or hostile client could put in a variable. */
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constant('x'.repeat(20_000)),
  fc.constant('   '),
  fc.constant('00000000-0000-4000-8000-000000000000'),
  fc.uuid(),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 53), 1e308, 0.5),
  fc.boolean(),
  fc.constant(null),
  fc.base64String(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A copy of `value` with some of its leaves (and keys) replaced by junk. */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const fields = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mutated(v)]));
    return fc.oneof(fc.record(fields), fc.record({ ...fields, unknownField: junk }), junk);
  }
  return fc.oneof({ weight: 1, arbitrary: fc.constant(value) }, { weight: 2, arbitrary: junk });
}

/** A valid document with a few characters deleted, doubled or replaced. */
const brokenDocument = fc
  .tuple(
    fc.constantFrom(...OPERATIONS.map((o) => o.query)),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([query, edits]) =>
    edits.reduce((q, [at, cut, insert]) => {
      const i = at % (q.length + 1);
      return q.slice(0, i) + insert + q.slice(i + cut);
    }, query),
  );

const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('fuzz: malformed inputs and documents across operations', () => {
  let t: TestServer;
  let w: AuthorizationWorld;
  let ws: Client;
  beforeAll(async () => {
    t = await securityServer();
    w = await authorizationWorld(t);
    ws = t.ws(w.m.host);
  });
  afterAll(() => t.close());

  it('answers 300 malformed variable sets without INTERNAL_SERVER_ERROR, writing nothing when refused', async () => {
    const cases = fc
      .integer({ min: 0, max: OPERATIONS.length - 1 })
      .chain((i) =>
        mutated(OPERATIONS[i].variables(w)).map((variables) => ({ query: OPERATIONS[i].query, variables })),
      );
    await fc.assert(
      fc.asyncProperty(cases, async ({ query, variables }) => {
        // Only a mutation could write: a query's case takes no fingerprint.
        const mutation = /^\s*mutation/.test(query);
        const before = mutation ? await fingerprint(t) : null;
        const result = await t.gql(query, variables as Record<string, unknown>, w.m.host);
        expect(codes(result)).not.toContain('INTERNAL_SERVER_ERROR');
        expect(codes(result)).not.toContain(undefined);
        if (result.errors && mutation) expect(await fingerprint(t)).toEqual(before);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('answers 200 broken documents over HTTP and WebSocket alike, without INTERNAL_SERVER_ERROR or a dropped socket', async () => {
    let closed = false;
    ws.on('closed', () => (closed = true));
    await fc.assert(
      fc.asyncProperty(brokenDocument, async (query) => {
        const before = await fingerprint(t);
        const variables = { id: w.m.meetingId };
        const http = await t.gql(query, variables, w.m.host);
        const overWs = await new Promise<any>((resolve) => {
          let last: unknown = { errors: [] };
          ws.subscribe(
            { query, variables },
            { next: (r) => (last = r), error: (e) => resolve({ errors: e }), complete: () => resolve(last) },
          );
        });
        for (const r of [http, overWs]) {
          expect(codes(r)).not.toContain('INTERNAL_SERVER_ERROR');
          expect(codes(r)).not.toContain(undefined);
        }
        if (http.errors) expect(await fingerprint(t)).toEqual(before);
      }),
      { numRuns: 200, seed: SEED },
    );
    expect(closed).toBe(false);
    expect((await t.gql('{ serverTime }')).data?.serverTime).toBeDefined();
  });
});
