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

describe('the list of speakers: requestToSpeak, withdrawSpeech, approveSpeech, rejectSpeech, moveSpeech, extendSpeech', () => {
  let t: TestServer;
  let m: Conference;
  let itemId: string;
  beforeAll(async () => {
    t = await startTestServer();
  });
  // A fresh meeting per test: tests run alone and in any order.
  beforeEach(async () => {
    m = await conference(t, { sites: 4 });
    itemId = (await agendaItem(t, m)).id;
    await t.ok(OPS.startItem, { id: itemId }, m.host);
  });
  afterAll(() => t.close());

  const queue = async (): Promise<string[]> =>
    (
      await t.ok(
        'query($id: ID!) { meeting(id: $id) { speakerQueue { id queuePosition } } }',
        { id: m.meetingId },
        m.host,
      )
    ).meeting.speakerQueue.map((s: any, i: number) => {
      expect(s.queuePosition).toBe(i + 1);
      return s.id;
    });

  it('requires authentication', async () => {
    const speech = await requestedSpeech(t, m.sites[0], itemId);
    const anonymous = [
      t.gql(OPS.request, { input: { agendaItemId: itemId, connectionPointId: m.sites[0].id } }),
      t.gql(OPS.withdraw, { id: speech.id }),
      t.gql(OPS.approve, { id: speech.id }),
      t.gql(OPS.reject, { id: speech.id }),
      t.gql(OPS.moveSpeech, { id: speech.id, position: 1 }),
      t.gql(OPS.extend, { id: speech.id, seconds: 60 }),
    ];
    for (const result of await Promise.all(anonymous)) expectError(result, 'UNAUTHENTICATED');
    await t.ok(OPS.withdraw, { id: speech.id }, m.sites[0].token);
  });

  it('lets a site raise a hand for itself, with the default time of its kind or its own', async () => {
    const [site] = m.sites;
    const comment = await requestedSpeech(t, site, itemId, {
      kind: undefined,
      participantId: site.delegateId,
      topic: 'Cách làm hay trong thực hiện dân chủ ở cơ sở',
    });
    expect(comment).toMatchObject({
      status: 'REQUESTED',
      kind: 'COMMENT',
      timeLimitSeconds: 300,
      connectionPointId: site.id,
      queuePosition: null,
      topic: 'Cách làm hay trong thực hiện dân chủ ở cơ sở',
    });
    const report = await requestedSpeech(t, site, itemId, { kind: 'REPORT' });
    expect(report.timeLimitSeconds).toBe(1200);
    const own = await requestedSpeech(t, site, itemId, {
      kind: 'CONTRIBUTION',
      timeLimitSeconds: 420,
      speakerName: 'Lê Văn Tám',
    });
    expect(own).toMatchObject({ timeLimitSeconds: 420, speakerName: 'Lê Văn Tám' });
    const speaker = await t.ok(
      'query($id: ID!) { meeting(id: $id) { agenda { speeches { id speaker { name } connectionPoint { name } agendaItem { id } } } } }',
      { id: m.meetingId },
      m.host,
    );
    expect(speaker.meeting.agenda[0].speeches.find((s: any) => s.id === comment.id)).toEqual({
      id: comment.id,
      speaker: { name: 'Nguyễn Thị Bích Thủy 1' },
      connectionPoint: { name: site.name },
      agendaItem: { id: itemId },
    });
    for (const s of [comment, report, own]) await t.ok(OPS.withdraw, { id: s.id }, site.token);
  });

  it("refuses a site acting for another site's connection point, writing no event", async () => {
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const [a, b] = m.sites;
    const forged = await t.gql(
      OPS.request,
      { input: { agendaItemId: itemId, connectionPointId: b.id } },
      a.token,
    );
    expectError(forged, 'FORBIDDEN');
    const theirs = await requestedSpeech(t, b, itemId);
    const after = await lastEventSeq(t, m.host, m.meetingId);
    expect(after).toBe(before + 1);
    expectError(await t.gql(OPS.withdraw, { id: theirs.id }, a.token), 'FORBIDDEN');
    expectError(await t.gql(OPS.approve, { id: theirs.id }, a.token), 'FORBIDDEN');
    expectError(await t.gql(OPS.approve, { id: theirs.id }, b.token), 'FORBIDDEN');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(after);
    // A host may raise a hand for any site, and take it down.
    const byHost = await requestedSpeech(t, { ...a, token: m.host }, itemId);
    expect(byHost.connectionPointId).toBe(a.id);
    await t.ok(OPS.withdraw, { id: byHost.id }, m.host);
    await t.ok(OPS.withdraw, { id: theirs.id }, b.token);
  });

  it('refuses bad requests with the field named, writing nothing', async () => {
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const [site, other] = m.sites;
    const input = { agendaItemId: itemId, connectionPointId: site.id };
    const cases: [Record<string, unknown>, string][] = [
      [{ agendaItemId: 'x' }, 'input.agendaItemId'],
      [{ connectionPointId: 'x' }, 'input.connectionPointId'],
      [{ participantId: 'x' }, 'input.participantId'],
      [{ participantId: other.delegateId }, 'input.participantId'],
      [{ participantId: '00000000-0000-4000-8000-000000000000' }, 'input.participantId'],
      [{ topic: ' ' }, 'input.topic'],
      [{ topic: 'x'.repeat(501) }, 'input.topic'],
      [{ speakerName: '' }, 'input.speakerName'],
      [{ timeLimitSeconds: 0 }, 'input.timeLimitSeconds'],
      [{ timeLimitSeconds: 7201 }, 'input.timeLimitSeconds'],
    ];
    for (const [bad, field] of cases) {
      expectError(
        await t.gql(OPS.request, { input: { ...input, ...bad } }, site.token),
        'BAD_USER_INPUT',
        field,
      );
    }
    const unknownPoint = { ...input, connectionPointId: '00000000-0000-4000-8000-000000000000' };
    expectError(
      await t.gql(OPS.request, { input: unknownPoint }, m.host),
      'BAD_USER_INPUT',
      'input.connectionPointId',
    );
    const unknownItem = { ...input, agendaItemId: '00000000-0000-4000-8000-000000000000' };
    expectError(await t.gql(OPS.request, { input: unknownItem }, site.token), 'NOT_FOUND');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });

  it('approves into the queue at a place, reorders it densely, and closes gaps', async () => {
    const [a, b, c, d] = m.sites;
    const sa = await queuedSpeech(t, m, a, itemId);
    const sb = await queuedSpeech(t, m, b, itemId);
    expect([sa.queuePosition, sb.queuePosition]).toEqual([1, 2]);
    const sc = (
      await t.ok(OPS.approve, { id: (await requestedSpeech(t, c, itemId)).id, position: 1 }, m.host)
    ).approveSpeech;
    expect(sc).toMatchObject({ status: 'QUEUED', queuePosition: 1 });
    expect(await queue()).toEqual([sc.id, sa.id, sb.id]);

    const moved = await t.ok(OPS.moveSpeech, { id: sc.id, position: 3 }, m.host);
    expect(moved.moveSpeech).toEqual([
      { id: sa.id, queuePosition: 1 },
      { id: sb.id, queuePosition: 2 },
      { id: sc.id, queuePosition: 3 },
    ]);
    const last = (await storedEvents(t, m)).at(-1)!;
    expect([last.type, last.subjectId]).toEqual(['SPEECH_MOVED', sc.id]);

    const before = { seq: await lastEventSeq(t, m.host, m.meetingId), queue: await queue() };
    for (const position of [0, 4]) {
      expectError(await t.gql(OPS.moveSpeech, { id: sa.id, position }, m.host), 'BAD_USER_INPUT', 'position');
    }
    const sd = await requestedSpeech(t, d, itemId);
    expectError(await t.gql(OPS.approve, { id: sd.id, position: 5 }, m.host), 'BAD_USER_INPUT', 'position');
    expectError(await t.gql(OPS.moveSpeech, { id: sd.id, position: 1 }, m.host), 'CONFLICT');
    expect(await queue()).toEqual(before.queue);
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before.seq + 1);

    const withdrawn = (await t.ok(OPS.withdraw, { id: sa.id }, a.token)).withdrawSpeech;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', queuePosition: null });
    expect(await queue()).toEqual([sb.id, sc.id]);
    const rejected = (
      await t.ok(OPS.reject, { id: sb.id, reason: 'Trùng nội dung với tham luận trước' }, m.host)
    ).rejectSpeech;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Trùng nội dung với tham luận trước',
    });
    expect(await queue()).toEqual([sc.id]);
    expect((await t.ok(OPS.reject, { id: sd.id }, m.host)).rejectSpeech).toMatchObject({
      status: 'REJECTED',
    });

    const seq = await lastEventSeq(t, m.host, m.meetingId);
    expectError(await t.gql(OPS.withdraw, { id: sa.id }, a.token), 'CONFLICT');
    expectError(await t.gql(OPS.approve, { id: sb.id }, m.host), 'CONFLICT');
    expectError(await t.gql(OPS.reject, { id: sb.id }, m.host), 'CONFLICT');
    expectError(await t.gql(OPS.reject, { id: sc.id, reason: '  ' }, m.host), 'BAD_USER_INPUT', 'reason');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(seq);
    await t.ok(OPS.withdraw, { id: sc.id }, m.host);
  });

  it('extends a queued or speaking speech by 1..3600 seconds', async () => {
    const speech = await queuedSpeech(t, m, m.sites[0], itemId);
    const extended = (await t.ok(OPS.extend, { id: speech.id, seconds: 120 }, m.host)).extendSpeech;
    expect(extended.timeLimitSeconds).toBe(speech.timeLimitSeconds + 120);
    await t.ok(OPS.startSpeech, { id: speech.id }, m.host);
    expect(
      (await t.ok(OPS.extend, { id: speech.id, seconds: 60 }, m.host)).extendSpeech.timeLimitSeconds,
    ).toBe(speech.timeLimitSeconds + 180);
    const last = (await storedEvents(t, m)).at(-1)!;
    expect([last.type, JSON.parse(last.subject).timeLimitSeconds]).toEqual([
      'SPEECH_EXTENDED',
      speech.timeLimitSeconds + 180,
    ]);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    for (const seconds of [0, 3601, -5]) {
      expectError(await t.gql(OPS.extend, { id: speech.id, seconds }, m.host), 'BAD_USER_INPUT', 'seconds');
    }
    expectError(await t.gql(OPS.extend, { id: speech.id, seconds: 60 }, m.sites[0].token), 'FORBIDDEN');
    await t.ok(OPS.endSpeech, { id: speech.id }, m.host);
    const after = await lastEventSeq(t, m.host, m.meetingId);
    expectError(await t.gql(OPS.extend, { id: speech.id, seconds: 60 }, m.host), 'CONFLICT');
    expect(after).toBe(before + 1);
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(after);
  });

  it('takes no hands for finished items', async () => {
    const done = await agendaItem(t, m, { title: 'Đã xong' });
    await t.ok(OPS.skipItem, { id: done.id }, m.host);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const refused = expectError(
      await t.gql(
        OPS.request,
        { input: { agendaItemId: done.id, connectionPointId: m.sites[0].id } },
        m.sites[0].token,
      ),
      'CONFLICT',
    );
    expect(refused.extensions!.current).toMatchObject({ id: done.id, status: 'SKIPPED' });
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });
});
