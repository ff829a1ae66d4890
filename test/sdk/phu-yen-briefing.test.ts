import { MeetingEvent, LiveMeeting } from '../../client-sdk/src';
import { TestServer } from '../support/server';
import { lastEventSeq, meetingDetail, seededRun } from '../support/sdk';
import { LiveMeetingRun } from '../../scripts/demo/live-meeting';

describe('the Phú Yên monthly briefing, driven end to end through the SDK (host + 9 sites)', () => {
  let t: TestServer;
  let run: LiveMeetingRun;
  const host = { events: [] as MeetingEvent[], live: null as LiveMeeting | null };

  beforeAll(async () => {
    ({ t, run } = await seededRun('phu-yen-monthly-briefing'));
    run.follow(run.host, host);
    await run.joinSites();
    await run.run({ speechMs: 30 });
    await run.caughtUp(await lastEventSeq(run), [host, ...run.sites]);
  });
  afterAll(async () => {
    await run?.close();
    await t?.close();
  });

  it('has nine sites, each following with its own site token', () => {
    expect(run.sites).toHaveLength(9);
    expect(run.sites.map((s) => s.name)).toContain('Điểm cầu VKSND huyện Đồng Xuân');
  });

  it('delivers every event once, in order, identically to the host and every site', async () => {
    const last = await lastEventSeq(run);
    expect(run.errors).toEqual([]);
    expect(host.events.map((e) => e.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    for (const site of run.sites) expect(site.events).toEqual(host.events);
  });

  it('runs the whole briefing: check-in, hands, questioning, directives, the published notice', async () => {
    const types = new Set(host.events.map((e) => e.type));
    for (const type of [
      'MEETING_STARTED',
      'SITE_CONNECTED',
      'PARTICIPANT_CHECKED_IN',
      'SPEECH_REQUESTED',
      'SPEECH_STARTED',
      'SPEECH_EXTENDED',
      'QUESTION_ASKED',
      'DIRECTIVE_ADDED',
      'CONCLUSION_ANNOUNCED',
      'MEETING_ENDED',
      'CONCLUSION_PUBLISHED',
    ])
      expect(types).toContain(type);
    const meeting = await meetingDetail(run);
    expect(meeting).toMatchObject({
      status: 'ENDED',
      conclusion: { status: 'PUBLISHED', noticeNumber: '12/TB-VKS' },
    });
    expect(meeting.agenda.every((a) => a.status === 'DONE')).toBe(true);
    expect(meeting.attendance.present).toBe(meeting.attendance.total);
    for (const site of [host, ...run.sites])
      expect(site.live).toMatchObject({ status: 'ENDED', seq: meeting.lastEventSeq });
  });

  it('gives each subject as its main fragment (aliases renamed back), Vietnamese intact', () => {
    const speech = host.events.find((e) => e.type === 'SPEECH_STARTED')!.subject;
    expect(speech).toMatchObject({ __typename: 'SpeechSnapshot', status: 'SPEAKING', kind: 'REPORT' });
    expect(speech).not.toHaveProperty('speechSnapshotStatus');
    const started = host.events.find((e) => e.type === 'MEETING_STARTED')!.subject;
    expect(started).toMatchObject({
      __typename: 'MeetingSnapshot',
      status: 'LIVE',
      title: 'Hội nghị giao ban trực tuyến VKSND hai cấp tỉnh Phú Yên tháng 6/2021',
    });
  });
});
