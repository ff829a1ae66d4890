import { useState } from 'preact/hooks';
import {
  ApproveSpeechDocument,
  MoveSpeechDocument,
  RejectSpeechDocument,
  StartSpeechDocument,
} from '@diemcau/client';
import { duration, t } from '../../i18n';
import { remainingAt, serverNow, Speech } from '../../live/clock';
import { useWorkspace } from '../context';
import { AskQuestion } from './AskQuestion';
import { LiveProps, StepButton, Steps } from './LiveConsole';
import { SpeechEdit } from './SpeechEdit';

/**
 * The floor: who speaks now with the clock the sites show, the queue (reorder, call), the hands
 * raised by the sites (approve at a position, reject with a reason), a speech's speaker, topic or kind
 * put right, and a question to a unit.
 */
export function Speakers(props: LiveProps & { steps: Steps; now: number }) {
  const { live, state, run, steps } = props;
  const { request } = useWorkspace().client;
  const siteName = (s: Speech) =>
    live.connectionPoints.find((cp) => cp.id === s.connectionPointId)?.name ?? '';
  const speech = live.currentSpeech;
  const remaining = speech ? remainingAt(speech, live.serverTime, serverNow(state, props.now)) : null;
  const speaking = live.status === 'LIVE' && Boolean(speech);
  return (
    <section class="panel live-speakers" data-testid="live-speakers">
      <div class="current-speech" data-testid="current-speech">
        <h2>{t('host.live.speech')}</h2>
        {speech ? (
          <>
            <p class="speaker-name" data-testid="speaker-name">
              {speech.displayName}
            </p>
            <p class="muted">
              {t(`kind.${speech.kind}`)} · {siteName(speech)}
              {speech.topic && ` · ${speech.topic}`}
            </p>
            <SpeechEdit speech={speech} state={state} run={run} />
            {remaining !== null && (
              <p
                class={`countdown${remaining < 0 ? ' over' : ''}`}
                data-testid="countdown"
                data-remaining={remaining}
                data-limit={speech.timeLimitSeconds}
              >
                {duration(remaining)}
                {live.status === 'PAUSED' && <span class="paused"> {t('host.live.clockPaused')}</span>}
                {remaining < 0 && live.status !== 'PAUSED' && (
                  <span class="overtime"> {t('host.live.overtime')}</span>
                )}
              </p>
            )}
          </>
        ) : (
          <p class="muted">{t('host.live.noSpeech')}</p>
        )}
        <div class="actions">
          <StepButton
            step="start"
            steps={steps}
            label={t('host.live.startNext')}
            disabled={live.speakerQueue.length === 0}
          />
          <StepButton step="end" steps={steps} label={t('host.live.endSpeech')} disabled={!speaking} />
          <StepButton step="extend1" steps={steps} label={t('host.live.extend1')} disabled={!speech} />
          <StepButton step="extend5" steps={steps} label={t('host.live.extend5')} disabled={!speech} />
        </div>
      </div>
      <div class="queue" data-testid="host-queue">
        <h2>
          {t('host.live.queue')} <span class="count">({live.speakerQueue.length})</span>
        </h2>
        {live.speakerQueue.length === 0 && <p class="muted">{t('host.live.noQueue')}</p>}
        <ol>
          {live.speakerQueue.map((s, i) => (
            <li key={s.id} data-speech={s.id}>
              <span class="who">{s.displayName}</span>
              <span class="muted">
                {t(`kind.${s.kind}`)} · {siteName(s)}
              </span>
              <span class="row-actions">
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => run(() => request(MoveSpeechDocument, { id: s.id, position: i }))}
                >
                  {t('host.live.moveUp')}
                </button>
                <button
                  type="button"
                  disabled={i === live.speakerQueue.length - 1}
                  onClick={() => run(() => request(MoveSpeechDocument, { id: s.id, position: i + 2 }))}
                >
                  {t('host.live.moveDown')}
                </button>
                <button type="button" onClick={() => run(() => request(StartSpeechDocument, { id: s.id }))}>
                  {t('host.live.startThis')}
                </button>
              </span>
              <SpeechEdit speech={s} state={state} run={run} />
            </li>
          ))}
        </ol>
      </div>
      <Requests {...props} siteName={siteName} />
      <AskQuestion {...props} />
    </section>
  );
}

function Requests(props: LiveProps & { siteName: (s: Speech) => string }) {
  const { live, run } = props;
  const { request } = useWorkspace().client;
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  return (
    <div class="requests" data-testid="requests">
      <h2>
        {t('host.live.requests')} <span class="count">({live.speechRequests.length})</span>
      </h2>
      {live.speechRequests.length === 0 && <p class="muted">{t('host.live.noRequests')}</p>}
      <ol>
        {live.speechRequests.map((s) => (
          <li key={s.id} data-speech={s.id}>
            <span class="who">{s.displayName}</span>
            <span class="muted">
              {t(`kind.${s.kind}`)} · {props.siteName(s)}
              {s.topic && ` · ${s.topic}`}
            </span>
            <span class="row-actions">
              <input
                type="number"
                min={1}
                class="narrow"
                aria-label={t('host.live.approveAt')}
                placeholder={t('host.live.approveAt')}
                value={positions[s.id] ?? ''}
                onInput={(e) => setPositions({ ...positions, [s.id]: e.currentTarget.value })}
              />
              <button
                type="button"
                onClick={() =>
                  run(() =>
                    request(ApproveSpeechDocument, {
                      id: s.id,
                      position: positions[s.id] ? Number(positions[s.id]) : null,
                    }),
                  )
                }
              >
                {t('host.live.approve')}
              </button>
              <input
                aria-label={t('host.live.rejectReason')}
                placeholder={t('host.live.rejectReason')}
                value={reasons[s.id] ?? ''}
                onInput={(e) => setReasons({ ...reasons, [s.id]: e.currentTarget.value })}
              />
              <button
                type="button"
                onClick={() =>
                  run(() =>
                    request(RejectSpeechDocument, { id: s.id, reason: reasons[s.id]?.trim() || null }),
                  )
                }
              >
                {t('host.live.reject')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
