import { TestServer, startTestServer } from '../support/server';
import { conference, lastEventSeq, user } from '../support/factories';
import { EVENTS, LIVE, livePoint, record, until } from '../support/live';
import { describeBackends } from '../support/redis';

/** Hosts follow with user tokens: the host point is connected while a host of the meeting follows it. */
describeBackends('the host point’s presence', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: backend.env });
  });
  afterAll(() => t.close());

  it('is CONNECTED while a host of the meeting follows it, LOST once every subscription of theirs ends', async () => {
    const m = await conference(t, { sites: 1 });
    const state = async () => (await livePoint(t, m.host, m.meetingId, m.hostPointId)).connectionState;
    expect(await state()).toBe('NEVER_JOINED');
    const after = await lastEventSeq(t, m.host, m.meetingId);
    const watcher = record(t.ws(await t.adminToken()), EVENTS, { meetingId: m.meetingId, afterSeq: after });

    const hostSocket = t.ws(m.host);
    const events = record(hostSocket, EVENTS, { meetingId: m.meetingId, afterSeq: after });
    const screen = record(hostSocket, LIVE, { meetingId: m.meetingId });
    const connected = await watcher.find((e) => e.type === 'SITE_CONNECTED');
    expect(connected.actor).toEqual({ kind: 'user', name: 'Nguyễn Hàn My' });
    expect(await state()).toBe('CONNECTED');

    // One of the two ends: the host still follows.
    events.stop();
    await screen.find((live) => live.connectionPoints.some((cp: any) => cp.connectionState === 'CONNECTED'));
    await t.server.services.presence.settled();
    expect(await state()).toBe('CONNECTED');
    screen.stop();
    await until(async () => (await state()) === 'LOST', 'the host point LOST');
    await t.server.services.presence.settled();
    // Events are handed out in the turn after their commit: wait for the second.
    expect((await watcher.count(2)).map((e) => e.type)).toEqual(['SITE_CONNECTED', 'SITE_LOST']);
  });

  it('is not connected by users who follow the meeting without hosting it', async () => {
    const m = await conference(t, { sites: 1 });
    const viewer = await user(t, 'VIEWER');
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const admin = record(t.ws(await t.adminToken()), LIVE, { meetingId: m.meetingId });
    const follower = record(t.ws(viewer.token), LIVE, { meetingId: m.meetingId });
    await Promise.all([admin.count(1), follower.count(1)]);
    await t.server.services.presence.settled();
    expect((await livePoint(t, m.host, m.meetingId, m.hostPointId)).connectionState).toBe('NEVER_JOINED');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });
});
