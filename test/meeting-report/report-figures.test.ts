import { TestClock } from '../support/instruments';
import { TestServer, startTestServer } from '../support/server';
import { heldConference, READ_REPORT } from '../support/meeting-report';

describe('Meeting.report', () => {
  let t: TestServer;
  const clock = new TestClock();
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('gives planned and actual times, speaking time, attendance and losses of connection from the event log', async () => {
    const m = await heldConference(t, clock);
    const { report } = (await t.ok(READ_REPORT, { id: m.meetingId }, m.host)).meeting;
    expect(report).toMatchObject({ meetingId: m.meetingId, url: `/meetings/${m.meetingId}/report` });
    const [hostId, site1, site2] = [m.hostPointId, m.sites[0].id, m.sites[1].id];

    expect(report.agenda).toEqual(
      m.items.map((item) =>
        expect.objectContaining({
          agendaItemId: item.id,
          title: item.title,
          plannedMinutes: item.plannedMinutes,
          actualSeconds: item.heldMinutes * 60,
          skipped: false,
        }),
      ),
    );
    // One item follows the other.
    expect(report.agenda[1].startedAt).toBe(report.agenda[0].endedAt);

    const speeches = m.items.flatMap((item) => item.speeches);
    const spoken = (of: typeof speeches) => ({
      speeches: of.length,
      seconds: of.reduce((sum, s) => sum + s.seconds, 0),
    });
    // The host point first, then the sites in the Vietnamese order of their units' names.
    expect(report.speakingByPoint.map((p: any) => p.connectionPointId)).toEqual([hostId, site1, site2]);
    expect(report.speakingByPoint).toEqual([
      expect.objectContaining({ connectionPointId: hostId, speeches: 0, seconds: 0 }),
      expect.objectContaining({ connectionPointId: site1, ...spoken(speeches.filter((s) => s.site === 0)) }),
      expect.objectContaining({ connectionPointId: site2, ...spoken(speeches.filter((s) => s.site === 1)) }),
    ]);
    const kinds = [...new Set(speeches.map((s) => s.kind))];
    expect(report.speakingByKind).toEqual(
      kinds.map((kind) => ({ kind, ...spoken(speeches.filter((s) => s.kind === kind)) })),
    );

    // The chair on time and the presenter not marked at the host; site 1's delegate late, site 2's excused.
    expect(report.attendance).toEqual([
      expect.objectContaining({
        connectionPointId: hostId,
        expected: 2,
        present: 1,
        late: 0,
        absent: 0,
        excused: 0,
      }),
      expect.objectContaining({
        connectionPointId: site1,
        expected: 1,
        present: 1,
        late: 1,
        absent: 0,
        excused: 0,
      }),
      expect.objectContaining({
        connectionPointId: site2,
        expected: 1,
        present: 0,
        late: 0,
        absent: 0,
        excused: 1,
      }),
    ]);

    // Site 1 came back; site 2 was lost until the end; site 1's screen closing after the end is no loss.
    expect(report.connection).toEqual([
      expect.objectContaining({ connectionPointId: hostId, lostEpisodes: 0, lostSeconds: 0 }),
      expect.objectContaining({ connectionPointId: site1, lostEpisodes: 1, lostSeconds: m.lostSeconds[0] }),
      expect.objectContaining({ connectionPointId: site2, lostEpisodes: 1, lostSeconds: m.lostSeconds[1] }),
    ]);
  });
});
