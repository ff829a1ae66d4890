import { useState } from 'preact/hooks';
import { LiveMeeting, RequestReportsDocument } from '@diemcau/client';
import { TextField } from '../../fields';
import { dateOfDay, t, timeOfDay } from '../../i18n';
import { useWorkspace } from '../context';
import { ReportFile, ReportFilesDocument } from '../documents';
import { fetchWithToken, saveBlob } from '../files';
import { fromLocalInput } from '../time';
import { useRead } from '../useRead';
import { LiveProps } from './LiveConsole';

type Sent = LiveMeeting['reportRequests'][number]['sent'][number];

/**
 * Reports asked of the sites' units before the meeting: the host asks (title, deadline, units),
 * then sees each request fill in live (meetingLive's reportRequests), late reports marked, and
 * downloads the files each unit attached.
 */
export function ReportsPanel({ live, state, run }: LiveProps) {
  const { client } = useWorkspace();
  const units = live.connectionPoints
    .filter((cp) => cp.role === 'SITE')
    .map((cp) => ({ id: cp.unitId, name: state.unitOf.get(cp.id)?.name ?? cp.name }));
  const nameOf = (unitId: string) => units.find((u) => u.id === unitId)?.name ?? unitId;
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const files = useReportFiles(live);
  const toggle = (unitId: string, on: boolean) =>
    setChosen(on ? [...chosen, unitId] : chosen.filter((id) => id !== unitId));
  const submit = async (e: Event) => {
    e.preventDefault();
    const input = { meetingId: live.meetingId, title, deadline: fromLocalInput(deadline)!, unitIds: chosen };
    const asked = await run(
      () => client.request(RequestReportsDocument, { input }),
      t('host.reports.requested'),
    );
    if (!asked) return;
    setTitle('');
    setChosen([]);
  };
  return (
    <section class="panel live-reports" data-testid="reports">
      <h2>{t('host.reports.heading')}</h2>
      <form class="add-row" onSubmit={submit}>
        <TextField label={t('host.reports.title')} wide value={title} onInput={setTitle} required />
        <TextField
          label={t('host.reports.deadline')}
          type="datetime-local"
          value={deadline}
          onInput={setDeadline}
          required
        />
        <fieldset class="report-units">
          <legend>{t('host.reports.units')}</legend>
          {units.map((u) => (
            <label key={u.id}>
              <input
                type="checkbox"
                checked={chosen.includes(u.id)}
                onChange={(e) => toggle(u.id, e.currentTarget.checked)}
              />
              {u.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={chosen.length === 0}>
          {t('host.reports.request')}
        </button>
      </form>
      {live.reportRequests.length === 0 && <p class="muted">{t('host.reports.none')}</p>}
      {live.reportRequests.map((r) => (
        <article key={r.reportRequestId} class="report-request" data-report-request={r.reportRequestId}>
          <h3>
            {r.title}{' '}
            <span class="muted">
              · {t('host.reports.due', { time: timeOfDay(r.deadline), date: dateOfDay(r.deadline) })} ·{' '}
              {t('host.reports.count', {
                sent: r.sent.length,
                total: r.sent.length + r.missingUnitIds.length,
              })}
            </span>
          </h3>
          <ul>
            {r.sent.map((s) => (
              <SentReport
                key={s.unitId}
                sent={s}
                name={nameOf(s.unitId)}
                files={files.get(`${r.reportRequestId}/${s.unitId}`) ?? []}
                run={run}
              />
            ))}
            {r.missingUnitIds.map((unitId) => (
              <li key={unitId} data-unit={unitId} data-state="missing">
                <strong>{nameOf(unitId)}</strong> · <span class="bad">{t('host.reports.missing')}</span>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

function SentReport(props: { sent: Sent; name: string; files: ReportFile[]; run: LiveProps['run'] }) {
  const { session } = useWorkspace();
  const { sent } = props;
  const download = (file: ReportFile) =>
    props.run(async () => saveBlob(await fetchWithToken(`/files/${file.id}`, session.token), file.name));
  return (
    <li data-unit={sent.unitId} data-state={sent.late ? 'late' : 'sent'}>
      <strong>{props.name}</strong> ·{' '}
      <span class="ok">
        {t('host.reports.sentAt', { time: timeOfDay(sent.submittedAt), date: dateOfDay(sent.submittedAt) })}
      </span>
      {sent.late && <span class="bad"> · {t('host.reports.late')}</span>}
      {props.files.map((f) => (
        <button
          key={f.id}
          type="button"
          class="file-link"
          aria-label={t('host.reports.file', { name: f.name })}
          onClick={() => download(f)}
        >
          {f.name}
        </button>
      ))}
    </li>
  );
}

/**
 * The files of each report sent, by `requestId/unitId`: read again whenever the live screen shows
 * a report sent or replaced (its time changes).
 */
function useReportFiles(live: LiveMeeting): ReadonlyMap<string, ReportFile[]> {
  const sent = live.reportRequests
    .flatMap((r) => r.sent.map((s) => `${r.reportRequestId}/${s.unitId}@${s.submittedAt}`))
    .join(' ');
  const read = useRead(ReportFilesDocument, { id: live.meetingId }, sent || null);
  return new Map(
    read?.meeting?.reportRequests.flatMap((r) => r.submissions.map((s) => [`${r.id}/${s.unitId}`, s.files])),
  );
}
