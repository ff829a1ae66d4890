import { t } from '../i18n';

/** The host console's place in the app (its screens come with the console's own work). */
export function HostConsole() {
  return (
    <main class="host">
      <h1>{t('host.heading')}</h1>
      <p>{t('host.soon')}</p>
    </main>
  );
}
