import { REVOKE_CODE } from '../support/connection-points';
import { conference, unit, user } from '../support/factories';
import { StatementCounter } from '../support/instruments';
import { expectError, startTestServer, TestServer } from '../support/server';

/**
 * The `meeting` query's kept answers (graphql/answer-cache.ts) go only to callers who may see the
 * meeting now, as they are now, and only within the scope they were executed for: a kept answer is
 * never a way around the access rules.
 */
describe('kept answers of the meeting query and who asks', () => {
  const counter = new StatementCounter();
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ queryLogger: counter });
  });
  afterAll(() => t.close());

  /** What a site's screen reads, with what the access rules decide. */
  const SITES =
    'query($id: ID!) { meeting(id: $id) { id lastEventSeq connectionPoints { id hasAccessCode } } }';
  const ask = (token: string | null, id: string, query = SITES) => t.gql(query, { id }, token);

  /** The answer, and whether it was a kept one (no execution: the statements of a token and a row). */
  async function counted(token: string, id: string) {
    const { value, statements } = await counter.measure(() => ask(token, id));
    return { answer: value, kept: statements <= 3 };
  }

  it('goes to no one who may not see the meeting', async () => {
    const c = await conference(t, { sites: 1 });
    const elsewhere = (await conference(t, { sites: 1 })).sites[0];
    const outside = await unit(t, 'VKSND tỉnh Cà Mau', { level: 'PROVINCIAL', parentId: null });
    const stranger = await user(t, 'VIEWER', { unitId: outside });
    const seen = await ask(c.host, c.meetingId);
    expect(await ask(c.host, c.meetingId)).toEqual(seen);
    for (const token of [elsewhere.token, stranger.token]) {
      const refused = await ask(token, c.meetingId);
      expectError(refused, 'NOT_FOUND');
      expect(refused.data?.meeting ?? null).toBeNull();
    }
    expectError(await ask(null, c.meetingId), 'UNAUTHENTICATED');
  });

  it('is refused to a user who has since lost sight of the meeting', async () => {
    const c = await conference(t, { sites: 1 });
    const viewer = await user(t, 'VIEWER');
    await ask(viewer.token, c.meetingId);
    expect(await counted(viewer.token, c.meetingId)).toMatchObject({ kept: true });
    const outside = await unit(t, 'VKSND tỉnh Bạc Liêu', { level: 'PROVINCIAL', parentId: null });
    await t.ok(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      { input: { id: viewer.id, unitId: outside } },
      await t.adminToken(),
    );
    expectError(await ask(viewer.token, c.meetingId), 'NOT_FOUND');
  });

  it('is executed again for a user whose role or unit changed (no event of the meeting says so)', async () => {
    const c = await conference(t, { sites: 1 });
    const viewer = await user(t, 'VIEWER');
    await ask(viewer.token, c.meetingId);
    expect(await counted(viewer.token, c.meetingId)).toMatchObject({ kept: true });
    const update = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }';
    await t.ok(update, { input: { id: viewer.id, role: 'HOST' } }, await t.adminToken());
    expect(await counted(viewer.token, c.meetingId)).toMatchObject({ kept: false });
    expect(await counted(viewer.token, c.meetingId)).toMatchObject({ kept: true });
  });

  it("is shared by a meeting's sites, and refused to a site whose access was revoked", async () => {
    const c = await conference(t, { sites: 2 });
    const [revoked, other] = c.sites;
    const first = await ask(revoked.token, c.meetingId);
    expect(await counted(other.token, c.meetingId)).toEqual({ answer: first, kept: true });
    await t.ok(REVOKE_CODE, { id: revoked.id }, c.host);
    expectError(await ask(revoked.token, c.meetingId), 'UNAUTHENTICATED');
    const after = await ask(other.token, c.meetingId);
    expect(after.data!.meeting.connectionPoints).toContainEqual({ id: revoked.id, hasAccessCode: false });
  });

  it("never gives a site what a host's answer holds", async () => {
    const c = await conference(t, { sites: 1 });
    const [site] = c.sites;
    const query = 'query($id: ID!) { meeting(id: $id) { id title hosts { username } } }';
    for (let i = 0; i < 2; i++) {
      expect((await ask(c.host, c.meetingId, query)).data!.meeting.hosts).toHaveLength(1);
      expect((await ask(site.token, c.meetingId, query)).data!.meeting.hosts).toEqual([]);
    }
  });
});
