import WebSocket from 'ws';
import { createClient, LiveMeetingDocument } from '../../client-sdk/src';
import { TestClock } from '../support/instruments';
import { startTestServer, TestServer } from '../support/server';
import { OPS } from '../support/agenda';
import { agendaItem, conference, queuedSpeech } from '../support/factories';
import { DRAFT } from '../support/conclusions';

/**
 * What the SDK's LiveMeeting selection gives a screen: the snapshot's key, the conclusion, the name
 * to show for each speaker and the speech's clock as the server keeps it.
 */
describe("the SDK's LiveMeeting: key, conclusion, speaker names and the speech's clock", () => {
  let t: TestServer;
  const clock = new TestClock();
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('gives what a screen shows without computing it', async () => {
    const m = await conference(t, { sites: 2 });
    const item = await agendaItem(t, m);
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    const speech = await queuedSpeech(t, m, m.sites[0], item.id);
    await queuedSpeech(t, m, m.sites[1], item.id);
    await t.ok(OPS.startSpeech, { id: speech.id }, m.host);
    await t.ok(DRAFT, { input: { meetingId: m.meetingId, text: 'Dự thảo kết luận' } }, m.host);
    clock.advance(100);
    await t.ok(OPS.lifecycle('pauseMeeting'), { id: m.meetingId }, m.host);
    clock.advance(50);

    const site = createClient({ url: t.url, webSocketImpl: WebSocket, token: m.sites[0].token });
    const { liveMeeting: screen } = await site.request(LiveMeetingDocument, { meetingId: m.meetingId });
    expect(screen.id).toBe(m.meetingId);
    expect(screen.conclusion).toEqual({ status: 'DRAFT', text: null });
    expect(screen.currentSpeech).toMatchObject({
      displayName: m.sites[0].name,
      elapsedSeconds: 100,
      remainingSeconds: 500,
    });
    expect(screen.speakerQueue.map((s) => s.displayName)).toEqual([m.sites[1].name]);
    site.close();
  });
});
