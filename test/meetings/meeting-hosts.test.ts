import { randomUUID } from 'node:crypto';
import { TestServer, expectError, startTestServer } from '../support/server';
import { Account, meeting as createMeeting, unit, user } from '../support/factories';
import { readMeeting } from '../support/meetings';

const ADD =
  'mutation($m: ID!, $u: ID!) { addMeetingHost(meetingId: $m, userId: $u) { id lastEventSeq hosts { id } } }';
const REMOVE =
  'mutation($m: ID!, $u: ID!) { removeMeetingHost(meetingId: $m, userId: $u) { id lastEventSeq hosts { id } } }';

describe('meeting hosts: added and removed by hosts, never the last one', () => {
  let t: TestServer;
  let host: Account;
  let colleague: Account;
  beforeAll(async () => {
    t = await startTestServer();
    [host, colleague] = [await user(t, 'HOST'), await user(t, 'HOST')];
  });
  afterAll(() => t.close());

  const hostIds = async (id: string) =>
    (await t.ok('query($id: ID!) { meeting(id: $id) { hosts { id } } }', { id }, host.token)).meeting.hosts
      .map((h: { id: string }) => h.id)
      .sort();

  it('lets a host add a colleague, who may then change the meeting and remove the first host', async () => {
    // Organized in the first host's province: removed as a host, they still see it.
    const meeting = await createMeeting(t, host.token, {
      organizerId: await unit(t, 'VKSND tỉnh Bình Định', { level: 'PROVINCIAL' }),
    });
    const added = await t.ok(ADD, { m: meeting.id, u: colleague.id }, host.token);
    expect(added.addMeetingHost.lastEventSeq).toBe(2);
    expect(await hostIds(meeting.id)).toEqual([host.id, colleague.id].sort());

    await t.ok('mutation($id: ID!) { scheduleMeeting(id: $id) { id } }', { id: meeting.id }, colleague.token);
    const removed = await t.ok(REMOVE, { m: meeting.id, u: host.id }, colleague.token);
    expect(removed.removeMeetingHost).toEqual({
      id: meeting.id,
      lastEventSeq: 4,
      hosts: [{ id: colleague.id }],
    });
    expectError(
      await t.gql('mutation($id: ID!) { startMeeting(id: $id) { id } }', { id: meeting.id }, host.token),
      'FORBIDDEN',
    );
  });

  it('refuses to remove the last host (CONFLICT), and nothing changes', async () => {
    const meeting = await createMeeting(t, host.token);
    const error = expectError(await t.gql(REMOVE, { m: meeting.id, u: host.id }, host.token), 'CONFLICT');
    expect(error.extensions?.current.hostIds).toEqual([host.id]);
    expect(await hostIds(meeting.id)).toEqual([host.id]);
    expect(await readMeeting(t, meeting.id)).toEqual(meeting);
  });

  it('refuses a host twice, a user who cannot host, an unknown user and a non-host removal', async () => {
    const meeting = await createMeeting(t, host.token);
    const viewer = await user(t, 'VIEWER');
    expectError(await t.gql(ADD, { m: meeting.id, u: host.id }, host.token), 'CONFLICT');
    expectError(await t.gql(ADD, { m: meeting.id, u: viewer.id }, host.token), 'BAD_USER_INPUT', 'userId');
    expectError(await t.gql(ADD, { m: meeting.id, u: 'x' }, host.token), 'BAD_USER_INPUT', 'userId');
    expectError(await t.gql(ADD, { m: 'x', u: colleague.id }, host.token), 'BAD_USER_INPUT', 'meetingId');
    expectError(await t.gql(ADD, { m: meeting.id, u: randomUUID() }, host.token), 'NOT_FOUND');
    expectError(await t.gql(REMOVE, { m: meeting.id, u: colleague.id }, host.token), 'NOT_FOUND');
    expect(await hostIds(meeting.id)).toEqual([host.id]);
    expect(await readMeeting(t, meeting.id)).toEqual(meeting);
  });
});
