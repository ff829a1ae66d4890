import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, lastEventSeq, queuedSpeech } from '../support/factories';
import { OPS, storedEvents } from '../support/agenda';

describe('naming a speaker afterwards: updateSpeech', () => {
  let t: TestServer;
  let m: Conference;
  let itemId: string;
  beforeAll(async () => {
    t = await startTestServer();
  });
  beforeEach(async () => {
    m = await conference(t, { sites: 2 });
    itemId = (await agendaItem(t, m)).id;
    await t.ok(OPS.startItem, { id: itemId }, m.host);
  });
  afterAll(() => t.close());

  const update = (input: Record<string, unknown>, token: string | null = m.host) =>
    t.gql(OPS.updateSpeech, { input }, token);

  it('names the speaker of a speech that is over, recorded as SPEECH_UPDATED', async () => {
    const speech = await queuedSpeech(t, m, m.sites[0], itemId);
    await t.ok(OPS.startSpeech, { id: speech.id }, m.host);
    await t.ok(OPS.endSpeech, { id: speech.id }, m.host);
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const named = (
      await update({ id: speech.id, participantId: m.sites[0].delegateId, topic: '  Công tác kiểm sát  ' })
    ).data!.updateSpeech;
    expect(named).toMatchObject({
      status: 'DONE',
      topic: 'Công tác kiểm sát',
      speaker: { id: m.sites[0].delegateId },
      displayName: 'Nguyễn Thị Bích Thủy 1',
    });
    const cleared = (await update({ id: speech.id, participantId: null, speakerName: 'Đại diện Phòng 1' }))
      .data!.updateSpeech;
    expect(cleared).toMatchObject({
      speaker: null,
      speakerName: 'Đại diện Phòng 1',
      topic: 'Công tác kiểm sát',
    });
    expect((await update({ id: speech.id, kind: 'COMMENT' })).data!.updateSpeech.kind).toBe('COMMENT');
    const events = (await storedEvents(t, m)).slice(before).map((e) => [e.type, e.subjectId]);
    expect(events).toEqual([
      ['SPEECH_UPDATED', speech.id],
      ['SPEECH_UPDATED', speech.id],
      ['SPEECH_UPDATED', speech.id],
    ]);
  });

  it('is the hosts’ and refuses bad input, writing nothing', async () => {
    const speech = await queuedSpeech(t, m, m.sites[0], itemId);
    const explanation = (
      await t.ok(
        OPS.ask,
        { input: { agendaItemId: itemId, connectionPointId: m.sites[1].id, question: 'Vì sao?' } },
        m.host,
      )
    ).askQuestion;
    const before = await lastEventSeq(t, m.host, m.meetingId);
    expectError(await update({ id: speech.id, speakerName: 'X' }, null), 'UNAUTHENTICATED');
    expectError(await update({ id: speech.id, speakerName: 'X' }, m.sites[0].token), 'FORBIDDEN');
    const cases: [Record<string, unknown>, string][] = [
      [{ id: 'x' }, 'input.id'],
      [{ id: speech.id, participantId: 'x' }, 'input.participantId'],
      // The speaker sits at the speech's connection point.
      [{ id: speech.id, participantId: m.sites[1].delegateId }, 'input.participantId'],
      [{ id: speech.id, speakerName: '  ' }, 'input.speakerName'],
      [{ id: speech.id, kind: null }, 'input.kind'],
      [{ id: speech.id, kind: 'EXPLANATION' }, 'input.kind'],
      [{ id: explanation.id, kind: 'COMMENT' }, 'input.kind'],
    ];
    for (const [bad, field] of cases) expectError(await update(bad), 'BAD_USER_INPUT', field);
    const paired = expectError(await update({ id: speech.id, kind: 'EXPLANATION' }), 'BAD_USER_INPUT');
    expect(paired.extensions!.reason).toBe('PAIRED_KIND');
    expectError(await update({ id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });

  it('leaves an ended meeting’s record as it is', async () => {
    const speech = await queuedSpeech(t, m, m.sites[0], itemId);
    await t.ok(OPS.lifecycle('endMeeting'), { id: m.meetingId }, m.host);
    const refused = expectError(await update({ id: speech.id, speakerName: 'Muộn' }), 'CONFLICT');
    expect(refused.extensions!.current).toEqual({ status: 'ENDED' });
  });
});
