import { useState } from 'preact/hooks';
import { IssueSiteAccessCodeDocument } from '@diemcau/client';
import { t } from '../../i18n';
import { useWorkspace } from '../context';
import { saveBlob } from '../files';
import type { SectionProps } from './Prepare';

type Issued = { pointId: string; point: string; code: string; link: string };

/**
 * The sites' access codes: issued here (each shown once by the server), then downloaded as a CSV
 * or printed, to be sent to the sites with the link that joins at once.
 */
export function AccessCodes({ meeting, act }: SectionProps) {
  const { request } = useWorkspace().client;
  const [issued, setIssued] = useState<Issued[]>([]);
  const sites = meeting.connectionPoints.filter((cp) => cp.role === 'SITE');
  const issue = (onlyMissing: boolean) =>
    act(async () => {
      const fresh: Issued[] = [];
      for (const cp of sites.filter((s) => !onlyMissing || !s.hasAccessCode)) {
        const { issueSiteAccessCode } = await request(IssueSiteAccessCodeDocument, {
          connectionPointId: cp.id,
        });
        const { code } = issueSiteAccessCode;
        fresh.push({ pointId: cp.id, point: cp.name, code, link: siteLink(code) });
      }
      const kept = issued.filter((i) => !fresh.some((f) => f.pointId === i.pointId));
      setIssued([...kept, ...fresh]);
    });
  const download = () => {
    const rows = [[t('host.codes.point'), t('host.codes.code'), t('host.codes.link')]].concat(
      issued.map((i) => [i.point, i.code, i.link]),
    );
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    const csv = '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    saveBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `ma-truy-cap-${meeting.id.slice(0, 8)}.csv`,
    );
  };
  return (
    <section class="panel codes" data-testid="codes">
      <h2>{t('host.codes.heading')}</h2>
      <p class="muted">{t('host.codes.hint')}</p>
      <div class="actions">
        <button type="button" onClick={() => issue(false)}>
          {t('host.codes.issue')}
        </button>
        <button type="button" onClick={() => issue(true)}>
          {t('host.codes.issueMissing')}
        </button>
        <button type="button" disabled={issued.length === 0} onClick={download}>
          {t('host.codes.download')}
        </button>
        <button type="button" disabled={issued.length === 0} onClick={() => window.print()}>
          {t('host.codes.print')}
        </button>
      </div>
      <table class="code-list printable">
        <thead>
          <tr>
            <th>{t('host.codes.point')}</th>
            <th>{t('host.codes.code')}</th>
            <th>{t('host.codes.link')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((cp) => {
            const own = issued.find((i) => i.pointId === cp.id);
            return (
              <tr key={cp.id} data-point={cp.id}>
                <td>{cp.name}</td>
                <td class="code">
                  {own?.code ?? (cp.hasAccessCode ? t('host.codes.has') : t('host.codes.none'))}
                </td>
                <td class="link">{own?.link ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function siteLink(code: string): string {
  return new URL(`/site?code=${encodeURIComponent(code)}`, window.location.href).href;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
