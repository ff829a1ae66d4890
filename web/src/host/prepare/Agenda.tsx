import { useRef, useState } from 'preact/hooks';
import {
  AddAgendaItemDocument,
  AgendaItemKind,
  MoveAgendaItemDocument,
  RemoveAgendaItemDocument,
} from '@diemcau/client';
import { choicesByName, choicesOf, SelectField, TextField } from '../../fields';
import { t } from '../../i18n';
import { useWorkspace } from '../context';
import type { SectionProps } from './Prepare';

export const AGENDA_KINDS: AgendaItemKind[] = [
  'OPENING',
  'REPORT',
  'VIDEO_REPORT',
  'CONTRIBUTIONS',
  'DISCUSSION',
  'QUESTIONING',
  'DIRECTIVE',
  'CONCLUSION',
  'BREAK',
  'OTHER',
];

/** The agenda in its order: moved by drag and drop, by buttons, or by Alt+↑/↓ on a focused row. */
export function Agenda({ meeting, act }: SectionProps) {
  const { request } = useWorkspace().client;
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaItemKind>('REPORT');
  const [minutes, setMinutes] = useState('');
  const [presenterId, setPresenterId] = useState('');
  const dragged = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const items = meeting.agenda;
  const move = async (id: string, position: number) => {
    if (position < 1 || position > items.length) return;
    await act(() => request(MoveAgendaItemDocument, { id, position }));
    // The moved row keeps the focus, so that Alt+↑ can be pressed again.
    list.current?.querySelector<HTMLElement>(`[data-item="${id}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent, id: string, position: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void move(id, position + (e.key === 'ArrowUp' ? -1 : 1));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const added = await act(() =>
      request(AddAgendaItemDocument, {
        input: {
          meetingId: meeting.id,
          title,
          kind,
          plannedMinutes: minutes ? Number(minutes) : null,
          presenterId: presenterId || null,
        },
      }),
    );
    if (added) {
      setTitle('');
      setMinutes('');
      setPresenterId('');
    }
  };
  const presenter = (id: string | null | undefined) => meeting.participants.find((p) => p.id === id)?.name;
  return (
    <section class="panel agenda" data-testid="agenda">
      <h2>{t('host.agenda.heading')}</h2>
      <p class="muted">{t('host.agenda.moveHint')}</p>
      <ol class="agenda-list" ref={list}>
        {items.map((item) => (
          <li
            key={item.id}
            data-item={item.id}
            tabIndex={0}
            draggable
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onKeyDown={(e) => onKey(e, item.id, item.position)}
            onDragStart={() => (dragged.current = item.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged.current && dragged.current !== item.id) void move(dragged.current, item.position);
              dragged.current = null;
            }}
          >
            <span class="item-title">{item.title}</span>
            <span class="muted">
              {t(`agendaKind.${item.kind}`)}
              {item.plannedMinutes != null &&
                ` · ${t('host.agenda.minutesShort', { minutes: item.plannedMinutes })}`}
              {item.presenterId && ` · ${presenter(item.presenterId)}`}
            </span>
            <span class="row-actions">
              <button type="button" onClick={() => move(item.id, item.position - 1)}>
                {t('host.agenda.up')}
              </button>
              <button type="button" onClick={() => move(item.id, item.position + 1)}>
                {t('host.agenda.down')}
              </button>
              <button
                type="button"
                onClick={() => act(() => request(RemoveAgendaItemDocument, { id: item.id }))}
              >
                {t('host.agenda.remove')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form class="add-row" onSubmit={submit}>
        <TextField label={t('host.agenda.title')} wide value={title} onInput={setTitle} required />
        <SelectField
          label={t('host.agenda.kind')}
          value={kind}
          choices={choicesOf(AGENDA_KINDS, 'agendaKind')}
          onChange={(k) => setKind(k as AgendaItemKind)}
        />
        <TextField label={t('host.agenda.minutes')} type="number" value={minutes} onInput={setMinutes} />
        <SelectField
          label={t('host.agenda.presenter')}
          value={presenterId}
          choices={choicesByName(meeting.participants)}
          empty="—"
          onChange={setPresenterId}
        />
        <button type="submit">{t('host.agenda.add')}</button>
      </form>
    </section>
  );
}
