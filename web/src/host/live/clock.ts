import { Client, LiveMeeting } from '@diemcau/client';

/**
 * The server's clock minus this PC's, from the public serverTime query: the half-way point of the
 * round trip is taken as the moment the server read its clock.
 */
export async function measureClockOffset(client: Client): Promise<number> {
  const sent = Date.now();
  const serverTime = await client.query.serverTime();
  const received = Date.now();
  return Date.parse(serverTime) - (sent + received) / 2;
}

/**
 * The speaking clock as the sites see it: the speech's remainingSeconds at the snapshot's
 * serverTime, less the seconds since then on the server's clock; held while the meeting is paused.
 */
export function remainingNow(live: LiveMeeting, clockOffsetMs: number, now: number): number | null {
  const speech = live.currentSpeech;
  if (!speech) return null;
  if (live.status === 'PAUSED') return speech.remainingSeconds;
  const since = Math.floor((now + clockOffsetMs - Date.parse(live.serverTime)) / 1000);
  return speech.remainingSeconds - Math.max(0, since);
}
