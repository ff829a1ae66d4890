import { LiveMeeting, MeetingEvent } from '../../client-sdk/src';
import { RunningServer } from '../../server/http/server';
import { TestServer, restartServer } from '../support/server';
import { lastEventSeq, seededRun } from '../support/sdk';
import { LiveMeetingRun } from '../../scripts/demo/live-meeting';

describe('the server restarted mid-meeting', () => {
  let t: TestServer;
  let run: LiveMeetingRun;
  let server: RunningServer;
  const host = { events: [] as MeetingEvent[], live: null as LiveMeeting | null };
  const restartedAt: number[] = [];

  beforeAll(async () => {
    ({ t, run } = await seededRun('phu-yen-monthly-briefing'));
    server = t.server;
    run.follow(run.host, host);
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
    await run.caughtUp(await lastEventSeq(run), [host, ...run.sites]);
  });
  afterAll(async () => {
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
  });

  it('every live screen shows the final state after the restarts', () => {
    for (const follower of [host, ...run.sites])
      expect(follower.live).toMatchObject({ status: 'ENDED', seq: host.events.at(-1)!.seq });
  });
});
