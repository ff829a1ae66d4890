import { TestServer } from '../support/server';
import { conference } from '../support/factories';
import { rawSocket, securityServer } from '../support/security';

/** Nests `levels` pairs of connectionPoint → participants under a meeting: depth 2 + 2 × levels + 1. */
const nested = (levels: number) =>
  `query($id: ID!) { meeting(id: $id) { connectionPoints { ${'participants { connectionPoint { '.repeat(levels)}id${' } }'.repeat(levels)} } } }`;

/** Over each limit (defaults: depth 10, cost 5000, aliases 30, tokens 3000, page 100), and past what production allows. */
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
    message: /cost \(\d+\) is over the limit of 5000/,
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
    message: /first must be between 1 and 100/,
  },
};

describe('the same limits over HTTP and over WebSocket', () => {
  let t: TestServer;
  let host: string;
  let meetingId: string;
  beforeAll(async () => {
    // As in production: introspection off (so field suggestions hidden too).
    t = await securityServer({ INTROSPECTION: 'false' });
    ({ host, meetingId } = await conference(t, { sites: 1 }));
  });
  afterAll(() => t.close());

  /** The first error of `query` over a raw graphql-transport-ws socket. */
  async function overWebSocket(query: string) {
    const ws = await rawSocket(t);
    await ws.init(host);
    ws.send({ id: '1', type: 'subscribe', payload: { query, variables: { id: meetingId } } });
    const answer = await ws.next((m) => m.id === '1' && m.type !== 'complete');
    ws.socket.close();
    return answer.type === 'error' ? answer.payload[0] : answer.payload.errors?.[0];
  }

  it.each(Object.keys(REFUSED))('refuses over %s on both paths, with the same error', async (name) => {
    const { query, code, message } = REFUSED[name];
    const http = (await t.gql(query, { id: meetingId }, host)).errors?.[0];
    const ws = await overWebSocket(query);
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
      expect(await overWebSocket(query)).toBeUndefined();
    }
  });
});
