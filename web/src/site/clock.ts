import { LiveMeeting } from '@diemcau/client';
import { SiteState } from './feed';

/**
 * The server's time now, as this screen should show it: this PC's clock corrected by the offset of
 * the newest snapshot; held at the snapshot's time while the meeting is paused, and at the moment of
 * the drop while the connection is lost (the board stays as it was).
 */
export function serverNow(state: SiteState, now: number): number {
  const live = state.live;
  if (live?.status === 'PAUSED') return Date.parse(live.serverTime);
  return (state.lostAt ?? now) + state.clockOffsetMs;
}

/**
 * The seconds left to `speech` at `now` (server time): the server's remainingSeconds, run on from the
 * snapshot's serverTime; it stands still while the meeting is paused (serverNow holds).
 */
export function remainingSeconds(speech: CurrentSpeech, live: LiveMeeting, now: number): number {
  return speech.remainingSeconds - secondsSince(live.serverTime, now);
}

/** Whole seconds since `iso` at `at` (server time). */
export function secondsSince(iso: string, at: number): number {
  return Math.max(0, Math.floor((at - Date.parse(iso)) / 1000));
}

export type Speech = LiveMeeting['speakerQueue'][number];
export type CurrentSpeech = NonNullable<LiveMeeting['currentSpeech']>;
