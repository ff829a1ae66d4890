import { LiveMeeting } from '@diemcau/client';
import { FeedState } from './feed';

/**
 * The server's time now, as a screen should show it: this PC's clock corrected by the measured
 * offset; held at the snapshot's time while the meeting is paused, and at the moment of the drop
 * while the connection is lost (the board stays as it was).
 */
export function serverNow(state: FeedState, now: number): number {
  const live = state.live;
  if (live?.status === 'PAUSED') return Date.parse(live.serverTime);
  return (state.lostAt ?? now) + state.clockOffsetMs;
}

/** Whole seconds since `iso` at `at` (server time). */
export function secondsSince(iso: string, at: number): number {
  return Math.max(0, Math.floor((at - Date.parse(iso)) / 1000));
}

/**
 * The speaking clock, the same on every screen: the speech's remainingSeconds (the server's, pauses
 * left out) at the snapshot's serverTime, less the seconds since then at `at` (server time).
 */
export function remainingAt(speech: { remainingSeconds: number }, serverTime: string, at: number): number {
  return speech.remainingSeconds - secondsSince(serverTime, at);
}

export type Speech = LiveMeeting['speakerQueue'][number];
