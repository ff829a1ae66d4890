import { useState } from 'preact/hooks';
import {
  CheckInParticipantDocument,
  MarkParticipantAbsentDocument,
  RequestToSpeakDocument,
  SpeechKind,
  WithdrawSpeechDocument,
} from '@diemcau/client';
import { t } from '../i18n';
import { errorText } from '../errors';
import { FeedState } from '../live/feed';
import { SiteFeed } from './session';

/** The kinds a site asks the floor for. */
const HAND_KINDS: SpeechKind[] = ['COMMENT', 'CONTRIBUTION', 'REPORT', 'EXPLANATION'];

/** The site operator's own actions, with the site token: attendance and raised hands. */
export function OperatorPanel({ state, feed }: { state: FeedState; feed: SiteFeed }) {
  const own = feed.session.connectionPointId;
  const delegates = state.participants.filter((p) => p.connectionPointId === own);
  const ownHands = [...(state.live?.speechRequests ?? []), ...(state.live?.speakerQueue ?? [])].filter(
    (s) => s.connectionPointId === own,
  );
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [kind, setKind] = useState<SpeechKind>('COMMENT');
  const [speaker, setSpeaker] = useState('');
  const [topic, setTopic] = useState('');

  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setMessage({ text: t('operator.done'), error: false });
    } catch (e) {
      setMessage({ text: errorText(e), error: true });
    }
  };
  const { request } = feed.client;
  const raiseHand = (e: Event) => {
    e.preventDefault();
    const item = state.live?.currentAgendaItem;
    if (!item) return setMessage({ text: t('operator.noItem'), error: true });
    void act(() =>
      request(RequestToSpeakDocument, {
        input: {
          agendaItemId: item.id,
          connectionPointId: own,
          participantId: speaker || undefined,
          kind,
          topic: topic.trim() || undefined,
        },
      }),
    );
  };

  return (
    <main class="operator" data-testid="operator">
      {message && (
        <p class={message.error ? 'error' : 'ok'} role="alert" data-testid="operator-message">
          {message.text}
        </p>
      )}
      <section>
        <h2>{t('operator.delegates')}</h2>
        <table>
          <tbody>
            {delegates.map((p) => (
              <tr key={p.id} data-participant={p.id}>
                <td>
                  {p.name}
                  {p.position && <span class="muted"> · {p.position}</span>}
                </td>
                <td class="attendance-state">{t(`operator.${p.attendance}`)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => act(() => request(CheckInParticipantDocument, { id: p.id }))}
                  >
                    {t('operator.checkIn')}
                  </button>
                </td>
                <td>
                  <input
                    aria-label={t('operator.reason')}
                    placeholder={t('operator.reason')}
                    value={reasons[p.id] ?? ''}
                    onInput={(e) => setReasons({ ...reasons, [p.id]: e.currentTarget.value })}
                  />
                  {[false, true].map((excused) => (
                    <button
                      key={String(excused)}
                      type="button"
                      onClick={() =>
                        act(() =>
                          request(MarkParticipantAbsentDocument, {
                            id: p.id,
                            excused,
                            reason: reasons[p.id] || undefined,
                          }),
                        )
                      }
                    >
                      {t(excused ? 'operator.excused' : 'operator.absent')}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('operator.raiseHand')}</h2>
        <p class="muted" data-testid="operator-item">
          {state.live?.currentAgendaItem?.title ?? t('operator.noItem')}
        </p>
        <form onSubmit={raiseHand} class="hand-form">
          <label>
            {t('operator.kindLabel')}
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as SpeechKind)}>
              {HAND_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('operator.speaker')}
            <select value={speaker} onChange={(e) => setSpeaker(e.currentTarget.value)}>
              <option value="">—</option>
              {delegates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('operator.topic')}
            <input name="topic" value={topic} onInput={(e) => setTopic(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('operator.submitHand')}</button>
        </form>
        <ul class="own-hands">
          {ownHands.map((s) => (
            <li key={s.id}>
              {t(`kind.${s.kind}`)} · {s.topic ?? ''}{' '}
              <button type="button" onClick={() => act(() => request(WithdrawSpeechDocument, { id: s.id }))}>
                {t('operator.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
