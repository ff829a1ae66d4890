import { TestServer, expectError, startTestServer } from '../support/server';
import {
  Conference,
  agendaItem,
  conference,
  lastEventSeq,
  lifecycle,
  requestedSpeech,
} from '../support/factories';
import { OPS } from '../support/agenda';

/** Prepared contributions (tham luận) are registered and ordered before the opening. */
describe('the list of speakers of a SCHEDULED meeting', () => {
  let t: TestServer;
  let m: Conference;
  let itemId: string;
  beforeAll(async () => {
    t = await startTestServer();
  });
  beforeEach(async () => {
    m = await conference(t, { sites: 3, live: false });
    itemId = (await agendaItem(t, m)).id;
  });
  afterAll(() => t.close());

  const register = (siteIndex: number, token = m.host) =>
    t.ok(
      OPS.request,
      {
        input: {
          agendaItemId: itemId,
          connectionPointId: m.sites[siteIndex].id,
          kind: 'CONTRIBUTION',
          participantId: m.sites[siteIndex].delegateId,
        },
      },
      token,
    );

  it('is prepared by the host once the meeting is announced, and run in that order once it opens', async () => {
    expectError(
      await t.gql(OPS.request, { input: { agendaItemId: itemId, connectionPointId: m.sites[0].id } }, m.host),
      'CONFLICT',
    );
    await lifecycle(t, m.host, m.meetingId, 'schedule');
    const ids: string[] = [];
    for (const i of [0, 1, 2]) ids.push((await register(i)).requestToSpeak.id);
    for (const id of ids) await t.ok(OPS.approve, { id }, m.host);
    await t.ok(OPS.moveSpeech, { id: ids[2], position: 1 }, m.host);
    // A site registers its own contribution too, and the host places it.
    const fromSite = await requestedSpeech(t, m.sites[1], itemId, { topic: 'Kinh nghiệm tiếp công dân' });
    await t.ok(OPS.approve, { id: fromSite.id, position: 2 }, m.host);
    // Nothing starts before the opening.
    expectError(await t.gql(OPS.startSpeech, { id: ids[2] }, m.host), 'CONFLICT');

    await lifecycle(t, m.host, m.meetingId, 'start');
    await t.ok(OPS.startItem, { id: itemId }, m.host);
    const queue = (await t.ok(OPS.meeting, { id: m.meetingId }, m.host)).meeting.speakerQueue;
    expect(queue.map((s: any) => s.id)).toEqual([ids[2], fromSite.id, ids[0], ids[1]]);
    await t.ok(OPS.startSpeech, { id: ids[2] }, m.host);
  });

  it('stays closed to a DRAFT meeting, writing nothing', async () => {
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const refused = expectError(
      await t.gql(OPS.request, { input: { agendaItemId: itemId, connectionPointId: m.sites[0].id } }, m.host),
      'CONFLICT',
    );
    expect(refused.extensions!.current).toEqual({ status: 'DRAFT' });
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });
});
