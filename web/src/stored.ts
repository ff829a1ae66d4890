/**
 * A sign-in kept in this browser (localStorage) until its token expires: a reload or a reboot of
 * the PC comes straight back.
 */
export function storedSession<T extends { expiresAt: string }>(key: string) {
  return {
    load(): T | null {
      try {
        const session = JSON.parse(localStorage.getItem(key) ?? 'null') as T | null;
        return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
      } catch {
        return null;
      }
    },
    save(session: T): T {
      localStorage.setItem(key, JSON.stringify(session));
      return session;
    },
    clear(): void {
      localStorage.removeItem(key);
    },
  };
}
