import type { MeetingFeed } from '../live/feed';
import { storedSession } from '../stored';

/** What a site keeps between reloads and reboots of the room's PC. */
export type Session = {
  token: string;
  meetingId: string;
  connectionPointId: string;
  siteName: string;
  expiresAt: string;
};

const stored = storedSession<Session>('diemcau.site.session');

export const loadSession = stored.load;
export const clearSession = stored.clear;

export function saveSession(joined: {
  token: string;
  expiresAt: string;
  meeting: { id: string };
  connectionPoint: { id: string; name: string };
}): Session {
  return stored.save({
    token: joined.token,
    meetingId: joined.meeting.id,
    connectionPointId: joined.connectionPoint.id,
    siteName: joined.connectionPoint.name,
    expiresAt: joined.expiresAt,
  });
}

/** A site's feed of its meeting, with the session it joined with. */
export type SiteFeed = MeetingFeed<Session>;
