import { TestServer, expectError, startTestServer } from '../support/server';
import { agendaItem, conference, queuedSpeech, requestedSpeech } from '../support/factories';
import { OPS } from '../support/agenda';
import { LIVE, LIVE_QUERY, record, until } from '../support/live';

const CHECK_IN = 'mutation($id: ID!) { checkInParticipant(id: $id) { id } }';
const ADD = 'mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }';

/** The LIVE_COALESCE_MS of this file's server. */
const COALESCE_MS = 200;

describe('meetingLive and liveMeeting', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { LIVE_COALESCE_MS: String(COALESCE_MS) } });
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const m = await conference(t, { sites: 1 });
    expectError(await t.gql(LIVE_QUERY, { meetingId: m.meetingId }), 'UNAUTHENTICATED');
  });

  it('pushes on subscribe, then coalesces a burst of 20 changes into one push per window, ending at the final state', async () => {
    const m = await conference(t, { sites: 2 });
    const site = m.sites[0];
    const delegates = [];
    for (let i = 0; i < 20; i++) {
      const added = await t.ok(
        ADD,
        {
          input: {
            meetingId: m.meetingId,
            connectionPointId: site.id,
            name: `Đại biểu ${i}`,
            role: 'DELEGATE',
          },
        },
        m.host,
      );
      delegates.push(added.addParticipant.id);
    }
    const live = record(t.ws(site.token), LIVE, { meetingId: m.meetingId });
    const [first] = await live.count(1);
    expect(first.attendance.present).toBe(0);

    const burstStart = performance.now();
    await Promise.all(delegates.map((id) => t.ok(CHECK_IN, { id }, m.host)));
    const final = await live.find((v) => v.attendance.present === 20);
    const burstMs = performance.now() - burstStart;
    await new Promise((r) => setTimeout(r, COALESCE_MS + 100)); // nothing after the final state
    const pushes = live.values.length - 1;
    // The first change is pushed at once, then at most one rebuild starts per window: however slow
    // the machine, the burst cannot give more pushes than that.
    expect(pushes).toBeLessThanOrEqual(2 + Math.ceil(burstMs / COALESCE_MS));
    expect(live.values.at(-1)).toBe(final);
    const now = await t.ok(LIVE_QUERY, { meetingId: m.meetingId }, m.host);
    expect(final.seq).toBe(now.liveMeeting.seq);
    expect(final.attendanceByConnectionPoint.find((a: any) => a.connectionPointId === site.id)).toMatchObject(
      {
        present: 20,
        expected: 1,
        total: 21,
      },
    );
    expect(live.values.map((v) => v.seq)).toEqual([...live.values.map((v) => v.seq)].sort((a, b) => a - b));
  });

  it('shows the current item, the speech on with its clock, the queue, raised hands and the agenda', async () => {
    const m = await conference(t, { sites: 3 });
    const live = record(t.ws(m.host), LIVE, { meetingId: m.meetingId });
    await live.count(1);
    // The host following connects the host point.
    await t.server.services.presence.settled();
    const item = await agendaItem(t, m, { title: 'Thảo luận về công tác kiểm sát' });
    await agendaItem(t, m, { title: 'Kết luận', kind: 'CONCLUSION' });
    await t.ok(OPS.startItem, { id: item.id }, m.host);
    const speaking = await queuedSpeech(t, m, m.sites[0], item.id);
    const next = await queuedSpeech(t, m, m.sites[1], item.id);
    const hand = await requestedSpeech(t, m.sites[2], item.id);
    const on = (await t.ok(OPS.startSpeech, { id: speaking.id }, m.host)).startSpeech;

    const { liveMeeting: now } = await t.ok(LIVE_QUERY, { meetingId: m.meetingId }, m.sites[2].token);
    expect(now).toMatchObject({
      meetingId: m.meetingId,
      status: 'LIVE',
      title: 'Hội nghị chuyên đề về thực hiện dân chủ tại Viện kiểm sát hai cấp tỉnh Quảng Ngãi năm 2022',
      currentAgendaItem: { id: item.id, title: 'Thảo luận về công tác kiểm sát', status: 'ACTIVE' },
      currentSpeech: { id: speaking.id, startedAt: on.startedAt, timeLimitSeconds: on.timeLimitSeconds },
      speakerQueue: [{ id: next.id, queuePosition: 1 }],
      speechRequests: [{ id: hand.id }],
      agenda: [
        { id: item.id, position: 1, status: 'ACTIVE' },
        { position: 2, status: 'PENDING' },
      ],
    });
    expect(now.connectionPoints.map((cp: any) => cp.role)).toEqual(['HOST', 'SITE', 'SITE', 'SITE']);
    expect(now.connectionPoints.map((cp: any) => cp.connectionState)).toEqual([
      'CONNECTED',
      'NEVER_JOINED',
      'NEVER_JOINED',
      'NEVER_JOINED',
    ]);
    expect(now.attendance).toMatchObject({ expected: 5, present: 0, total: 5 });
    expect(Math.abs(Date.parse(now.serverTime) - Date.now())).toBeLessThan(60_000);
    await until(() => live.values.at(-1)?.seq === now.seq, 'the push of the last change');
    expect({ ...live.values.at(-1), serverTime: null }).toEqual({ ...now, serverTime: null });
  });
});
