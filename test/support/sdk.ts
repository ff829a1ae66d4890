import { ADMIN, startTestServer, TestServer } from './server';
import { scenarios, seedScenario } from '../../server/seed/seed';
import { MeetingLastEventSeqDocument } from '../../client-sdk/src';
import { LiveMeetingRun, sdkClient } from '../../scripts/demo/live-meeting';

/** A test server with a reference scenario seeded (SCHEDULED), and the host's SDK client for it. */
export async function seededRun(scenario: string): Promise<{ t: TestServer; run: LiveMeetingRun }> {
  const t = await startTestServer();
  const token = await adminToken(t.url);
  const { meetingId } = await seedScenario((q, v) => t.ok(q, v, token), scenarios[scenario]);
  return { t, run: new LiveMeetingRun({ url: t.url }, sdkClient({ url: t.url }, token), meetingId) };
}

/** Logs in through the SDK, without a token yet. */
export async function adminToken(url: string): Promise<string> {
  const client = sdkClient({ url });
  try {
    return (await client.mutate.login({ username: ADMIN.username, password: ADMIN.password })).token;
  } finally {
    await client.close();
  }
}

export async function lastEventSeq(run: LiveMeetingRun): Promise<number> {
  const { meeting } = await run.host.request(MeetingLastEventSeqDocument, { id: run.meetingId });
  return meeting!.lastEventSeq;
}
