import { TestServer, startTestServer } from '../support/server';
import { meeting as createMeeting, user } from '../support/factories';
import { UPDATE_MEETING, readMeeting } from '../support/meetings';

describe('updateMeeting under concurrency: one version, one winner', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('lets exactly one of 10 simultaneous updates with the same version win', async () => {
    const host = await user(t, 'HOST');
    const meeting = await createMeeting(t, host.token);
    const titles = Array.from({ length: 10 }, (_, i) => `Giao ban tuần thứ ${i + 1} – bản sửa đồng thời`);
    const results = await Promise.all(
      titles.map((title) =>
        t.gql(UPDATE_MEETING, { input: { id: meeting.id, version: 1, title } }, host.token),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors![0].extensions?.code)).toEqual(Array(9).fill('CONFLICT'));
    expect(losers.every((r) => r.errors![0].extensions?.current.version === 2)).toBe(true);

    const after = await readMeeting(t, meeting.id);
    expect(after).toEqual(winners[0].data!.updateMeeting);
    expect(after).toMatchObject({ version: 2, lastEventSeq: 2 });
    expect(titles).toContain(after.title);
  });
});
