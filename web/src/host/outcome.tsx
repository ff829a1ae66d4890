import { useState } from 'preact/hooks';
import { errorText } from '../errors';
import { t } from '../i18n';

/** What the last action did: done, or refused in words with what to do. */
export type Outcome = { text: string; error: boolean } | null;

/**
 * Runs the console's actions one at a time and keeps their outcome; `busy` while one runs (a
 * second key press does not send the same change twice).
 */
export function useActions() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const run = async <T,>(action: () => Promise<T>, done = t('host.live.done')): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await action();
      setOutcome({ text: done, error: false });
      return result;
    } catch (e) {
      setOutcome({ text: errorText(e, 'host'), error: true });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { outcome, busy, run, setOutcome };
}

export function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return (
    <p class={outcome.error ? 'error' : 'ok'} role={outcome.error ? 'alert' : 'status'} data-testid="outcome">
      {outcome.text}
    </p>
  );
}
