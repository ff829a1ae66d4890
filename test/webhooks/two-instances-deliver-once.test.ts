import { RunningServer } from '../../server/http/server';
import { connectionPoint, hostedMeeting, lifecycle, participant, webhook } from '../support/factories';
import { describeScaleOut } from '../support/processes';
import { anotherInstance, startTestServer, TestServer } from '../support/server';
import { WEBHOOK_TEST_ENV, WebhookReceiver } from '../support/webhook-receiver';

/**
 * Two instances on one MySQL/MariaDB database both poll the log for the same webhook: the lease on
 * the meeting's delivery row lets one at a time deliver, so the receiver gets each event once.
 */
describeScaleOut('webhook deliveries with two instances', () => {
  let t: TestServer;
  let other: RunningServer;
  const receiver = new WebhookReceiver();
  beforeAll(async () => {
    await receiver.start();
    t = await startTestServer({ env: WEBHOOK_TEST_ENV });
    other = await anotherInstance(t, WEBHOOK_TEST_ENV);
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
    await receiver.close();
  });

  it('delivers each event once, in seq order', async () => {
    const m = await hostedMeeting(t);
    await webhook(t, m.host, { meetingId: m.meetingId }, { url: receiver.url });
    for (const name of ['VKSND huyện Bình Sơn', 'VKSND huyện Sơn Tịnh', 'VKSND huyện Tư Nghĩa']) {
      const site = await connectionPoint(t, m.host, m.meetingId, { name });
      await participant(t, m.host, m.meetingId, site.id);
    }
    await lifecycle(t, m.host, m.meetingId, 'start', 'pause', 'resume', 'end');
    const last = (
      await t.ok('query($id: ID!) { meeting(id: $id) { lastEventSeq } }', { id: m.meetingId }, m.host)
    ).meeting.lastEventSeq;
    await receiver.until(() => receiver.accepted().includes(last));
    expect(receiver.deliveries.map((d) => d.body.data.seq)).toEqual(
      Array.from({ length: last }, (_, i) => i + 1),
    );
  });
});
