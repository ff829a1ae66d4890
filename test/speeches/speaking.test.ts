import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import {
  Conference,
  agendaItem,
  conference,
  lastEventSeq,
  queuedSpeech,
  requestedSpeech,
} from '../support/factories';
import { OPS, storedEvents } from '../support/agenda';

describe('giving the floor: startSpeech, endSpeech', () => {
  let t: TestServer;
  let m: Conference;
  let itemId: string;
  const clock = new TestClock();
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  // A fresh meeting per test: tests run alone and in any order.
  beforeEach(async () => {
    m = await conference(t, { sites: 3 });
    itemId = (await agendaItem(t, m)).id;
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const speech = await requestedSpeech(t, m.sites[0], itemId);
    expectError(await t.gql(OPS.startSpeech, { id: speech.id }), 'UNAUTHENTICATED');
    expectError(await t.gql(OPS.endSpeech, { id: speech.id }), 'UNAUTHENTICATED');
    await t.ok(OPS.withdraw, { id: speech.id }, m.host);
  });

  it('gives the floor only within the active agenda item', async () => {
    const speech = await queuedSpeech(t, m, m.sites[0], itemId);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const refused = expectError(await t.gql(OPS.startSpeech, { id: speech.id }, m.host), 'CONFLICT');
    expect(refused.extensions!.current).toMatchObject({
      id: speech.id,
      status: 'QUEUED',
      agendaItem: { id: itemId, status: 'PENDING' },
    });
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
    await t.ok(OPS.startItem, { id: itemId }, m.host);
  });

  /** The item started, with a site's hand queued on it. */
  const liveItemWithQueue = async () => {
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    return (await queuedSpeech(t, m, m.sites[0], itemId)).id as string;
  };

  it('starts a queued speech, takes it out of the queue, and ends it with the whole seconds spoken', async () => {
    const [first, second] = [await liveItemWithQueue(), (await queuedSpeech(t, m, m.sites[1], itemId)).id];
    const startedAt = clock.now().toISOString();
    const started = (await t.ok(OPS.startSpeech, { id: first }, m.host)).startSpeech;
    expect(started).toMatchObject({ status: 'SPEAKING', startedAt, queuePosition: null });
    const live = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting;
    expect(live.currentSpeech).toMatchObject({ id: first, startedAt, timeLimitSeconds: 600 });
    expect(live.currentSpeech.connectionPoint.name).toBe(m.sites[0].name);
    expect(live.speakerQueue).toEqual([
      { id: second, queuePosition: 1, connectionPoint: { name: m.sites[1].name } },
    ]);

    clock.advance(312.9);
    const ended = (await t.ok(OPS.endSpeech, { id: first }, m.host)).endSpeech;
    expect(ended).toMatchObject({
      status: 'DONE',
      startedAt,
      endedAt: clock.now().toISOString(),
      spokenSeconds: 312,
    });
    const events = (await storedEvents(t, m)).slice(-2).map((e) => [e.type, e.subjectId]);
    expect(events).toEqual([
      ['SPEECH_STARTED', first],
      ['SPEECH_ENDED', first],
    ]);
    expect((await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.currentSpeech).toBeNull();
  });

  it('lets one speech be on at a time, refusing another with the current one', async () => {
    const on = await liveItemWithQueue();
    await t.ok(OPS.startSpeech, { id: on }, m.host);
    // A raised hand may be called at once, skipping the queue — but not while someone speaks.
    const hand = await requestedSpeech(t, m.sites[2], itemId);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const refused = expectError(await t.gql(OPS.startSpeech, { id: hand.id }, m.host), 'CONFLICT');
    expect(refused.extensions!.current).toMatchObject({
      id: hand.id,
      currentSpeech: { id: on, status: 'SPEAKING' },
    });
    // Started twice: refused, nothing written.
    const twice = expectError(await t.gql(OPS.startSpeech, { id: on }, m.host), 'CONFLICT');
    expect(twice.extensions!.current).toMatchObject({ id: on, status: 'SPEAKING' });
    expectError(await t.gql(OPS.endSpeech, { id: hand.id }, m.host), 'CONFLICT');
    expectError(await t.gql(OPS.startSpeech, { id: hand.id }, m.sites[2].token), 'FORBIDDEN');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);

    await t.ok(OPS.endSpeech, { id: on }, m.host);
    expectError(await t.gql(OPS.endSpeech, { id: on }, m.host), 'CONFLICT');
    expect((await t.ok(OPS.startSpeech, { id: hand.id }, m.host)).startSpeech.status).toBe('SPEAKING');
    await t.ok(OPS.endSpeech, { id: hand.id }, m.host);
  });
});
