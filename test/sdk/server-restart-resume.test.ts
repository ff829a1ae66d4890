import { LiveMeeting, MeetingEvent } from '../../client-sdk/src';
import { RunningServer } from '../../server/http/server';
import { restartServer, TestServer } from '../support/server';
import { EventSeqs, lastEventSeq, LiveSeq, seededRun } from '../support/sdk';
import { drain, LiveMeetingRun } from '../../scripts/demo/live-meeting';

describe('the server restarted mid-meeting', () => {
  // Its beforeAll runs a whole meeting with two restarts: over a minute on MariaDB under load.
  jest.setTimeout(180_000);
  let t: TestServer;
  let run: LiveMeetingRun;
  let server: RunningServer;
  const host = { events: [] as MeetingEvent[], live: null as LiveMeeting | null };
  /** The host following with documents of its own (seq and type, seq and meetingId). */
  const own = { events: [] as { seq: number; type: string }[], live: null as { seq: number } | null };
  const ownFollowing = new AbortController();
  const followed: Promise<void>[] = [];
  const restartedAt: number[] = [];

  beforeAll(async () => {
    ({ t, run } = await seededRun('phu-yen-monthly-briefing'));
    server = t.server;
    run.follow(run.host, host);
    const { meetingId } = run;
    const { signal } = ownFollowing;
    const failed = (e: unknown) => void run.errors.push(e);
    followed.push(
      drain(run.host.meetingEvents(EventSeqs, { meetingId, afterSeq: 0 }, { signal }), (e) =>
        own.events.push(e),
      ).catch(failed),
      drain(run.host.meetingLive(LiveSeq, { meetingId }, { signal }), (live) => (own.live = live)).catch(
        failed,
      ),
    );
    await run.joinSites();
    await run.run({
      speechMs: 20,
      // Twice: once after the report, once in the middle of the meeting's end game.
      checkpoint: async (step) => {
        if (step !== 'after REPORT' && step !== 'after QUESTIONING') return;
        restartedAt.push(await lastEventSeq(run));
        server = await restartServer(t, server);
      },
    });
    await run.caughtUp(await lastEventSeq(run), [host, own, ...run.sites]);
  });
  afterAll(async () => {
    ownFollowing.abort();
    await Promise.all(followed);
    await run?.close();
    await server?.close();
    await t?.close();
  });

  it('restarted twice while every subscriber was attached', () => {
    expect(restartedAt).toHaveLength(2);
    expect(server).not.toBe(t.server);
  });

  it('every SDK subscriber resumed: complete, identical event sequences, nothing doubled', async () => {
    const last = await lastEventSeq(run);
    expect(last).toBeGreaterThan(restartedAt[1]);
    expect(run.errors).toEqual([]);
    expect(host.events.map((e) => e.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    for (const site of run.sites) expect(site.events).toEqual(host.events);
    expect(own.events).toEqual(host.events.map(({ seq, type }) => ({ seq, type })));
  });

  it('every live screen shows the final state after the restarts', () => {
    for (const follower of [host, ...run.sites])
      expect(follower.live).toMatchObject({ status: 'ENDED', seq: host.events.at(-1)!.seq });
    expect(own.live).toEqual({ seq: host.events.at(-1)!.seq, meetingId: run.meetingId });
  });
});
