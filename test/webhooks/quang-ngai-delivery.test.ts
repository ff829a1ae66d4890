import { RunningServer } from '../../server/http/server';
import { LiveMeetingRun } from '../../scripts/demo/live-meeting';
import { lastEventSeq, seededRun } from '../support/sdk';
import { restartServer, TestServer } from '../support/server';
import { WEBHOOK_SECRET } from '../support/factories';
import { WEBHOOK_TEST_ENV, WebhookReceiver } from '../support/webhook-receiver';

/**
 * A receiver registered for the Quảng Ngãi 2022 meeting gets every event of its log once per seq,
 * in order, signed, although it refuses its first three deliveries and the server restarts while
 * deliveries are pending.
 */
describe('webhook deliveries of the Quảng Ngãi meeting, across a restart', () => {
  jest.setTimeout(300_000);
  let t: TestServer;
  let run: LiveMeetingRun;
  let server: RunningServer;
  const receiver = new WebhookReceiver(3);
  let last: number;
  let pendingAtRestart: number;

  beforeAll(async () => {
    await receiver.start();
    ({ t, run } = await seededRun('quang-ngai-2022-04-28', WEBHOOK_TEST_ENV));
    server = t.server;
    await run.host.mutate.createWebhook({
      input: { url: receiver.url, meetingId: run.meetingId, secret: WEBHOOK_SECRET },
    });
    await run.joinSites();
    await run.run({
      speechMs: 5,
      checkpoint: async (step) => {
        if (step !== 'after REPORT') return;
        // The receiver fails from here: deliveries are pending when the server goes down.
        receiver.failing = true;
        const failedSoFar = receiver.deliveries.length;
        await receiver.until((d) => d.length > failedSoFar);
        const [webhook] = await run.host.query.webhooks();
        pendingAtRestart = (await lastEventSeq(run)) - webhook.deliveries[0].deliveredSeq;
        server = await restartServer(t, server, WEBHOOK_TEST_ENV);
        receiver.failing = false;
      },
    });
    last = await lastEventSeq(run);
    await receiver.until(() => receiver.accepted().includes(last));
  });
  afterAll(async () => {
    await run?.close();
    await server?.close();
    await t?.close();
    await receiver.close();
  });

  it('restarted the server with deliveries pending, after the receiver refused the first three', () => {
    expect(pendingAtRestart).toBeGreaterThan(0);
    expect(receiver.deliveries.slice(0, 4).map((d) => d.answered)).toEqual([503, 503, 503, 204]);
    expect(receiver.deliveries.slice(0, 4).map((d) => d.body.data.seq)).toEqual([1, 1, 1, 1]);
  });

  it('accepted every event of the log once, in seq order', () => {
    expect(last).toBeGreaterThan(100);
    expect(receiver.accepted()).toEqual(Array.from({ length: last }, (_, i) => i + 1));
  });

  it('got each delivery signed (Standard Webhooks), with the event as the log has it', async () => {
    expect(receiver.deliveries.filter((d) => !d.signatureValid)).toEqual([]);
    const log = await server.services.log.read(run.meetingId, 0, last);
    const types = new Map(log.map((e) => [e.seq, e.type]));
    for (const { id, body } of receiver.deliveries) {
      expect(id).toBe(`evt_${run.meetingId}_${body.data.seq}`);
      expect([body.data.meetingId, body.type]).toEqual([run.meetingId, types.get(body.data.seq)]);
    }
  });
});
