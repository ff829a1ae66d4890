import { useEffect, useState } from 'preact/hooks';
import {
  CompleteAgendaItemDocument,
  EndMeetingDocument,
  EndSpeechDocument,
  ExtendSpeechDocument,
  LiveMeeting,
  PauseMeetingDocument,
  ResumeMeetingDocument,
  StartAgendaItemDocument,
  StartMeetingDocument,
  StartSpeechDocument,
} from '@diemcau/client';
import { t, timeOfDay } from '../../i18n';
import { FeedState, MeetingFeed } from '../../live/feed';
import { useFeed, useNow } from '../../live/useFeed';
import { useWorkspace } from '../context';
import { OutcomeLine, useActions } from '../outcome';
import { navigate } from '../route';
import { KEY_OF, Shortcut, SHORTCUTS, useShortcuts } from './shortcuts';
import { AgendaPanel } from './AgendaPanel';
import { Speakers } from './Speakers';
import { SitesPanel } from './SitesPanel';
import { ConclusionPanel } from './ConclusionPanel';
import { ReportsPanel } from './ReportsPanel';

export type Run = ReturnType<typeof useActions>['run'];
export type LiveProps = { live: LiveMeeting; state: FeedState; run: Run };

/**
 * The meeting run live on one screen: lifecycle, agenda, speakers and clock, sites and their
 * connections, the conclusion and its directives, the reports asked of the units. Everything follows
 * meetingLive and meetingEvents, so two hosts on the same meeting see each other's actions at once;
 * the keys of SHORTCUTS drive the common steps.
 */
export function LiveConsole({ meetingId }: { meetingId: string }) {
  const workspace = useWorkspace();
  const [feed] = useState(() => new MeetingFeed({ token: workspace.session.token, meetingId }, true));
  const state = useFeed(feed);
  const { clockOffsetMs } = state;
  const actions = useActions();
  useEffect(() => {
    void feed.start();
    return () => feed.stop();
  }, [feed]);
  const live = state.live;
  const steps = useSteps(live, actions.run);
  useShortcuts(steps);
  const now = useNow(250);
  return (
    <div
      class="host host-live screen"
      data-seq={live?.seq ?? 0}
      data-connected={String(state.connected)}
      data-testid="live-console"
    >
      {!state.connected && state.lostAt !== null && (
        <div class="banner" role="status" data-testid="connection-banner">
          {t('connection.lost')}
        </div>
      )}
      {state.fatal && <p class="error">{t(`errors.${state.fatal.code}`, t('errors.unknown'))}</p>}
      {live && (
        <>
          <Lifecycle live={live} steps={steps} run={actions.run} clockOffsetMs={clockOffsetMs} now={now} />
          <div class="outcome-bar">
            <OutcomeLine outcome={actions.outcome} />
          </div>
          <div class="live-grid">
            <AgendaPanel live={live} state={state} run={actions.run} steps={steps} />
            <Speakers {...{ live, state, steps, now }} run={actions.run} />
            <SitesPanel live={live} state={state} run={actions.run} />
          </div>
          <ConclusionPanel live={live} state={state} run={actions.run} setOutcome={actions.setOutcome} />
          <ReportsPanel live={live} state={state} run={actions.run} />
        </>
      )}
    </div>
  );
}

export type Steps = Record<Shortcut, () => void>;

/** The steps the keys (and their buttons) take, on what the screen shows now. */
function useSteps(live: LiveMeeting | null, run: Run): Steps {
  const { request } = useWorkspace().client;
  const none = () => undefined;
  if (!live) return { next: none, start: none, end: none, extend1: none, extend5: none, pause: none };
  const speech = live.currentSpeech;
  const extend = (minutes: number) => () =>
    speech && void run(() => request(ExtendSpeechDocument, { id: speech.id, seconds: minutes * 60 }));
  return {
    next: () =>
      void run(async () => {
        const active = live.agenda.find((i) => i.status === 'ACTIVE');
        const pending = live.agenda.filter((i) => i.status === 'PENDING');
        const next = pending.find((i) => !active || i.position > active.position) ?? pending[0];
        if (active) await request(CompleteAgendaItemDocument, { id: active.id });
        if (next) await request(StartAgendaItemDocument, { id: next.id });
      }),
    start: () =>
      void run(async () => {
        const next = live.speakerQueue[0];
        if (speech) await request(EndSpeechDocument, { id: speech.id });
        if (next) await request(StartSpeechDocument, { id: next.id });
      }),
    end: () => speech && void run(() => request(EndSpeechDocument, { id: speech.id })),
    extend1: extend(1),
    extend5: extend(5),
    pause: () =>
      void run(() =>
        request(live.status === 'PAUSED' ? ResumeMeetingDocument : PauseMeetingDocument, {
          id: live.meetingId,
        }),
      ),
  };
}

/** A step's button, with its key shown (and announced to screen readers). */
export function StepButton(props: { step: Shortcut; steps: Steps; label: string; disabled?: boolean }) {
  const key = KEY_OF[props.step];
  return (
    <button
      type="button"
      data-step={props.step}
      aria-keyshortcuts={key.toUpperCase()}
      disabled={props.disabled}
      onClick={props.steps[props.step]}
    >
      {props.label} <kbd>{key.toUpperCase()}</kbd>
    </button>
  );
}

function Lifecycle(props: { live: LiveMeeting; steps: Steps; run: Run; clockOffsetMs: number; now: number }) {
  const { live, run } = props;
  const { request } = useWorkspace().client;
  const [confirmEnd, setConfirmEnd] = useState(false);
  const id = live.meetingId;
  const running = live.status === 'LIVE' || live.status === 'PAUSED';
  return (
    <header class="host-bar live-bar">
      <button type="button" onClick={() => navigate({ page: 'prepare', meetingId: id })}>
        {t('host.live.prepare')}
      </button>
      <h1 data-testid="meeting-title">{live.title}</h1>
      <span class={`status status-${live.status}`} data-testid="meeting-status">
        {t(`status.${live.status}`)}
      </span>
      <span class="muted" title={t('host.live.clock')}>
        {timeOfDay(new Date(props.now + props.clockOffsetMs).toISOString())}
      </span>
      {(live.status === 'DRAFT' || live.status === 'SCHEDULED') && (
        <button type="button" onClick={() => run(() => request(StartMeetingDocument, { id }))}>
          {t('host.live.start')}
        </button>
      )}
      {running && (
        <StepButton
          step="pause"
          steps={props.steps}
          label={t(live.status === 'PAUSED' ? 'host.live.resume' : 'host.live.pause')}
        />
      )}
      {running &&
        (confirmEnd ? (
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirmEnd(false);
              void run(() => request(EndMeetingDocument, { id }));
            }}
          >
            {t('host.live.confirmEnd')}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirmEnd(true)}>
            {t('host.live.end')}
          </button>
        ))}
      <dl class="shortcuts" data-testid="shortcuts">
        {SHORTCUTS.map(([step, key]) => (
          <div key={key}>
            <dt>
              <kbd>{key.toUpperCase()}</kbd>
            </dt>
            <dd>{t(`host.live.keys.${step}`)}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
