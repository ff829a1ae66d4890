import { useEffect, useState } from 'preact/hooks';
import {
  MeetingFieldsFragment,
  MeetingFilter,
  MeetingKind,
  MeetingsDocument,
  MeetingStatus,
} from '@diemcau/client';
import { choicesOf, SelectField, TextField } from '../fields';
import { dateOfDay, t, timeOfDay } from '../i18n';
import { useWorkspace } from './context';
import { OutcomeLine, useActions } from './outcome';
import { navigate } from './route';
import { endOfDay, fromLocalInput } from './time';
import { UnitPicker } from './UnitPicker';
import { MEETING_KINDS } from './prepare/MeetingForm';

const STATUSES: MeetingStatus[] = ['DRAFT', 'SCHEDULED', 'LIVE', 'PAUSED', 'ENDED', 'CANCELLED'];

type Filters = { search: string; kind: string; status: string; from: string; to: string; unitId: string };

/** The meetings the user may see, newest first, with filters and a search of titles. */
export function MeetingList() {
  const workspace = useWorkspace();
  const [filters, setFilters] = useState<Filters>({
    search: '',
    kind: '',
    status: '',
    from: '',
    to: '',
    unitId: '',
  });
  const [meetings, setMeetings] = useState<MeetingFieldsFragment[] | null>(null);
  const [total, setTotal] = useState(0);
  const { outcome, run } = useActions();
  useEffect(() => {
    const filter: MeetingFilter = {
      search: filters.search.trim() || undefined,
      kind: filters.kind ? [filters.kind as MeetingKind] : undefined,
      status: filters.status ? [filters.status as MeetingStatus] : undefined,
      scheduledFrom: fromLocalInput(filters.from),
      scheduledTo: endOfDay(filters.to),
      organizerId: filters.unitId || undefined,
    };
    // Typing in the search box asks once it pauses, not at each letter.
    const timer = setTimeout(
      () =>
        void run(async () => {
          const { meetings: page } = await workspace.client.request(MeetingsDocument, { filter, first: 100 });
          setMeetings(page.edges.map((e) => e.node));
          setTotal(page.totalCount);
        }, ''),
      250,
    );
    return () => clearTimeout(timer);
  }, [filters]);
  const set = (change: Partial<Filters>) => setFilters({ ...filters, ...change });
  return (
    <main class="host host-list">
      <header class="host-bar">
        <h1>{t('host.list.heading')}</h1>
        <span class="muted">{workspace.session.user.displayName}</span>
        <button type="button" onClick={() => navigate({ page: 'new' })}>
          {t('host.list.create')}
        </button>
        <button type="button" onClick={workspace.signOut}>
          {t('host.signIn.signOut')}
        </button>
      </header>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('host.list.search')}
          type="search"
          value={filters.search}
          onInput={(search) => set({ search })}
        />
        <SelectField
          label={t('host.list.kind')}
          value={filters.kind}
          choices={choicesOf(MEETING_KINDS, 'meetingKind')}
          empty={t('host.list.all')}
          onChange={(kind) => set({ kind })}
        />
        <SelectField
          label={t('host.list.status')}
          value={filters.status}
          choices={choicesOf(STATUSES, 'status')}
          empty={t('host.list.all')}
          onChange={(status) => set({ status })}
        />
        <TextField
          label={t('host.list.from')}
          type="date"
          value={filters.from}
          onInput={(from) => set({ from })}
        />
        <TextField label={t('host.list.to')} type="date" value={filters.to} onInput={(to) => set({ to })} />
        <UnitPicker
          label={t('host.list.unit')}
          name="filter-unit"
          onChange={(u) => set({ unitId: u?.id ?? '' })}
        />
      </form>
      <OutcomeLine outcome={outcome?.error ? outcome : null} />
      {meetings && (
        <>
          <p class="muted">{t('host.list.count', { count: total })}</p>
          {meetings.length === 0 ? (
            <p class="muted">{t('host.list.empty')}</p>
          ) : (
            <table class="meetings" data-testid="meetings">
              <tbody>
                {meetings.map((m) => (
                  <tr key={m.id} data-meeting={m.id}>
                    <td>
                      {m.scheduledStart && `${dateOfDay(m.scheduledStart)} ${timeOfDay(m.scheduledStart)}`}
                    </td>
                    <td>
                      <strong>{m.title}</strong>
                      <div class="muted">
                        {t(`meetingKind.${m.kind}`)} · {m.organizer?.name}
                      </div>
                    </td>
                    <td>
                      <span class={`status status-${m.status}`}>{t(`status.${m.status}`)}</span>
                    </td>
                    <td>
                      <button type="button" onClick={() => navigate({ page: 'prepare', meetingId: m.id })}>
                        {t('host.list.prepare')}
                      </button>
                      <button type="button" onClick={() => navigate({ page: 'live', meetingId: m.id })}>
                        {t('host.list.live')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </main>
  );
}
