import { fingerprint, securityServer } from '../support/security';
import { GqlResult, TestServer } from '../support/server';
import { user } from '../support/factories';

const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id title } }`;
const input = (title: string) => ({ title, kind: 'MONTHLY_BRIEFING', format: 'ONLINE' });
/** "Hội nghị giao ban" with its tone marks as separate combining characters (NFD), as some keyboards send. */
const DECOMPOSED = 'Hội nghị giao ban'.normalize('NFD');

describe('text that is not well-formed Unicode, and text not in NFC', () => {
  let t: TestServer;
  let host: string;
  beforeAll(async () => {
    t = await securityServer();
    host = (await user(t, 'HOST')).token;
  });
  afterAll(() => t.close());

  /** One operation over WebSocket, answered as over HTTP. */
  const overWebSocket = (query: string, variables: Record<string, unknown>) =>
    new Promise<GqlResult>((resolve, reject) => {
      let result: GqlResult = {};
      t.ws(host).subscribe(
        { query, variables },
        { next: (r) => (result = r as GqlResult), error: reject, complete: () => resolve(result) },
      );
    });

  const refusals: [string, () => Promise<GqlResult>, string][] = [
    [
      'a lone high surrogate in a variable, over HTTP',
      () => t.gql(CREATE, { input: input('Giao ban \ud800') }, host),
      'input.title',
    ],
    [
      'a lone low surrogate in a variable, over WebSocket',
      () => overWebSocket(CREATE, { input: input('\udc00 Giao ban') }),
      'input.title',
    ],
  ];

  it.each(refusals)(
    'refuses %s: BAD_USER_INPUT with its reason, nothing stored',
    async (_what, send, field) => {
      const before = await fingerprint(t);
      const result = await send();
      expect(result.data?.createMeeting ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'ILL_FORMED_UNICODE',
        field,
      });
      expect(await fingerprint(t)).toEqual(before);
    },
  );

  it('refuses a lone surrogate in a literal of the document at parsing (graphql-js), nothing stored', async () => {
    const before = await fingerprint(t);
    for (const title of ['Giao ban \\uD800', 'Giao ban \ud800']) {
      const query = `mutation { createMeeting(input: { title: "${title}", kind: MONTHLY_BRIEFING, format: ONLINE }) { id } }`;
      const result = await t.gql(query, {}, host);
      expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    }
    expect(await fingerprint(t)).toEqual(before);
  });

  it('accepts a well-formed surrogate pair as it is', async () => {
    const title = 'Giao ban 𝄞 tháng 4';
    const { createMeeting } = await t.ok(CREATE, { input: input(title) }, host);
    expect(createMeeting.title).toBe(title);
  });

  it('answers and stores text in NFC, whichever form it was sent in', async () => {
    expect(DECOMPOSED).not.toBe(DECOMPOSED.normalize('NFC'));
    const { createMeeting } = await t.ok(CREATE, { input: input(DECOMPOSED) }, host);
    expect(createMeeting.title).toBe('Hội nghị giao ban');
    const read = await t.ok('query($id: ID!) { meeting(id: $id) { title } }', { id: createMeeting.id }, host);
    expect(read.meeting.title).toBe('Hội nghị giao ban');
    const viaWebSocket = await overWebSocket(CREATE, { input: input(DECOMPOSED) });
    expect(viaWebSocket.data?.createMeeting.title).toBe('Hội nghị giao ban');
  });
});
