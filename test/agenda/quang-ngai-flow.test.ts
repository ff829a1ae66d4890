import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, requestedSpeech } from '../support/factories';
import { OPS, expectGaplessLog } from '../support/agenda';

/**
 * The thematic conference on democracy at the procuracies of Quảng Ngãi (28/4/2022), run live:
 * a report read by its presenter, the tham luận item with speakers from the sites, a question
 * and its explanation, the chief's directive speech and the conclusion.
 */
describe('the Quảng Ngãi conference, run live', () => {
  let t: TestServer;
  let m: Conference;
  const clock = new TestClock();
  beforeAll(async () => {
    t = await startTestServer({ clock });
    m = await conference(t, { sites: 4 });
  });
  afterAll(() => t.close());

  const ok = (query: string, variables: Record<string, unknown>, token = m.host) =>
    t.ok(query, variables, token);
  /** Calls a speech, lets it run `seconds`, ends it; returns the ended speech. */
  const speak = async (id: string, seconds: number) => {
    await ok(OPS.startSpeech, { id });
    clock.advance(seconds);
    return (await ok(OPS.endSpeech, { id })).endSpeech;
  };

  it('requires authentication', async () => {
    expectError(await t.gql(OPS.meeting, { id: m.meetingId }), 'UNAUTHENTICATED');
  });

  it('runs the programme from opening to conclusion', async () => {
    const [opening, report, contributions, directive, conclusion] = [
      await agendaItem(t, m, { title: 'Khai mạc, giới thiệu đại biểu', kind: 'OPENING', plannedMinutes: 10 }),
      await agendaItem(t, m, {
        title: 'Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2021 của Ngành KSND tỉnh Quảng Ngãi',
        kind: 'REPORT',
        plannedMinutes: 20,
        presenterId: m.presenterId,
      }),
      await agendaItem(t, m, {
        title: 'Tham luận và ý kiến phát biểu',
        kind: 'CONTRIBUTIONS',
        plannedMinutes: 90,
      }),
      await agendaItem(t, m, { title: 'Phát biểu chỉ đạo', kind: 'DIRECTIVE', presenterId: m.chairId }),
      await agendaItem(t, m, { title: 'Kết luận Hội nghị', kind: 'CONCLUSION', plannedMinutes: 15 }),
    ];
    const hostPoint = { id: m.hostPointId, name: 'host', token: m.host, delegateId: m.presenterId };

    await ok(OPS.startItem, { id: opening.id });
    clock.advance(600);
    await ok(OPS.completeItem, { id: opening.id });

    // The report: the presenter is called at once, without queueing.
    await ok(OPS.startItem, { id: report.id });
    const reading = await requestedSpeech(t, hostPoint, report.id, {
      kind: 'REPORT',
      participantId: m.presenterId,
    });
    expect(reading.timeLimitSeconds).toBe(1200);
    expect(await speak(reading.id, 1140)).toMatchObject({ status: 'DONE', spokenSeconds: 1140 });
    const reportDone = (await ok(OPS.completeItem, { id: report.id })).completeAgendaItem;
    expect(reportDone).toMatchObject({ status: 'DONE' });

    // Tham luận: the sites raise hands, the host orders and calls them one at a time.
    await ok(OPS.startItem, { id: contributions.id });
    const [tp, dp, bs, st] = m.sites;
    const raise = (...args: Parameters<typeof requestedSpeech>) => {
      clock.advance(1);
      return requestedSpeech(...args);
    };
    const hands = [
      await raise(t, tp, contributions.id, {
        participantId: tp.delegateId,
        topic: 'Cách làm hay trong thực hiện dân chủ ở cơ sở',
      }),
      await raise(t, dp, contributions.id, { speakerName: 'Viện trưởng VKSND thị xã Đức Phổ' }),
      await raise(t, bs, contributions.id, { topic: 'Công khai, minh bạch trong công tác cán bộ' }),
      await raise(t, hostPoint, contributions.id, { kind: 'COMMENT', speakerName: 'Phùng Thanh Liễu' }),
    ];
    const withdrawn = await raise(t, st, contributions.id);
    await ok(OPS.withdraw, { id: withdrawn.id }, st.token);
    for (const hand of hands) await ok(OPS.approve, { id: hand.id });
    await ok(OPS.moveSpeech, { id: hands[2].id, position: 1 });
    const queue = (await ok(OPS.meeting, { id: m.meetingId })).meeting.speakerQueue.map((s: any) => s.id);
    expect(queue).toEqual([hands[2].id, hands[0].id, hands[1].id, hands[3].id]);

    const spoken: number[] = [];
    for (const [i, id] of queue.entries()) {
      const seconds = 420 + 30 * i;
      spoken.push((await speak(id, seconds)).spokenSeconds);
      const next = (await ok(OPS.meeting, { id: m.meetingId })).meeting.speakerQueue;
      expect(next.map((s: any) => s.id)).toEqual(queue.slice(i + 1));
    }
    expect(spoken).toEqual([420, 450, 480, 510]);

    // A leader questions Bình Sơn; the unit explains at once.
    const explanation = (
      await ok(OPS.ask, {
        input: {
          agendaItemId: contributions.id,
          connectionPointId: bs.id,
          question: 'Đơn vị đã tổ chức đối thoại định kỳ với công chức chưa?',
          askedById: m.chairId,
        },
      })
    ).askQuestion;
    const asking = (await ok(OPS.meeting, { id: m.meetingId })).meeting;
    expect(asking.currentSpeech.id).toBe(explanation.questionId);
    expect(asking.speakerQueue[0].id).toBe(explanation.id);
    // The question takes its time, then the unit explains.
    clock.advance(40);
    await ok(OPS.endSpeech, { id: explanation.questionId });
    expect(await speak(explanation.id, 95)).toMatchObject({ kind: 'EXPLANATION', spokenSeconds: 95 });
    await ok(OPS.completeItem, { id: contributions.id });

    for (const item of [directive, conclusion]) {
      await ok(OPS.startItem, { id: item.id });
      clock.advance(900);
      await ok(OPS.completeItem, { id: item.id });
    }
    await ok(OPS.lifecycle('endMeeting'), { id: m.meetingId });

    const record = await ok(
      `query($id: ID!) { meeting(id: $id) { status agenda { position status startedAt endedAt
        speeches { kind status spokenSeconds connectionPoint { id } question { id } explanation { id } } } } }`,
      { id: m.meetingId },
    );
    const agenda = record.meeting.agenda;
    expect(record.meeting.status).toBe('ENDED');
    expect(agenda.map((i: any) => [i.position, i.status])).toEqual([1, 2, 3, 4, 5].map((p) => [p, 'DONE']));
    expect(agenda.every((i: any) => i.startedAt && i.endedAt)).toBe(true);
    const speeches = agenda[2].speeches;
    // In the order asked for; the question and its explanation are asked for together, last.
    expect(speeches.slice(0, 5).map((s: any) => [s.kind, s.status, s.spokenSeconds])).toEqual([
      ['CONTRIBUTION', 'DONE', 450],
      ['CONTRIBUTION', 'DONE', 480],
      ['CONTRIBUTION', 'DONE', 420],
      ['COMMENT', 'DONE', 510],
      ['CONTRIBUTION', 'WITHDRAWN', null],
    ]);
    const question = speeches.find((s: any) => s.kind === 'QUESTION');
    const answer = speeches.find((s: any) => s.kind === 'EXPLANATION');
    expect(question).toMatchObject({
      status: 'DONE',
      spokenSeconds: 40,
      explanation: { id: explanation.id },
    });
    expect(answer).toMatchObject({
      status: 'DONE',
      spokenSeconds: 95,
      question: { id: explanation.questionId },
    });
    expect(answer.connectionPoint).toEqual({ id: bs.id });

    const events = await expectGaplessLog(t, m);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect([count('AGENDA_ITEM_STARTED'), count('AGENDA_ITEM_COMPLETED')]).toEqual([5, 5]);
    // A question starts as it is asked (QUESTION_ASKED) and ends like any speech.
    expect([count('SPEECH_STARTED'), count('SPEECH_ENDED'), count('QUESTION_ASKED')]).toEqual([6, 7, 1]);
  });
});
