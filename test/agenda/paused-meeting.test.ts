import { TestServer, expectError, startTestServer } from '../support/server';
import {
  Conference,
  agendaItem,
  conference,
  lastEventSeq,
  queuedSpeech,
  requestedSpeech,
} from '../support/factories';
import { OPS } from '../support/agenda';

describe('a PAUSED meeting: the list of speakers is kept, nothing starts', () => {
  let t: TestServer;
  let m: Conference;
  let item: Record<string, any>;
  let next: Record<string, any>;
  let speaking: Record<string, any>;
  beforeAll(async () => {
    t = await startTestServer();
  });
  // A fresh meeting per test: tests run alone and in any order.
  beforeEach(async () => {
    m = await conference(t, { sites: 3 });
    item = await agendaItem(t, m);
    next = await agendaItem(t, m, { title: 'Phát biểu chỉ đạo', kind: 'DIRECTIVE' });
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    speaking = await queuedSpeech(t, m, m.sites[0], item.id);
    await t.ok(OPS.startSpeech, { id: speaking.id }, m.host);
    await t.ok(OPS.lifecycle('pauseMeeting'), { id: m.meetingId }, m.host);
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    expectError(await t.gql(OPS.startSpeech, { id: speaking.id }), 'UNAUTHENTICATED');
  });

  it('keeps the speech that was on SPEAKING', async () => {
    const live = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting;
    expect(live).toMatchObject({ status: 'PAUSED', currentSpeech: { id: speaking.id, status: 'SPEAKING' } });
  });

  it('lets sites raise and withdraw hands, and the host order the queue', async () => {
    const [, b, c] = m.sites;
    const sb = await requestedSpeech(t, b, item.id);
    const sc = await requestedSpeech(t, c, item.id);
    expect((await t.ok(OPS.approve, { id: sb.id }, m.host)).approveSpeech.queuePosition).toBe(1);
    expect((await t.ok(OPS.approve, { id: sc.id }, m.host)).approveSpeech.queuePosition).toBe(2);
    expect((await t.ok(OPS.moveSpeech, { id: sc.id, position: 1 }, m.host)).moveSpeech[0].id).toBe(sc.id);
    expect((await t.ok(OPS.extend, { id: sb.id, seconds: 60 }, m.host)).extendSpeech.timeLimitSeconds).toBe(
      660,
    );
    const late = await requestedSpeech(t, b, item.id);
    expect((await t.ok(OPS.withdraw, { id: late.id }, b.token)).withdrawSpeech.status).toBe('WITHDRAWN');
    const again = await requestedSpeech(t, b, item.id);
    expect((await t.ok(OPS.reject, { id: again.id }, m.host)).rejectSpeech.status).toBe('REJECTED');
    // The agenda may be amended, but not cut.
    const added = await agendaItem(t, m, { title: 'Thảo luận bổ sung', kind: 'DISCUSSION' });
    expectError(await t.gql(OPS.removeItem, { id: added.id }, m.host), 'CONFLICT');
  });

  it('starts nothing: no item, no speech, no question', async () => {
    // Hands may be queued while paused, but not called.
    const waiting = await queuedSpeech(t, m, m.sites[1], item.id);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const attempts = [
      t.gql(OPS.startSpeech, { id: waiting.id }, m.host),
      t.gql(OPS.startItem, { id: next.id }, m.host),
      t.gql(
        OPS.ask,
        { input: { agendaItemId: item.id, connectionPointId: m.sites[1].id, question: 'Vì sao?' } },
        m.host,
      ),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(expectError(result, 'CONFLICT').extensions!.current).toEqual({ status: 'PAUSED' });
    }
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });

  it('lets the host close what runs, and start again once resumed', async () => {
    await queuedSpeech(t, m, m.sites[1], item.id);
    expect((await t.ok(OPS.endSpeech, { id: speaking.id }, m.host)).endSpeech.status).toBe('DONE');
    expect((await t.ok(OPS.skipItem, { id: next.id }, m.host)).skipAgendaItem.status).toBe('SKIPPED');
    await t.ok(OPS.lifecycle('resumeMeeting'), { id: m.meetingId }, m.host);
    const queue = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.speakerQueue;
    expect((await t.ok(OPS.startSpeech, { id: queue[0].id }, m.host)).startSpeech.status).toBe('SPEAKING');
    await t.ok(OPS.lifecycle('pauseMeeting'), { id: m.meetingId }, m.host);
    const done = (await t.ok(OPS.completeItem, { id: item.id }, m.host)).completeAgendaItem;
    expect(done.status).toBe('DONE');
    const live = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting;
    expect(live).toMatchObject({ currentSpeech: null, currentAgendaItem: null });
  });
});
