/**
 * Where a client keeps its site session between page reloads or process restarts. Any key-value
 * store fits (a file, a keychain, a database row); the SDK ships memory, localStorage and, for Node,
 * a file (`@diemcau/client/node`).
 */
export type SessionStore = {
  get(key: string): string | null | Promise<string | null>;
  set(key: string, value: string): void | Promise<void>;
  delete(key: string): void | Promise<void>;
};

/** Kept as long as the client's process: the default. */
export function memorySessionStore(): SessionStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    delete: (key) => void values.delete(key),
  };
}

/** What the SDK uses of the Web Storage API (declared here: a Node project has no DOM types). */
export type WebStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

/** The browser's localStorage (or any Web Storage): kept across reloads of the page. */
export function localStorageSessionStore(
  storage: WebStorage = (globalThis as { localStorage?: WebStorage }).localStorage!,
): SessionStore {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    delete: (key) => storage.removeItem(key),
  };
}

/** A site's session: what joinSite gave, kept until it expires, is revoked or the site leaves. */
export type SiteSession = {
  token: string;
  /** ISO 8601. */
  expiresAt: string;
  meetingId: string;
  connectionPointId: string;
  siteName: string;
};

/** What joinSite answers (the SDK's selection, or any that has these fields). */
export type JoinedSite = {
  token: string;
  expiresAt: string;
  meeting: { id: string };
  connectionPoint: { id: string; name: string };
};

/** The site session in a store under one key; an expired or unreadable one is none. */
export class SiteSessions {
  constructor(
    private readonly store: SessionStore,
    private readonly key: string,
  ) {}

  async current(): Promise<SiteSession | null> {
    let session: SiteSession | null;
    try {
      session = JSON.parse((await this.store.get(this.key)) ?? 'null') as SiteSession | null;
    } catch {
      session = null;
    }
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  }

  async save(joined: JoinedSite): Promise<SiteSession> {
    const session: SiteSession = {
      token: joined.token,
      expiresAt: joined.expiresAt,
      meetingId: joined.meeting.id,
      connectionPointId: joined.connectionPoint.id,
      siteName: joined.connectionPoint.name,
    };
    await this.store.set(this.key, JSON.stringify(session));
    return session;
  }

  async clear(): Promise<void> {
    await this.store.delete(this.key);
  }
}
