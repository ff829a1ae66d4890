import { hostedMeeting, lifecycle, webhook } from '../support/factories';
import { expectError, restartServer, startTestServer, TestServer } from '../support/server';
import { WEBHOOK_TEST_ENV, WebhookReceiver } from '../support/webhook-receiver';
import { until } from '../support/live';

const STATUS = `{ webhooks { id deliveries { meetingId deliveredSeq attempts lastStatusCode lastError nextAttemptAt } } }`;
const REDELIVER =
  'mutation($id: ID!, $seq: Int!) { redeliverWebhookEvent(webhookId: $id, seq: $seq) { deliveredSeq } }';

/** Event types chosen, delivery status, redelivery, and the SSRF guard at delivery time. */
describe('webhook delivery status and redelivery', () => {
  let t: TestServer;
  const receiver = new WebhookReceiver();
  beforeAll(async () => {
    await receiver.start();
    t = await startTestServer({ env: WEBHOOK_TEST_ENV });
  });
  afterAll(async () => {
    await t?.close();
    await receiver.close();
  });

  const status = async (token: string, id: string) =>
    (await t.ok(STATUS, {}, token)).webhooks.find((w: { id: string }) => w.id === id).deliveries;

  it('delivers only the event types asked for, says how far it got, and delivers again on request', async () => {
    const m = await hostedMeeting(t);
    const hook = await webhook(
      t,
      m.host,
      { meetingId: m.meetingId },
      { url: receiver.url, eventTypes: ['MEETING_STARTED', 'MEETING_ENDED'] },
    );
    await lifecycle(t, m.host, m.meetingId, 'start', 'end');
    const mine = () => receiver.deliveries.filter((d) => d.body.data.meetingId === m.meetingId);
    await receiver.until(() => mine().length === 2);
    expect(mine().map((d) => d.body.type)).toEqual(['MEETING_STARTED', 'MEETING_ENDED']);
    const [started, ended] = mine().map((d) => d.body.data.seq);

    // The receiver has the request before the dispatcher has the answer and records it.
    await until(
      async () => (await status(m.host, hook.id))[0]?.deliveredSeq === ended,
      'the last delivery recorded',
    );
    const [delivery] = await status(m.host, hook.id);
    expect(delivery).toMatchObject({
      meetingId: m.meetingId,
      deliveredSeq: ended,
      attempts: 0,
      lastStatusCode: 204,
    });

    const { redeliverWebhookEvent } = await t.ok(REDELIVER, { id: hook.id, seq: started }, m.host);
    expect(redeliverWebhookEvent.deliveredSeq).toBe(started - 1);
    await receiver.until(() => mine().length === 4);
    // The same message again (same webhook-id, for the receiver to drop), and the ones after it.
    expect(mine().map((d) => d.id)).toEqual([...mine().slice(0, 2), ...mine().slice(0, 2)].map((d) => d.id));
    expectError(await t.gql(REDELIVER, { id: hook.id, seq: ended + 100 }, m.host), 'BAD_USER_INPUT', 'seq');
  });

  it('refuses at delivery a name that resolves to a loopback address once the guard is on', async () => {
    // A server of its own, restarted with the guard on: the other test's server keeps its settings.
    const guarded = await startTestServer({ env: WEBHOOK_TEST_ENV });
    const m = await hostedMeeting(guarded);
    const url = receiver.url.replace('127.0.0.1', 'localhost');
    const hook = await webhook(guarded, m.host, { meetingId: m.meetingId }, { url });
    const restarted = await restartServer(guarded, guarded.server, {
      ...WEBHOOK_TEST_ENV,
      WEBHOOK_ALLOW_PRIVATE: 'false',
    });
    try {
      await lifecycle(guarded, m.host, m.meetingId, 'start');
      let delivery: Record<string, any> | undefined;
      while (!(delivery?.attempts > 0)) {
        [delivery] = (await guarded.ok(STATUS, {}, m.host)).webhooks.find(
          (w: { id: string }) => w.id === hook.id,
        ).deliveries;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(delivery).toMatchObject({
        lastStatusCode: null,
        lastError: expect.stringMatching(/private address \(127\.0\.0\.1\)/),
      });
      expect(
        receiver.deliveries.filter(
          (d) => d.body.data.meetingId === m.meetingId && d.body.type === 'MEETING_STARTED',
        ),
      ).toEqual([]);
    } finally {
      await restarted.close();
      await guarded.close();
    }
  });
});
