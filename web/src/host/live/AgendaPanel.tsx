import { CompleteAgendaItemDocument, SkipAgendaItemDocument, StartAgendaItemDocument } from '@diemcau/client';
import { t } from '../../i18n';
import { useWorkspace } from '../context';
import { LiveProps, StepButton, Steps } from './LiveConsole';

/** The agenda with the current item; next (key N), complete, skip, or start any item. */
export function AgendaPanel({ live, run, steps }: LiveProps & { steps: Steps }) {
  const { request } = useWorkspace().client;
  return (
    <section class="panel live-agenda" data-testid="live-agenda">
      <h2>{t('host.live.agenda')}</h2>
      <StepButton
        step="next"
        steps={steps}
        label={t('host.live.nextItem')}
        disabled={live.status !== 'LIVE'}
      />
      <ol>
        {live.agenda.map((item) => (
          <li key={item.id} data-item={item.id} data-status={item.status} class={`agenda-${item.status}`}>
            <span class="item-title">{item.title}</span>
            <span class="muted">
              {t(`agendaKind.${item.kind}`)} · {t(`agendaStatus.${item.status}`)}
              {item.plannedMinutes != null &&
                ` · ${t('host.agenda.minutesShort', { minutes: item.plannedMinutes })}`}
            </span>
            <span class="row-actions">
              {item.status === 'ACTIVE' && (
                <button
                  type="button"
                  onClick={() => run(() => request(CompleteAgendaItemDocument, { id: item.id }))}
                >
                  {t('host.live.complete')}
                </button>
              )}
              {(item.status === 'PENDING' || item.status === 'SKIPPED') && (
                <button
                  type="button"
                  onClick={() => run(() => request(StartAgendaItemDocument, { id: item.id }))}
                >
                  {t('host.live.startItem')}
                </button>
              )}
              {item.status === 'PENDING' && (
                <button
                  type="button"
                  onClick={() => run(() => request(SkipAgendaItemDocument, { id: item.id }))}
                >
                  {t('host.live.skip')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
