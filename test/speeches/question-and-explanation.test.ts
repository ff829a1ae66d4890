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

  it('puts the question on as the current speech, and the linked explanation first in the queue', async () => {
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    const waiting = await queuedSpeech(t, m, m.sites[0], itemId);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const result = await ask({ askedById: m.chairId, explainerId: m.sites[1].delegateId });
    expect(result.errors).toBeUndefined();
    const explanation = result.data!.askQuestion;
    expect(explanation).toMatchObject({
      kind: 'EXPLANATION',
      status: 'QUEUED',
      queuePosition: 1,
      connectionPointId: m.sites[1].id,
      topic: QUESTION,
      timeLimitSeconds: 300,
      speaker: { id: m.sites[1].delegateId },
      displayName: 'Nguyễn Thị Bích Thủy 2',
    });
    const question = explanation.question;
    expect(question).toMatchObject({
      kind: 'QUESTION',
      status: 'SPEAKING',
      topic: QUESTION,
      connectionPointId: m.hostPointId,
      speakerName: 'Phạm Thị Kim Liên',
      timeLimitSeconds: 120,
      endedAt: null,
      explanation: { id: explanation.id },
    });
    expect(question.startedAt).not.toBeNull();
    expect(explanation.questionId).toBe(question.id);
    const live = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting;
    expect(live.currentSpeech).toMatchObject({ id: question.id, status: 'SPEAKING', timeLimitSeconds: 120 });
    expect(live.speakerQueue.map((s: any) => [s.id, s.queuePosition])).toEqual([
      [explanation.id, 1],
      [waiting.id, 2],
    ]);
    const events = (await storedEvents(t, m)).slice(before).map((e) => [e.seq, e.type, e.subjectId]);
    expect(events).toEqual([
      [before + 1, 'QUESTION_ASKED', question.id],
      [before + 2, 'SPEECH_APPROVED', explanation.id],
    ]);
    // The explanation waits for the question to end, which is timed like any speech.
    expectError(await t.gql(OPS.startSpeech, { id: explanation.id }, m.host), 'CONFLICT');
    const asked = (await t.ok(OPS.endSpeech, { id: question.id }, m.host)).endSpeech;
    expect(asked).toMatchObject({ status: 'DONE', spokenSeconds: expect.any(Number) });
    expect(asked.endedAt).not.toBeNull();
    // The unit explains at once: its explanation is the next to speak.
    expect((await t.ok(OPS.startSpeech, { id: explanation.id }, m.host)).startSpeech.status).toBe('SPEAKING');
    await t.ok(OPS.endSpeech, { id: explanation.id }, m.host);
  });

  it('is not asked over a speech that is on', async () => {
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    const speaking = await queuedSpeech(t, m, m.sites[0], itemId);
    await t.ok(OPS.startSpeech, { id: speaking.id }, m.host);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const refused = expectError(await ask({}), 'CONFLICT');
    expect(refused.extensions!.current).toMatchObject({
      currentSpeech: { id: speaking.id, status: 'SPEAKING' },
    });
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });

  it('is asked from the host point when no asker is named, with its own time for the explanation', async () => {
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    const explanation = (await ask({ timeLimitSeconds: 600 })).data!.askQuestion;
    expect(explanation.timeLimitSeconds).toBe(600);
    expect(explanation.question).toMatchObject({ connectionPointId: m.hostPointId, speakerName: null });
    expect(explanation).toMatchObject({ speaker: null, displayName: m.sites[1].name });
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
      [{ explainerId: 'x' }, 'input.explainerId'],
      [{ explainerId: '00000000-0000-4000-8000-000000000000' }, 'input.explainerId'],
      // The explainer sits where the questioned unit is.
      [{ explainerId: m.sites[0].delegateId }, 'input.explainerId'],
      [{ connectionPointId: null }, 'input.connectionPointId'],
      [{ unitId: '00000000-0000-4000-8000-000000000000' }, 'input.connectionPointId'],
      [{ agendaItemId: 'x' }, 'input.agendaItemId'],
      [{ timeLimitSeconds: 0 }, 'input.timeLimitSeconds'],
    ];
    for (const [bad, field] of cases) expectError(await ask(bad), 'BAD_USER_INPUT', field);
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });
});
