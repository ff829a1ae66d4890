import { randomUUID } from 'node:crypto';
import { TestServer, expectError, startTestServer } from '../support/server';
import { meeting as createMeeting } from '../support/factories';
import { readMeeting } from '../support/meetings';

describe('meetings: requires authentication', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const id = randomUUID();
  const operations: [string, string, Record<string, unknown>][] = [
    ['meeting', 'query($id: ID!) { meeting(id: $id) { id } }', { id }],
    ['meetings', '{ meetings { totalCount } }', {}],
    [
      'createMeeting',
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { title: 'Giao ban', kind: 'WEEKLY_BRIEFING', format: 'ONLINE' } },
    ],
    [
      'updateMeeting',
      'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
      { input: { id, version: 1, title: 'Giao ban' } },
    ],
    ...[
      'scheduleMeeting',
      'startMeeting',
      'pauseMeeting',
      'resumeMeeting',
      'endMeeting',
      'cancelMeeting',
    ].map((name): [string, string, Record<string, unknown>] => [
      name,
      `mutation($id: ID!) { ${name}(id: $id) { id } }`,
      { id },
    ]),
    ...['addMeetingHost', 'removeMeetingHost'].map((name): [string, string, Record<string, unknown>] => [
      name,
      `mutation($m: ID!, $u: ID!) { ${name}(meetingId: $m, userId: $u) { id } }`,
      { m: id, u: randomUUID() },
    ]),
  ];

  it.each(operations)('%s refuses a request without a token', async (_name, query, variables) => {
    expectError(await t.gql(query, variables), 'UNAUTHENTICATED');
  });

  it('changes nothing for a request without a token', async () => {
    const meeting = await createMeeting(t, await t.adminToken());
    expectError(
      await t.gql('mutation($id: ID!) { startMeeting(id: $id) { id } }', { id: meeting.id }),
      'UNAUTHENTICATED',
    );
    expect(await readMeeting(t, meeting.id)).toEqual(meeting);
  });
});
