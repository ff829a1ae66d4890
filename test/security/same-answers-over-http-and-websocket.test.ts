import { TestServer } from '../support/server';
import { conference, Conference, meeting, user } from '../support/factories';
import { UNKNOWN_ID } from '../support/instruments';
import { rawSocket, securityServer } from '../support/security';

/**
 * The pipeline behind both transports is one: the same operation gets the same answer, errors and
 * all, over HTTP and over a graphql-transport-ws socket (queries and mutations run on both).
 */

/** Nests `levels` pairs of connectionPoint → participants under a meeting: depth 2 + 2 × levels + 1. */
const nested = (levels: number) =>
  `query($id: ID!) { meeting(id: $id) { connectionPoints { ${'participants { connectionPoint { '.repeat(levels)}id${' } }'.repeat(levels)} } } }`;

/** Over each limit (defaults: depth 10, cost 1,000,000, aliases 30, tokens 3000, page 100), and past what production allows. */
const REFUSED: Record<string, { query: string; code: string; message: RegExp }> = {
  depth: {
    query: nested(5),
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /depth \(13\) is over the limit of 10/,
  },
  cost: {
    query:
      'query($id: ID!) { meetings(first: 100) { edges { node { connectionPoints { participants { id name } } } } } meeting(id: $id) { id } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /cost \(\d+\) is over the limit of 1000000/,
  },
  aliases: {
    query: `query($id: ID!) { ${Array.from({ length: 31 }, (_, i) => `a${i}: meeting(id: $id) { id }`).join(' ')} }`,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /aliases \(31\) is over the limit of 30/,
  },
  tokens: {
    query: `query($id: ID!) { meeting(id: $id) { id ${'__typename '.repeat(3000)}} }`,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /contains more th.. 3000 tokens/,
  },
  introspection: {
    query: 'query($id: ID!) { meeting(id: $id) { id } __schema { types { name } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /introspection has been disabled/,
  },
  'field suggestions': {
    query: 'query($id: ID!) { meeting(id: $id) { titel } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Cannot query field "titel" on type "Meeting"\.$/,
  },
  'the largest page': {
    query: 'query($id: ID!) { meetings(first: 101) { totalCount } meeting(id: $id) { id } }',
    code: 'BAD_USER_INPUT',
    // In Vietnamese: no Accept-Language names another language.
    message: /first phải từ 1 đến 100/,
  },
};

type Answer = { data?: Record<string, any> | null; errors?: Record<string, any>[] };

/** Bad operations of a LIVE meeting (`m`) and what each is refused with; none changes anything. */
const BAD: Record<
  string,
  { query: string; variables: (m: Conference) => Record<string, unknown>; code: string; field?: string }
> = {
  'a blank title': {
    query: 'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
    variables: (m) => ({ input: { id: m.meetingId, version: 1, title: '   ' } }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  },
  'a malformed id': {
    query: 'query($id: ID!) { meeting(id: $id) { id } }',
    variables: () => ({ id: 'x' }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  'an unknown meeting': {
    query: 'query($id: ID!) { meeting(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
    code: 'NOT_FOUND',
  },
  'a step the meeting is not in': {
    query: 'mutation($id: ID!) { resumeMeeting(id: $id) { id } }',
    variables: (m) => ({ id: m.meetingId }),
    code: 'CONFLICT',
  },
  'a variable of the wrong type': {
    query: 'query($first: Int) { meetings(first: $first) { totalCount } }',
    variables: () => ({ first: 'many' }),
    code: 'BAD_USER_INPUT',
  },
};

describe('the same answers over HTTP and over WebSocket', () => {
  let t: TestServer;
  let m: Conference;
  let host: string;
  let meetingId: string;
  beforeAll(async () => {
    // As in production: introspection off (so field suggestions hidden too).
    t = await securityServer({ INTROSPECTION: 'false' });
    m = await conference(t, { sites: 1 });
    ({ host, meetingId } = m);
  });
  afterAll(() => t.close());

  /** The answer to `query` over a raw graphql-transport-ws socket of `token`. */
  async function overWebSocket(
    query: string,
    variables: object = { id: meetingId },
    token = host,
  ): Promise<Answer> {
    const ws = await rawSocket(t);
    await ws.init(token);
    ws.send({ id: '1', type: 'subscribe', payload: { query, variables } });
    const answer = await ws.next((msg) => msg.id === '1' && msg.type !== 'complete');
    ws.socket.close();
    return answer.type === 'error' ? { errors: answer.payload } : answer.payload;
  }
  const firstError = (answer: Answer) => answer.errors?.[0];

  it.each(Object.keys(REFUSED))('refuses over %s on both paths, with the same error', async (name) => {
    const { query, code, message } = REFUSED[name];
    const http = (await t.gql(query, { id: meetingId }, host)).errors?.[0];
    const ws = firstError(await overWebSocket(query));
    expect(http?.extensions?.code).toBe(code);
    expect(http?.message).toMatch(message);
    expect({ message: ws?.message, code: ws?.extensions?.code }).toEqual({
      message: http?.message,
      code: http?.extensions?.code,
    });
  });

  it("lets through a meeting's full query and a full page of meetings", async () => {
    const full = `query($id: ID!) { meeting(id: $id) { id title status lastEventSeq
      hosts { id displayName } agenda { id title status } speakerQueue { id status }
      connectionPoints { id name connectionState participants { id name attendance } }
      conclusion { id text directives { id task assigneeUnit { id name } } } } }`;
    const paged =
      'query($first: Int) { meetings(first: $first) { edges { node { id title organizer { name } } } totalCount } }';
    for (const query of [full, paged]) {
      expect((await t.gql(query, { id: meetingId, first: 100 }, host)).errors).toBeUndefined();
      expect(firstError(await overWebSocket(query, { id: meetingId, first: 100 }))).toBeUndefined();
    }
  });

  it.each(Object.keys(BAD))(
    'refuses %s on both paths, with the same errors, writing nothing',
    async (name) => {
      const { query, variables, code, field } = BAD[name];
      const before = (
        await t.ok('query($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: meetingId }, host)
      ).meeting.lastEventSeq;
      const http = await t.gql(query, variables(m), host);
      const ws = await overWebSocket(query, variables(m));
      expect(http.errors?.[0]?.extensions?.code).toBe(code);
      if (field) expect(http.errors?.[0]?.extensions?.field).toBe(field);
      const shape = (a: Answer) => ({
        data: a.data ?? null,
        errors: a.errors?.map(({ message, path, extensions }) => ({ message, path, extensions })),
      });
      expect(shape(ws)).toEqual(shape(http));
      const after = (
        await t.ok('query($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: meetingId }, host)
      ).meeting.lastEventSeq;
      expect(after).toBe(before);
    },
  );

  it('refuses a VIEWER the same on both paths', async () => {
    const viewer = (await user(t, 'VIEWER')).token;
    const query = 'mutation($id: ID!) { pauseMeeting(id: $id) { id } }';
    const http = await t.gql(query, { id: meetingId }, viewer);
    const ws = await overWebSocket(query, { id: meetingId }, viewer);
    expect(http.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ws.errors?.map((e) => e.extensions)).toEqual(http.errors?.map((e) => e.extensions));
  });

  it('answers a good mutation with the same data on both paths', async () => {
    const [a, b] = [await meeting(t, host, {}, 'start'), await meeting(t, host, {}, 'start')];
    const query = 'mutation($id: ID!) { pauseMeeting(id: $id) { status version } }';
    const http = await t.gql(query, { id: a.id }, host);
    expect(http).toEqual({ data: { pauseMeeting: { status: 'PAUSED', version: expect.any(Number) } } });
    expect(await overWebSocket(query, { id: b.id })).toEqual(http);
  });
});
