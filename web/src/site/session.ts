/** What a site keeps between reloads and reboots of the room's PC. */
export type Session = {
  token: string;
  meetingId: string;
  connectionPointId: string;
  siteName: string;
  expiresAt: string;
};

const KEY = 'diemcau.site.session';

export function loadSession(): Session | null {
  try {
    const session = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(joined: {
  token: string;
  expiresAt: string;
  meeting: { id: string };
  connectionPoint: { id: string; name: string };
}): Session {
  const session: Session = {
    token: joined.token,
    meetingId: joined.meeting.id,
    connectionPointId: joined.connectionPoint.id,
    siteName: joined.connectionPoint.name,
    expiresAt: joined.expiresAt,
  };
  localStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}
