import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, lastEventSeq, queuedSpeech } from '../support/factories';
import { OPS, storedEvents } from '../support/agenda';

describe('questioning a unit: askQuestion', () => {
  let t: TestServer;
  let m: Conference;
  let itemId: string;
  beforeAll(async () => {
    t = await startTestServer();
  });
  // A fresh meeting per test: tests run alone and in any order.
  beforeEach(async () => {
    m = await conference(t, { sites: 2 });
    itemId = (await agendaItem(t, m, { title: 'Truy vấn, giải trình', kind: 'QUESTIONING' })).id;
  });
  afterAll(() => t.close());

  const QUESTION = 'Vì sao tỷ lệ giải quyết án của đơn vị thấp hơn chỉ tiêu?';
  const ask = (input: Record<string, unknown>, token: string | null = m.host) =>
    t.gql(
      OPS.ask,
      { input: { agendaItemId: itemId, connectionPointId: m.sites[1].id, question: QUESTION, ...input } },
      token,
    );

  it('requires authentication', async () => {
    expectError(await ask({}, null), 'UNAUTHENTICATED');
  });

  it('is asked within the active item of a live meeting, by a host', async () => {
    const before = await lastEventSeq(t, m.host, m.meetingId);
    expect(expectError(await ask({}), 'CONFLICT').extensions!.current).toMatchObject({
      id: itemId,
      status: 'PENDING',
    });
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    expectError(await ask({}, m.sites[0].token), 'FORBIDDEN');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before + 1);
  });

  it('records the question and puts the linked explanation first in the queue', async () => {
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    const waiting = await queuedSpeech(t, m, m.sites[0], itemId);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const result = await ask({ askedById: m.chairId });
    expect(result.errors).toBeUndefined();
    const explanation = result.data!.askQuestion;
    expect(explanation).toMatchObject({
      kind: 'EXPLANATION',
      status: 'QUEUED',
      queuePosition: 1,
      connectionPointId: m.sites[1].id,
      topic: QUESTION,
      timeLimitSeconds: 300,
    });
    expect(explanation.question).toMatchObject({
      kind: 'QUESTION',
      status: 'DONE',
      topic: QUESTION,
      connectionPointId: m.hostPointId,
      speakerName: 'Phạm Thị Kim Liên',
      explanation: { id: explanation.id },
    });
    expect(explanation.questionId).toBe(explanation.question.id);
    const live = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting;
    expect(live.speakerQueue.map((s: any) => [s.id, s.queuePosition])).toEqual([
      [explanation.id, 1],
      [waiting.id, 2],
    ]);
    const events = (await storedEvents(t, m)).slice(before).map((e) => [e.seq, e.type, e.subjectId]);
    expect(events).toEqual([
      [before + 1, 'QUESTION_ASKED', explanation.question.id],
      [before + 2, 'SPEECH_APPROVED', explanation.id],
    ]);
    // The unit explains at once: its explanation is the next to speak.
    expect((await t.ok(OPS.startSpeech, { id: explanation.id }, m.host)).startSpeech.status).toBe('SPEAKING');
    await t.ok(OPS.endSpeech, { id: explanation.id }, m.host);
  });

  it('is asked from the host point when no asker is named, with its own time for the explanation', async () => {
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    const explanation = (await ask({ timeLimitSeconds: 600 })).data!.askQuestion;
    expect(explanation.timeLimitSeconds).toBe(600);
    expect(explanation.question).toMatchObject({ connectionPointId: m.hostPointId, speakerName: null });
  });

  it('refuses bad input with the field named, writing nothing', async () => {
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const cases: [Record<string, unknown>, string][] = [
      [{ question: '  ' }, 'input.question'],
      [{ connectionPointId: 'x' }, 'input.connectionPointId'],
      [{ connectionPointId: '00000000-0000-4000-8000-000000000000' }, 'input.connectionPointId'],
      [{ askedById: 'x' }, 'input.askedById'],
      [{ askedById: '00000000-0000-4000-8000-000000000000' }, 'input.askedById'],
      [{ agendaItemId: 'x' }, 'input.agendaItemId'],
      [{ timeLimitSeconds: 0 }, 'input.timeLimitSeconds'],
    ];
    for (const [bad, field] of cases) expectError(await ask(bad), 'BAD_USER_INPUT', field);
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });
});
