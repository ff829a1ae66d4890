import { TestServer, expectError, startTestServer } from '../support/server';
import { meeting as createMeeting, user } from '../support/factories';
import { UPDATE_MEETING, readMeeting } from '../support/meetings';

describe('updateMeeting with a stale version', () => {
  let t: TestServer;
  let host: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestServer();
    host = await user(t, 'HOST');
  });
  afterAll(() => t.close());

  const update = (input: Record<string, unknown>) => t.gql(UPDATE_MEETING, { input }, host.token);

  it('refuses a stale version with CONFLICT carrying the current one, and writes nothing', async () => {
    const meeting = await createMeeting(t, host.token);
    await update({ id: meeting.id, version: 1, title: 'Lần sửa thứ nhất' });
    const before = await readMeeting(t, meeting.id);
    const error = expectError(await update({ id: meeting.id, version: 1, title: 'Ghi đè' }), 'CONFLICT');
    expect(error.extensions?.current).toEqual({ status: 'DRAFT', version: 2 });
    expect(await readMeeting(t, meeting.id)).toEqual(before);
  });

  it('counts a lifecycle change as a new version', async () => {
    const meeting = await createMeeting(t, host.token);
    await t.ok('mutation($id: ID!) { scheduleMeeting(id: $id) { id } }', { id: meeting.id }, host.token);
    const error = expectError(await update({ id: meeting.id, version: 1, title: 'Sửa' }), 'CONFLICT');
    expect(error.extensions?.current).toEqual({ status: 'SCHEDULED', version: 2 });
  });
});
