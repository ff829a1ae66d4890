import { TestClock } from '../support/instruments';
import { startTestServer, TestServer } from '../support/server';
import { OPS } from '../support/agenda';
import { Conference, agendaItem, conference, queuedSpeech } from '../support/factories';

const CLOCK = `query($id: ID!) {
  meeting(id: $id) { currentSpeech { id elapsedSeconds remainingSeconds } }
  liveMeeting(meetingId: $id) { currentSpeech { id elapsedSeconds remainingSeconds } } }`;

/** A pause of the meeting stops the clock of the speech on: what was spoken leaves the pause out. */
describe("pauseMeeting stops the speech's clock", () => {
  let t: TestServer;
  const clock = new TestClock();
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  const lifecycle = (m: Conference, name: 'pauseMeeting' | 'resumeMeeting' | 'endMeeting') =>
    t.ok(OPS.lifecycle(name), { id: m.meetingId }, m.host);

  /** A CONTRIBUTION (600 s) started now, with the meeting LIVE. */
  async function speaking() {
    const m = await conference(t, { sites: 1 });
    const item = await agendaItem(t, m);
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    const speech = await queuedSpeech(t, m, m.sites[0], item.id);
    await t.ok(OPS.startSpeech, { id: speech.id }, m.host);
    return { m, speech };
  }

  const clockOf = async (m: Conference) => {
    const data = await t.ok(CLOCK, { id: m.meetingId }, m.sites[0].token);
    expect(data.liveMeeting.currentSpeech).toEqual(data.meeting.currentSpeech);
    return data.meeting.currentSpeech;
  };

  it('holds elapsed and remaining seconds while paused, and runs them again on resume', async () => {
    const { m, speech } = await speaking();
    clock.advance(60);
    expect(await clockOf(m)).toEqual({ id: speech.id, elapsedSeconds: 60, remainingSeconds: 540 });
    await lifecycle(m, 'pauseMeeting');
    clock.advance(300);
    expect(await clockOf(m)).toEqual({ id: speech.id, elapsedSeconds: 60, remainingSeconds: 540 });
    await lifecycle(m, 'resumeMeeting');
    clock.advance(30);
    expect(await clockOf(m)).toEqual({ id: speech.id, elapsedSeconds: 90, remainingSeconds: 510 });
    clock.advance(600);
    expect(await clockOf(m)).toMatchObject({ elapsedSeconds: 690, remainingSeconds: -90 });
    const { endSpeech } = await t.ok(OPS.endSpeech, { id: speech.id }, m.host);
    expect(endSpeech.spokenSeconds).toBe(690);
  });

  it('leaves out a pause the speech is ended in', async () => {
    const { m, speech } = await speaking();
    clock.advance(45);
    await lifecycle(m, 'pauseMeeting');
    clock.advance(120);
    const { endSpeech } = await t.ok(OPS.endSpeech, { id: speech.id }, m.host);
    expect(endSpeech.spokenSeconds).toBe(45);
  });

  it('leaves out every pause when the meeting ends during one', async () => {
    const { m, speech } = await speaking();
    clock.advance(20);
    await lifecycle(m, 'pauseMeeting');
    clock.advance(100);
    await lifecycle(m, 'resumeMeeting');
    clock.advance(10);
    await lifecycle(m, 'pauseMeeting');
    clock.advance(100);
    await lifecycle(m, 'endMeeting');
    const data = await t.ok(
      'query($id: ID!) { meeting(id: $id) { agenda { speeches { id spokenSeconds elapsedSeconds } } } }',
      { id: m.meetingId },
      m.host,
    );
    const ended = data.meeting.agenda.flatMap((a: any) => a.speeches).find((s: any) => s.id === speech.id);
    expect(ended).toEqual({ id: speech.id, spokenSeconds: 30, elapsedSeconds: 30 });
  });
});
