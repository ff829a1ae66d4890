import { TestServer, expectError, startTestServer } from '../support/server';
import { connectionPoint, meeting as createMeeting, siteToken, user } from '../support/factories';

describe('meetings: a site token sees only its own meeting', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('reads its meeting, lists only it, and gets NOT_FOUND for another', async () => {
    const host = await user(t, 'HOST');
    const own = await createMeeting(t, host.token, { title: 'Giao ban quý III/2022' });
    const other = await createMeeting(t, host.token, { title: 'Giao ban quý IV/2022' });
    const site = await siteToken(t, host.token, (await connectionPoint(t, host.token, own.id)).id);

    const read = 'query($id: ID!) { meeting(id: $id) { id title } }';
    expect((await t.ok(read, { id: own.id }, site)).meeting).toEqual({ id: own.id, title: own.title });
    expectError(await t.gql(read, { id: other.id }, site), 'NOT_FOUND');
    const list = await t.ok('{ meetings { totalCount edges { node { id } } } }', {}, site);
    expect(list.meetings).toEqual({ totalCount: 1, edges: [{ node: { id: own.id } }] });
  });

  it('cannot change its meeting', async () => {
    const host = await user(t, 'HOST');
    const meeting = await createMeeting(t, host.token);
    const site = await siteToken(t, host.token, (await connectionPoint(t, host.token, meeting.id)).id);
    const result = await t.gql(
      'mutation($id: ID!) { startMeeting(id: $id) { id } }',
      { id: meeting.id },
      site,
    );
    expectError(result, 'FORBIDDEN');
  });
});
