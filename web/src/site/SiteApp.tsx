import { useEffect, useState } from 'preact/hooks';
import { isDiemcauError, JoinSiteSessionDocument } from '@diemcau/client';
import { t } from '../i18n';
import { apiClient } from '../api';
import { errorText } from '../errors';
import { MeetingFeed } from '../live/feed';
import { clearSession, loadSession, saveSession, Session } from './session';
import { SiteScreen } from './SiteScreen';

/** Join with the access code (typed, or `?code=` in the link), then the site's screens. */
export function SiteApp() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [notice, setNotice] = useState<string | null>(null);
  const linkCode = new URLSearchParams(window.location.search).get('code');

  const join = async (code: string) => {
    const anonymous = apiClient();
    try {
      const { joinSite: joined } = await anonymous.request(JoinSiteSessionDocument, { code: code.trim() });
      setNotice(null);
      setSession(saveSession(joined));
      // The code is not left in the address bar (nor in the history) once used.
      if (linkCode) window.history.replaceState(null, '', window.location.pathname);
    } catch (e) {
      setNotice(isDiemcauError(e, 'UNAUTHENTICATED') ? t('join.invalid') : errorText(e));
    } finally {
      void anonymous.close();
    }
  };

  const leave = (reason: string | null) => {
    clearSession();
    setSession(null);
    setNotice(reason);
  };

  // A link with the code joins at once (once: the code leaves the address bar).
  useEffect(() => {
    if (linkCode && !session) void join(linkCode);
  }, []);

  return session ? (
    <Following key={session.token} session={session} onLeave={leave} />
  ) : (
    <JoinForm onJoin={join} notice={notice} initial={linkCode ?? ''} />
  );
}

function Following({ session, onLeave }: { session: Session; onLeave: (reason: string | null) => void }) {
  const [feed] = useState(() => new MeetingFeed(session));
  useEffect(() => {
    const unsubscribe = feed.subscribe((state) => {
      if (state.fatal)
        onLeave(state.fatal.code === 'NETWORK_ERROR' ? errorText(state.fatal) : t('join.revoked'));
    });
    void feed.start();
    return () => {
      unsubscribe();
      feed.stop();
    };
  }, [feed]);
  return <SiteScreen feed={feed} onLeave={() => onLeave(null)} />;
}

function JoinForm(props: {
  onJoin: (code: string) => Promise<void>;
  notice: string | null;
  initial: string;
}) {
  const [code, setCode] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    await props.onJoin(code);
    setBusy(false);
  };
  return (
    <main class="join">
      <form onSubmit={submit}>
        <h1>{t('join.heading')}</h1>
        <label for="code">{t('join.codeLabel')}</label>
        <input
          id="code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          required
        />
        <p class="hint">{t('join.codeHint')}</p>
        {props.notice && (
          <p class="error" role="alert">
            {props.notice}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('join.joining') : t('join.submit')}
        </button>
      </form>
    </main>
  );
}
