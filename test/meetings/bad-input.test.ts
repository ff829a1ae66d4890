import { randomUUID } from 'node:crypto';
import { TestServer, expectError, startTestServer } from '../support/server';
import { CREATE_MEETING, meeting as createMeeting, user } from '../support/factories';
import { UPDATE_MEETING, readMeeting } from '../support/meetings';

const VALID = { title: 'Hội nghị tập huấn nghiệp vụ', kind: 'TRAINING', format: 'HYBRID' };

describe('meetings: bad input is refused with its field, and nothing changes', () => {
  let t: TestServer;
  let host: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestServer();
    host = await user(t, 'HOST');
  });
  afterAll(() => t.close());

  const count = async () => (await t.ok('{ meetings { totalCount } }', {}, host.token)).meetings.totalCount;

  it.each([
    ['blank title', { title: '   ' }, 'input.title'],
    ['oversized title', { title: 'Đ'.repeat(501) }, 'input.title'],
    ['blank plan reference', { planReference: ' ' }, 'input.planReference'],
    [
      'reversed time range',
      { scheduledStart: '2022-01-02T00:00:00Z', scheduledEnd: '2022-01-01T00:00:00Z' },
      'input.scheduledEnd',
    ],
    [
      'empty time range',
      { scheduledStart: '2022-01-01T00:00:00Z', scheduledEnd: '2022-01-01T00:00:00Z' },
      'input.scheduledEnd',
    ],
    ['malformed unit id', { organizerId: 'phong-1' }, 'input.organizerId'],
    ['unknown unit id', { hostUnitId: randomUUID() }, 'input.hostUnitId'],
    ['malformed host id', { hostUserIds: ['x'] }, 'input.hostUserIds'],
    ['unknown host', { hostUserIds: [randomUUID()] }, 'input.hostUserIds'],
  ])('createMeeting refuses a %s', async (_case, change, field) => {
    const before = await count();
    expectError(
      await t.gql(CREATE_MEETING, { input: { ...VALID, ...change } }, host.token),
      'BAD_USER_INPUT',
      field,
    );
    expect(await count()).toBe(before);
  });

  it('createMeeting refuses a host who is not a HOST or ADMIN user', async () => {
    const viewer = await user(t, 'VIEWER');
    const before = await count();
    const result = await t.gql(CREATE_MEETING, { input: { ...VALID, hostUserIds: [viewer.id] } }, host.token);
    expectError(result, 'BAD_USER_INPUT', 'input.hostUserIds');
    expect(await count()).toBe(before);
  });

  it.each([
    ['kind', { kind: 'GIAO_BAN' }],
    ['format', { format: 'VIDEO' }],
  ])('createMeeting refuses an unknown %s', async (_case, change) => {
    const before = await count();
    expectError(
      await t.gql(CREATE_MEETING, { input: { ...VALID, ...change } }, host.token),
      'BAD_USER_INPUT',
    );
    expect(await count()).toBe(before);
  });

  it.each([
    ['blank title', { title: '' }, 'input.title'],
    ['cleared title', { title: null }, 'input.title'],
    ['cleared kind', { kind: null }, 'input.kind'],
    ['cleared format', { format: null }, 'input.format'],
    ['oversized description', { description: 'x'.repeat(10001) }, 'input.description'],
    [
      'reversed time range',
      { scheduledStart: '2022-01-02T00:00:00Z', scheduledEnd: '2022-01-01T00:00:00Z' },
      'input.scheduledEnd',
    ],
    ['unknown unit id', { organizerId: randomUUID() }, 'input.organizerId'],
  ])('updateMeeting refuses a %s', async (_case, change, field) => {
    const meeting = await createMeeting(t, host.token, VALID);
    const result = await t.gql(
      UPDATE_MEETING,
      { input: { id: meeting.id, version: 1, ...change } },
      host.token,
    );
    expectError(result, 'BAD_USER_INPUT', field);
    expect(await readMeeting(t, meeting.id)).toEqual(meeting);
  });

  it('tells a malformed id (BAD_USER_INPUT) from an unknown one (NOT_FOUND)', async () => {
    const read = 'query($id: ID!) { meeting(id: $id) { id } }';
    expectError(await t.gql(read, { id: 'không-phải-id' }, host.token), 'BAD_USER_INPUT', 'id');
    expectError(await t.gql(read, { id: randomUUID() }, host.token), 'NOT_FOUND');
    const start = 'mutation($id: ID!) { startMeeting(id: $id) { id } }';
    expectError(await t.gql(start, { id: '42' }, host.token), 'BAD_USER_INPUT', 'id');
    expectError(await t.gql(start, { id: randomUUID() }, host.token), 'NOT_FOUND');
    const update = { version: 1, title: 'Sửa' };
    expectError(
      await t.gql(UPDATE_MEETING, { input: { id: '42', ...update } }, host.token),
      'BAD_USER_INPUT',
      'input.id',
    );
    expectError(
      await t.gql(UPDATE_MEETING, { input: { id: randomUUID(), ...update } }, host.token),
      'NOT_FOUND',
    );
  });

  it('refuses a blank or oversized cancellation reason', async () => {
    const meeting = await createMeeting(t, host.token, VALID);
    const cancel = 'mutation($id: ID!, $r: String) { cancelMeeting(id: $id, reason: $r) { id } }';
    expectError(await t.gql(cancel, { id: meeting.id, r: '  ' }, host.token), 'BAD_USER_INPUT', 'reason');
    expectError(
      await t.gql(cancel, { id: meeting.id, r: 'x'.repeat(1001) }, host.token),
      'BAD_USER_INPUT',
      'reason',
    );
    expect(await readMeeting(t, meeting.id)).toEqual(meeting);
  });
});
