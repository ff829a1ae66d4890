import { TestServer, expectError, startTestServer } from '../support/server';
import { Account, LIFECYCLE_MUTATIONS, meeting as createMeeting, unit, user } from '../support/factories';
import { UPDATE_MEETING, readMeeting } from '../support/meetings';

describe('meetings: who may change a meeting', () => {
  let t: TestServer;
  let host: Account;
  let otherHost: Account;
  let viewer: Account;
  /** Organizes the meetings here: the three users' unit is above it, so they all see them. */
  let organizerId: string;
  beforeAll(async () => {
    t = await startTestServer();
    organizerId = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL' });
    [host, otherHost, viewer] = [await user(t, 'HOST'), await user(t, 'HOST'), await user(t, 'VIEWER')];
  });
  afterAll(() => t.close());

  const changes = (id: string, userId: string): [string, string, Record<string, unknown>][] => [
    ['updateMeeting', UPDATE_MEETING, { input: { id, version: 1, title: 'Chiếm quyền' } }],
    ...Object.values(LIFECYCLE_MUTATIONS).map((name): [string, string, Record<string, unknown>] => [
      name,
      `mutation($id: ID!) { ${name}(id: $id) { id } }`,
      { id },
    ]),
    ...['addMeetingHost', 'removeMeetingHost'].map((name): [string, string, Record<string, unknown>] => [
      name,
      `mutation($m: ID!, $u: ID!) { ${name}(meetingId: $m, userId: $u) { id } }`,
      { m: id, u: userId },
    ]),
  ];

  it.each([
    ['a HOST who does not host the meeting', () => otherHost],
    ['a VIEWER', () => viewer],
  ])('refuses every change by %s (FORBIDDEN), and nothing changes', async (_who, who) => {
    const meeting = await createMeeting(t, host.token, { organizerId });
    for (const [name, query, variables] of changes(meeting.id, host.id)) {
      const result = await t.gql(query, variables, who().token);
      expect([name, result.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
    expect(await readMeeting(t, meeting.id)).toEqual(meeting);
  });

  it('lets a VIEWER read but not create', async () => {
    const meeting = await createMeeting(t, host.token, { organizerId });
    expect(await readMeeting(t, meeting.id, viewer.token)).toEqual(meeting);
    const result = await t.gql(
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { title: 'Giao ban', kind: 'WEEKLY_BRIEFING', format: 'ONLINE' } },
      viewer.token,
    );
    expectError(result, 'FORBIDDEN');
  });

  it('lets an ADMIN change a meeting it does not host', async () => {
    const meeting = await createMeeting(t, host.token);
    const data = await t.ok(
      'mutation($id: ID!) { scheduleMeeting(id: $id) { status } }',
      { id: meeting.id },
      await t.adminToken(),
    );
    expect(data.scheduleMeeting.status).toBe('SCHEDULED');
  });
});
