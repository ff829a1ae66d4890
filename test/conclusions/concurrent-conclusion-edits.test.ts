import { TestServer, expectError, startTestServer } from '../support/server';
import { record } from '../support/live';
import { UPDATE, concludedMeeting, readConclusion } from '../support/conclusions';
import { user } from '../support/factories';

describe('updateConclusion by several secretaries at once', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const { meetingId, conclusionId } = await concludedMeeting(t);
    expectError(await t.gql(UPDATE, { id: conclusionId, text: 'Sửa', v: 1 }), 'UNAUTHENTICATED');
    expect((await readConclusion(t, meetingId)).conclusion).toMatchObject({ version: 1 });
  });

  it('lets one of many edits of the same version win; the others get CONFLICT with its text', async () => {
    const { host, meetingId, conclusionId } = await concludedMeeting(t);
    const texts = Array.from(
      { length: 8 },
      (_, i) => `Bản sửa số ${i + 1}: đồng chí Trần Quang Minh kết luận…`,
    );
    const results = await Promise.all(
      texts.map((text) => t.gql(UPDATE, { id: conclusionId, text, v: 1 }, host.token)),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const won = winners[0].data!.updateConclusion;
    expect(won).toMatchObject({ version: 2, status: 'DRAFT' });
    for (const lost of results.filter((r) => r.errors)) {
      expect(expectError(lost, 'CONFLICT').extensions?.current).toEqual({
        text: won.text,
        version: 2,
        status: 'DRAFT',
      });
    }
    // The loser merges and saves on the current version.
    const merged = await t.ok(UPDATE, { id: conclusionId, text: `${won.text}\nBổ sung.`, v: 2 }, host.token);
    expect(merged.updateConclusion).toMatchObject({ version: 3, text: `${won.text}\nBổ sung.` });
    expect((await readConclusion(t, meetingId)).conclusion).toMatchObject({ version: 3 });
  });

  it('shows the draft live to the sites as it is edited', async () => {
    const { host, meetingId, conclusionId } = await concludedMeeting(t);
    // From the current seq on: an edit made before the subscription is up is replayed, not missed.
    const { lastEventSeq } = await readConclusion(t, meetingId);
    const events = record(
      t.ws(host.token),
      `subscription($m: ID!, $s: Int) {
        meetingEvents(meetingId: $m, afterSeq: $s) { type subject { ... on ConclusionSnapshot { text version } } } }`,
      { m: meetingId, s: lastEventSeq },
    );
    await t.ok(UPDATE, { id: conclusionId, text: 'Kết luận: nhân rộng đơn vị làm tốt', v: 1 }, host.token);
    const event = await events.find((e) => e.type === 'CONCLUSION_UPDATED');
    expect(event.subject).toEqual({ text: 'Kết luận: nhân rộng đơn vị làm tốt', version: 2 });
    events.stop();
  });

  it('refuses a blank text, a stranger and a viewer, writing nothing', async () => {
    const { meetingId, conclusionId, host } = await concludedMeeting(t);
    const before = await readConclusion(t, meetingId);
    expectError(
      await t.gql(UPDATE, { id: conclusionId, text: ' \n ', v: 1 }, host.token),
      'BAD_USER_INPUT',
      'text',
    );
    expectError(await t.gql(UPDATE, { id: 'x', text: 'Sửa', v: 1 }, host.token), 'BAD_USER_INPUT', 'id');
    expectError(
      await t.gql(UPDATE, { id: conclusionId, text: 'Sửa', v: 1 }, (await user(t, 'VIEWER')).token),
      'FORBIDDEN',
    );
    expectError(
      await t.gql(UPDATE, { id: conclusionId, text: 'Sửa', v: 1 }, (await user(t, 'HOST')).token),
      'FORBIDDEN',
    );
    expect(await readConclusion(t, meetingId)).toEqual(before);
  });
});
