import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, queuedSpeech } from '../support/factories';
import { OPS, storedEvents } from '../support/agenda';
import { closeLiveActivity } from '../../server/agenda/live-activity';
import { MeetingService } from '../../server/meetings/meeting.service';

/** endMeeting with the agenda's ending step, as the composition root wires it. */
describe('ending a meeting closes its active item and the speech on: closeLiveActivity', () => {
  let t: TestServer;
  let meetings: MeetingService;
  const clock = new TestClock();
  beforeAll(async () => {
    t = await startTestServer({ clock });
    meetings = new MeetingService(t.server.services.db, t.server.services.commands, {
      end: [closeLiveActivity],
    });
  });
  afterAll(() => t.close());

  const end = async (m: Conference) =>
    meetings.end(await t.server.services.auth.actorOf(m.host), m.meetingId);

  it('requires authentication', async () => {
    const m = await conference(t, { sites: 0 });
    expectError(await t.gql(OPS.lifecycle('endMeeting'), { id: m.meetingId }), 'UNAUTHENTICATED');
  });

  it('ends the speech and completes the item in the ending command, before MEETING_ENDED', async () => {
    const m = await conference(t, { sites: 1 });
    const item = await agendaItem(t, m);
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    const speech = await queuedSpeech(t, m, m.sites[0], item.id);
    await t.ok(OPS.startSpeech, { id: speech.id }, m.host);
    clock.advance(47);
    const before = (await storedEvents(t, m)).length;
    await end(m);
    const events = await storedEvents(t, m);
    expect(events.slice(before).map((e) => [e.seq, e.type, e.subjectId])).toEqual([
      [before + 1, 'SPEECH_ENDED', speech.id],
      [before + 2, 'AGENDA_ITEM_COMPLETED', item.id],
      [before + 3, 'MEETING_ENDED', m.meetingId],
    ]);
    const record = (
      await t.ok(
        'query($id: ID!) { meeting(id: $id) { status currentSpeech { id } currentAgendaItem { id } agenda { status endedAt speeches { status spokenSeconds } } } }',
        { id: m.meetingId },
        m.host,
      )
    ).meeting;
    expect(record).toMatchObject({
      status: 'ENDED',
      currentSpeech: null,
      currentAgendaItem: null,
      agenda: [
        {
          status: 'DONE',
          endedAt: clock.now().toISOString(),
          speeches: [{ status: 'DONE', spokenSeconds: 47 }],
        },
      ],
    });
  });

  it('adds nothing when nothing runs', async () => {
    const m = await conference(t, { sites: 0 });
    await agendaItem(t, m);
    const before = (await storedEvents(t, m)).length;
    await end(m);
    expect((await storedEvents(t, m)).slice(before).map((e) => e.type)).toEqual(['MEETING_ENDED']);
  });
});
