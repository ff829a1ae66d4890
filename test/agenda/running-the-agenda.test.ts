import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, lastEventSeq, queuedSpeech } from '../support/factories';
import { OPS, storedEvents } from '../support/agenda';

describe('running the agenda: startAgendaItem, completeAgendaItem, skipAgendaItem', () => {
  let t: TestServer;
  const clock = new TestClock();
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  const run = (op: 'startItem' | 'completeItem' | 'skipItem', id: string, token: string | null) =>
    t.gql(
      op === 'startItem' ? OPS.startItem : op === 'completeItem' ? OPS.completeItem : OPS.skipItem,
      { id },
      token,
    );

  it('requires authentication', async () => {
    const m = await conference(t, { sites: 0 });
    const item = await agendaItem(t, m);
    for (const op of ['startItem', 'completeItem', 'skipItem'] as const) {
      expectError(await run(op, item.id, null), 'UNAUTHENTICATED');
    }
  });

  it('starts and completes an item with times from the clock, one active at a time', async () => {
    const m = await conference(t, { sites: 0 });
    const opening = await agendaItem(t, m, { title: 'Khai mạc', kind: 'OPENING' });
    const report = await agendaItem(t, m, { title: 'Báo cáo', kind: 'REPORT' });
    const startedAt = clock.now().toISOString();
    const started = (await run('startItem', opening.id, m.host)).data!.startAgendaItem;
    expect(started).toMatchObject({ status: 'ACTIVE', startedAt, endedAt: null });

    const before = await lastEventSeq(t, m.host, m.meetingId);
    const refused = expectError(await run('startItem', report.id, m.host), 'CONFLICT');
    expect(refused.extensions!.current).toMatchObject({
      id: report.id,
      status: 'PENDING',
      activeAgendaItem: { id: opening.id, status: 'ACTIVE', title: 'Khai mạc' },
    });
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);

    clock.advance(600);
    const done = (await run('completeItem', opening.id, m.host)).data!.completeAgendaItem;
    expect(done).toMatchObject({ status: 'DONE', startedAt, endedAt: clock.now().toISOString() });
    expect((await run('startItem', report.id, m.host)).data!.startAgendaItem.status).toBe('ACTIVE');
    const live = await t.ok(OPS.meeting, { id: m.meetingId }, m.host);
    expect(live.meeting.currentAgendaItem).toEqual({ id: report.id, title: 'Báo cáo' });
    const types = (await storedEvents(t, m)).slice(-3).map((e) => [e.type, e.subjectId]);
    expect(types).toEqual([
      ['AGENDA_ITEM_STARTED', opening.id],
      ['AGENDA_ITEM_COMPLETED', opening.id],
      ['AGENDA_ITEM_STARTED', report.id],
    ]);
  });

  it('refuses invalid transitions with CONFLICT and writes no event', async () => {
    const m = await conference(t, { sites: 0 });
    const a = await agendaItem(t, m);
    const b = await agendaItem(t, m);
    await run('startItem', a.id, m.host);
    await run('completeItem', a.id, m.host);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    // A DONE item is the record of what was done: it does not start again.
    expect(expectError(await run('startItem', a.id, m.host), 'CONFLICT').extensions!.current).toMatchObject({
      id: a.id,
      status: 'DONE',
    });
    expectError(await run('completeItem', a.id, m.host), 'CONFLICT');
    expectError(await run('skipItem', a.id, m.host), 'CONFLICT');
    expectError(await run('completeItem', b.id, m.host), 'CONFLICT');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });

  it('skips a pending item, which may still be taken up later', async () => {
    const m = await conference(t, { sites: 0 });
    const item = await agendaItem(t, m);
    expect((await run('skipItem', item.id, m.host)).data!.skipAgendaItem.status).toBe('SKIPPED');
    expectError(await run('skipItem', item.id, m.host), 'CONFLICT');
    expect((await run('startItem', item.id, m.host)).data!.startAgendaItem.status).toBe('ACTIVE');
    expectError(await run('skipItem', item.id, m.host), 'CONFLICT');
  });

  it('completing an item ends the speech that is on, in the same command', async () => {
    const m = await conference(t, { sites: 1 });
    const item = await agendaItem(t, m);
    await run('startItem', item.id, m.host);
    const speech = await queuedSpeech(t, m, m.sites[0], item.id);
    await t.ok(OPS.startSpeech, { id: speech.id }, m.host);
    clock.advance(125);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    await run('completeItem', item.id, m.host);
    const events = await storedEvents(t, m);
    expect(events.slice(before).map((e) => [e.seq, e.type, e.subjectId])).toEqual([
      [before + 1, 'SPEECH_ENDED', speech.id],
      [before + 2, 'AGENDA_ITEM_COMPLETED', item.id],
    ]);
    expect(JSON.parse(events[before].subject)).toMatchObject({
      status: 'DONE',
      spokenSeconds: 125,
      speakingKey: null,
    });
    const live = await t.ok(OPS.meeting, { id: m.meetingId }, m.host);
    expect(live.meeting).toMatchObject({ currentAgendaItem: null, currentSpeech: null, speakerQueue: [] });
  });

  it('runs nothing unless the meeting is live, and only its hosts run it', async () => {
    const m = await conference(t, { sites: 1, live: false });
    const item = await agendaItem(t, m);
    const draft = expectError(await run('startItem', item.id, m.host), 'CONFLICT');
    expect(draft.extensions!.current).toEqual({ status: 'DRAFT' });
    await t.ok(OPS.lifecycle('startMeeting'), { id: m.meetingId }, m.host);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    expectError(await run('startItem', item.id, m.sites[0].token), 'FORBIDDEN');
    const stranger = await conference(t, { sites: 0, live: false });
    expectError(await run('startItem', item.id, stranger.host), 'FORBIDDEN');
    expectError(await run('startItem', 'x', m.host), 'BAD_USER_INPUT', 'id');
    expectError(await run('startItem', '00000000-0000-4000-8000-000000000000', m.host), 'NOT_FOUND');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });

  it('refuses to start an item of an ended meeting, writing no event', async () => {
    const m: Conference = await conference(t, { sites: 0 });
    const item = await agendaItem(t, m);
    await t.ok(OPS.lifecycle('endMeeting'), { id: m.meetingId }, m.host);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    expect(expectError(await run('startItem', item.id, m.host), 'CONFLICT').extensions!.current).toEqual({
      status: 'ENDED',
    });
    expectError(await run('skipItem', item.id, m.host), 'CONFLICT');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });
});
