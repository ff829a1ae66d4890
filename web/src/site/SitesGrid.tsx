import { useMemo } from 'preact/hooks';
import { LiveMeeting } from '@diemcau/client';
import { t, timeOfDay } from '../i18n';
import { Province, SiteState } from './feed';

type Point = LiveMeeting['connectionPoints'][number];
type Group = { province: Province; points: Point[]; lost: number };

/** Lost ones first, then the ones never joined, then the connected; by name within each. */
const ORDER = { LOST: 0, NEVER_JOINED: 1, CONNECTED: 2 } as const;

/** Every connection point's state and attendance: counts on top, by province, lost ones first. */
export function SitesGrid({ state }: { state: SiteState }) {
  const live = state.live;
  const groups = useMemo(
    () => (live ? grouped(live.connectionPoints, state.provinceOf) : []),
    [live?.connectionPoints, state.provinceOf],
  );
  const attendance = useMemo(
    () => new Map(live?.attendanceByConnectionPoint.map((a) => [a.connectionPointId, a]) ?? []),
    [live?.attendanceByConnectionPoint],
  );
  if (!live) return <main class="sites" />;
  const count = (s: keyof typeof ORDER) =>
    live.connectionPoints.filter((cp) => cp.connectionState === s).length;
  return (
    <main class="sites" data-testid="sites">
      <header class="sites-summary" data-testid="sites-summary">
        <p>
          {t('sites.summary', {
            connected: count('CONNECTED'),
            lost: count('LOST'),
            never: count('NEVER_JOINED'),
            total: live.connectionPoints.length,
          })}
        </p>
        <p>{t('sites.attendance', { present: live.attendance.present, planned: live.attendance.total })}</p>
      </header>
      <div class="provinces">
        {groups.map((g) => (
          <section key={g.province.id} class={`province${g.lost > 0 ? ' has-lost' : ''}`}>
            <h2>
              {g.province.name} <span class="count">({g.points.length})</span>
            </h2>
            <ul>
              {g.points.map((cp) => {
                const a = attendance.get(cp.id);
                return (
                  <li key={cp.id} class={`site site-${cp.connectionState}`} data-state={cp.connectionState}>
                    <span class="site-name">{cp.name.replace(/^Điểm cầu\s+/, '')}</span>
                    <span class="site-state">{stateText(cp)}</span>
                    {a && (
                      <span class="site-attendance">
                        {a.present}/{a.total}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </main>
  );
}

function stateText(cp: Point): string {
  if (cp.connectionState === 'LOST')
    return cp.lastSeenAt ? t('sites.LOST', { time: timeOfDay(cp.lastSeenAt) }) : t('sites.LOST_unknown');
  return t(`sites.${cp.connectionState}`);
}

function grouped(points: Point[], provinceOf: ReadonlyMap<string, Province>): Group[] {
  const groups = new Map<string, Group>();
  for (const cp of points) {
    const province =
      cp.role === 'HOST'
        ? { id: 'host', name: t('sites.host') }
        : (provinceOf.get(cp.id) ?? { id: 'other', name: t('sites.other') });
    const group = groups.get(province.id) ?? { province, points: [], lost: 0 };
    group.points.push(cp);
    if (cp.connectionState === 'LOST') group.lost++;
    groups.set(province.id, group);
  }
  for (const g of groups.values())
    g.points.sort(
      (a, b) =>
        ORDER[a.connectionState] - ORDER[b.connectionState] ||
        a.name.localeCompare(b.name, 'vi', { numeric: true }),
    );
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.province.id === 'host') - Number(a.province.id === 'host') ||
      b.lost - a.lost ||
      a.province.name.localeCompare(b.province.name, 'vi', { numeric: true }),
  );
}
