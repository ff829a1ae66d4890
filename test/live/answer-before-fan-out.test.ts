import { ParticipantRole } from '../../server/participants/participant.entity';
import { TestServer, startTestServer } from '../support/server';
import { EVENTS, addDelegate, connectedClient, record } from '../support/live';
import { meetingWithSite } from '../support/factories';
import { describeBackends } from '../support/redis';

/**
 * A command is answered before its fan-out: the bus hands a committed event to the meeting's
 * listeners (streams, the live screen) only in the next turn of the event loop, after the command's
 * caller has its answer. The screens still get the event.
 */
describeBackends('a command and its fan-out', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: backend.env });
  });
  afterAll(() => t.close());

  it("answers the command's caller before any listener of the meeting is handed the event", async () => {
    const { host, meetingId, siteId } = await meetingWithSite(t);
    const screen = record(await connectedClient(t, host), EVENTS, { meetingId });
    const { services } = t.server;
    const order: string[] = [];
    const stop = services.bus.subscribe(meetingId, (e) => order.push(`event ${e.seq} handed out`));
    // A subscription is attached once an event made after it reaches it.
    for (let n = 0; screen.values.length === 0; n++) {
      await addDelegate(t, host, meetingId, siteId, n);
      await new Promise((r) => setTimeout(r, 20));
    }
    order.length = 0;

    const added = services.participants
      .add(await services.auth.actorOf(host), {
        meetingId,
        connectionPointId: siteId,
        name: 'Đại biểu Nguyễn Văn An',
        role: ParticipantRole.DELEGATE,
      })
      .then(() => order.push('command answered'));
    await added;
    const seq = screen.values.at(-1).seq + 1;
    await screen.find((e) => e.seq === seq);
    expect(order).toEqual(['command answered', `event ${seq} handed out`]);
    stop();
    screen.stop();
  });
});
