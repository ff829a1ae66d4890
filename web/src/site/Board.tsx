import { useMemo } from 'preact/hooks';
import { LiveMeeting } from '@diemcau/client';
import { duration, t } from '../i18n';
import { FeedState } from '../live/feed';
import { Session } from './session';
import { remainingAt, secondsSince, serverNow, Speech } from '../live/clock';
import { useNow } from '../live/useFeed';

/** The room's screen: legible from the back of the room, 1920×1080 without scrolling. */
export function Board({ state, session }: { state: FeedState; session: Session }) {
  const live = state.live;
  const now = serverNow(state, useNow());
  const siteNames = useMemo(
    () => new Map(live?.connectionPoints.map((cp) => [cp.id, cp.name]) ?? []),
    [live?.connectionPoints],
  );
  /** The server's one rule: the delegate's name, else as announced, else the site's. */
  const speakerOf = (s: Speech) => s.displayName;
  if (!live) return <main class="board loading" />;
  const item = live.currentAgendaItem;
  const conclusion = state.conclusion && state.conclusion.status !== 'DRAFT' ? state.conclusion.text : null;
  return (
    <main class="board" data-testid="board">
      <header class="board-title">
        <h1 data-testid="meeting-title">{live.title}</h1>
        <span class={`status status-${live.status}`} data-testid="meeting-status">
          {t(`status.${live.status}`)}
        </span>
      </header>
      <section class="agenda-item" data-testid="agenda-item">
        <h2>{t('board.agendaItem')}</h2>
        {item ? (
          <>
            <p class="item-title">{item.title}</p>
            <p class="item-times">
              {t('board.planned', { minutes: item.plannedMinutes })}
              {item.startedAt &&
                ` · ${t('board.elapsed', { time: duration(secondsSince(item.startedAt, now)) })}`}
            </p>
          </>
        ) : (
          <p class="muted">{t('board.noAgendaItem')}</p>
        )}
      </section>
      <section class="speaker" data-testid="speaker">
        <h2>{t('board.speaker')}</h2>
        {live.currentSpeech ? (
          <CurrentSpeech
            speech={live.currentSpeech}
            speaker={speakerOf(live.currentSpeech)}
            site={siteNames.get(live.currentSpeech.connectionPointId)}
            remaining={remainingAt(live.currentSpeech, live.serverTime, now)}
            paused={live.status === 'PAUSED'}
          />
        ) : (
          <p class="muted">{t('board.noSpeaker')}</p>
        )}
      </section>
      <aside class="side">
        <SpeechList
          title={t('board.next')}
          empty={t('board.noneNext')}
          speeches={live.speakerQueue}
          siteNames={siteNames}
          speakerOf={speakerOf}
          testId="queue"
        />
        <SpeechList
          title={t('board.hands')}
          empty={t('board.noHands')}
          speeches={live.speechRequests}
          siteNames={siteNames}
          speakerOf={speakerOf}
          testId="hands"
        />
        <OwnSite live={live} session={session} connected={state.connected} />
      </aside>
      {conclusion && (
        <section class="conclusion" data-testid="conclusion">
          <h2>{t('board.conclusion')}</h2>
          <p>{conclusion}</p>
        </section>
      )}
    </main>
  );
}

function CurrentSpeech(props: {
  speech: Speech;
  speaker: string;
  site: string | undefined;
  remaining: number;
  paused: boolean;
}) {
  const { speech, remaining } = props;
  const over = remaining < 0;
  return (
    <div class="current-speech">
      <p class="speaker-name" data-testid="speaker-name">
        {props.speaker}
      </p>
      <p class="speaker-unit">
        <span class="kind">{t(`kind.${speech.kind}`)}</span> {props.site}
      </p>
      {speech.topic && <p class="topic">{speech.topic}</p>}
      <p class={`countdown${over ? ' over' : ''}`} data-testid="countdown" data-remaining={remaining}>
        {duration(remaining)}
        {props.paused && <span class="paused"> {t('board.paused')}</span>}
        {over && !props.paused && <span class="overtime"> {t('board.overtime')}</span>}
      </p>
    </div>
  );
}

function SpeechList(props: {
  title: string;
  empty: string;
  speeches: Speech[];
  siteNames: Map<string, string>;
  speakerOf: (speech: Speech) => string;
  testId: string;
}) {
  const shown = props.speeches.slice(0, 5);
  return (
    <section class="speech-list" data-testid={props.testId}>
      <h2>
        {props.title} {props.speeches.length > 0 && <span class="count">({props.speeches.length})</span>}
      </h2>
      {shown.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <ol>
          {shown.map((s) => (
            <li key={s.id} data-speech={s.id}>
              <span class="who">{props.speakerOf(s)}</span>
              <span class="what">
                {t(`kind.${s.kind}`)} · {props.siteNames.get(s.connectionPointId)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {props.speeches.length > shown.length && <p class="more">+{props.speeches.length - shown.length}</p>}
    </section>
  );
}

function OwnSite(props: { live: LiveMeeting; session: Session; connected: boolean }) {
  const { live, session } = props;
  const own = session.connectionPointId;
  const point = live.connectionPoints.find((cp) => cp.id === own);
  const attendance = live.attendanceByConnectionPoint.find((a) => a.connectionPointId === own);
  const queued = live.speakerQueue.find((s) => s.connectionPointId === own);
  const raised = live.speechRequests.some((s) => s.connectionPointId === own);
  const speaking = live.currentSpeech?.connectionPointId === own;
  return (
    <section class="own-site" data-testid="own-site">
      <h2>{t('board.yourSite')}</h2>
      <p class="own-name">{session.siteName}</p>
      <ul>
        {!props.connected ? (
          <li class="bad">{t('board.disconnected')}</li>
        ) : (
          point?.connectionState === 'CONNECTED' && <li class="ok">{t('board.connected')}</li>
        )}
        {attendance && (
          <li>{t('board.attendance', { present: attendance.present, expected: attendance.total })}</li>
        )}
        {speaking && <li class="hot">{t('board.speakingNow')}</li>}
        {raised && <li class="hot">{t('board.handRaised')}</li>}
        {queued && <li class="hot">{t('board.queuePosition', { position: queued.queuePosition })}</li>}
      </ul>
    </section>
  );
}
