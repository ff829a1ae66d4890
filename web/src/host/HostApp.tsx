import { useEffect, useMemo, useState } from 'preact/hooks';
import { isDiemcauError, LoginDocument } from '@diemcau/client';
import { apiClient } from '../api';
import { errorText } from '../errors';
import { TextField } from '../fields';
import { t } from '../i18n';
import './vi';
import { HostWorkspace, WorkspaceContext } from './context';
import { MeetingList } from './MeetingList';
import { Prepare } from './prepare/Prepare';
import { LiveConsole } from './live/LiveConsole';
import { useRoute } from './route';
import { HostSession, hostSession } from './session';

/** The host console: sign in with a user account, then the meetings, their preparation, the live run. */
export function HostApp() {
  const [session, setSession] = useState<HostSession | null>(hostSession.load);
  const [notice, setNotice] = useState<string | null>(null);
  const signOut = (reason: string | null = null) => {
    hostSession.clear();
    setSession(null);
    setNotice(reason);
  };
  const workspace = useMemo(
    () => session && new HostWorkspace(apiClient(session.token), session, () => signOut()),
    [session?.token],
  );
  useEffect(() => () => void workspace?.client.close(), [workspace]);
  if (!workspace) return <SignIn notice={notice} onSignedIn={(s) => setSession(hostSession.save(s))} />;
  return (
    <WorkspaceContext.Provider value={workspace}>
      <Pages />
    </WorkspaceContext.Provider>
  );
}

function Pages() {
  const route = useRoute();
  switch (route.page) {
    case 'list':
      return <MeetingList />;
    case 'new':
      return <Prepare meetingId={null} />;
    case 'prepare':
      return <Prepare key={route.meetingId} meetingId={route.meetingId} />;
    case 'live':
      return <LiveConsole key={route.meetingId} meetingId={route.meetingId} />;
  }
}

function SignIn(props: { notice: string | null; onSignedIn: (session: HostSession) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const anonymous = apiClient();
    try {
      const { login } = await anonymous.request(LoginDocument, { username: username.trim(), password });
      props.onSignedIn(login);
    } catch (e) {
      setError(isDiemcauError(e, 'UNAUTHENTICATED') ? t('host.signIn.wrong') : errorText(e, 'host'));
    } finally {
      setBusy(false);
      void anonymous.close();
    }
  };
  const shown = error ?? props.notice;
  return (
    <main class="join host-sign-in">
      <form onSubmit={submit}>
        <h1>{t('host.signIn.heading')}</h1>
        <TextField
          label={t('host.signIn.username')}
          name="username"
          autoComplete="username"
          value={username}
          onInput={setUsername}
          required
        />
        <TextField
          label={t('host.signIn.password')}
          name="password"
          secret
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
          required
        />
        {shown && (
          <p class="error" role="alert">
            {shown}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('host.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
