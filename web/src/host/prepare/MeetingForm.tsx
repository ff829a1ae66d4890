import { useState } from 'preact/hooks';
import {
  CreateMeetingDocument,
  MeetingKind,
  ScheduleMeetingDocument,
  UpdateMeetingDocument,
} from '@diemcau/client';
import { choicesOf, SelectField, TextField } from '../../fields';
import { t } from '../../i18n';
import { Unit, useWorkspace } from '../context';
import { fromLocalInput, toLocalInput } from '../time';
import { UnitPicker } from '../UnitPicker';
import type { Act, Meeting } from './Prepare';

export const MEETING_KINDS: MeetingKind[] = [
  'WEEKLY_BRIEFING',
  'MONTHLY_BRIEFING',
  'QUARTERLY_BRIEFING',
  'SEMIANNUAL_REVIEW',
  'ANNUAL_REVIEW',
  'THEMATIC',
  'DEPLOYMENT',
  'TRAINING',
  'OTHER',
];

/** A new meeting's details, or an existing one's (saved with the version read: a stale one is refused). */
export function MeetingForm(props: { meeting: Meeting | null; act: Act; onCreated: (id: string) => void }) {
  const { client } = useWorkspace();
  const m = props.meeting;
  const [title, setTitle] = useState(m?.title ?? '');
  const [kind, setKind] = useState<MeetingKind>(m?.kind ?? 'MONTHLY_BRIEFING');
  const [plan, setPlan] = useState(m?.planReference ?? '');
  const [organizer, setOrganizer] = useState<Unit | null>(null);
  const [hostUnit, setHostUnit] = useState<Unit | null>(null);
  const [start, setStart] = useState(toLocalInput(m?.scheduledStart));
  const [end, setEnd] = useState(toLocalInput(m?.scheduledEnd));
  const fields = {
    title,
    kind,
    planReference: plan.trim() || null,
    scheduledStart: fromLocalInput(start),
    scheduledEnd: fromLocalInput(end),
    ...(organizer && { organizerId: organizer.id }),
    ...(hostUnit && { hostUnitId: hostUnit.id }),
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!m) {
      const created = await props.act(() =>
        client.request(CreateMeetingDocument, { input: { ...fields, format: 'ONLINE' } }),
      );
      if (created) props.onCreated(created.createMeeting.id);
    } else {
      await props.act(
        () => client.request(UpdateMeetingDocument, { input: { ...fields, id: m.id, version: m.version } }),
        t('host.meeting.saved'),
      );
    }
  };
  return (
    <section class="panel meeting-form">
      <h2>{t(m ? 'host.meeting.heading' : 'host.meeting.newHeading')}</h2>
      <form onSubmit={submit}>
        <TextField label={t('host.meeting.title')} wide value={title} onInput={setTitle} required />
        <SelectField
          label={t('host.meeting.kind')}
          value={kind}
          choices={choicesOf(MEETING_KINDS, 'meetingKind')}
          onChange={(k) => setKind(k as MeetingKind)}
        />
        <TextField label={t('host.meeting.plan')} wide value={plan} onInput={setPlan} />
        <UnitPicker
          label={t('host.meeting.organizer')}
          name="organizer"
          current={m?.organizer?.name}
          onChange={setOrganizer}
        />
        <UnitPicker
          label={t('host.meeting.hostUnit')}
          name="host-unit"
          current={m?.hostUnit?.name}
          onChange={setHostUnit}
        />
        <TextField label={t('host.meeting.start')} type="datetime-local" value={start} onInput={setStart} />
        <TextField label={t('host.meeting.end')} type="datetime-local" value={end} onInput={setEnd} />
        <div class="actions">
          <button type="submit">{t(m ? 'host.meeting.save' : 'host.meeting.create')}</button>
          {m?.status === 'DRAFT' && (
            <button
              type="button"
              onClick={() => props.act(() => client.request(ScheduleMeetingDocument, { id: m.id }))}
            >
              {t('host.meeting.schedule')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
