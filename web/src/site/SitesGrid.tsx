import { useMemo } from 'preact/hooks';
import { LiveMeeting } from '@diemcau/client';
import { t, timeOfDay } from '../i18n';
import { Province, FeedState } from '../live/feed';

export type ConnectionPointOnScreen = LiveMeeting['connectionPoints'][number];
type Group = { province: Province; points: ConnectionPointOnScreen[]; lost: number };

/** Lost ones first, then the ones never joined, then the connected; by name within each. */
const ORDER = { LOST: 0, NEVER_JOINED: 1, CONNECTED: 2 } as const;

/** Every connection point's state and attendance: counts on top, by province, lost ones first. */
export function SitesGrid({ state }: { state: FeedState }) {
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
              {g.points.map((cp) => (
                <SiteRow
                  key={cp.id}
                  point={cp}
                  name={cp.name.replace(/^Điểm cầu\s+/, '')}
                  attendance={attendance.get(cp.id)}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </main>
  );
}

type Attendance = LiveMeeting['attendanceByConnectionPoint'][number];

/** One point: its name, its connection (lost in red), its delegates present of expected. */
export function SiteRow(props: { point: ConnectionPointOnScreen; name: string; attendance?: Attendance }) {
  const { point, attendance } = props;
  return (
    <li class={`site site-${point.connectionState}`} data-point={point.id} data-state={point.connectionState}>
      <span class="site-name">{props.name}</span>
      <span class="site-state">{stateText(point)}</span>
      {attendance && (
        <span class="site-attendance">
          {attendance.present}/{attendance.total}
        </span>
      )}
    </li>
  );
}

/** A point's connection in words, with the time it was last seen when lost. */
export function stateText(cp: ConnectionPointOnScreen): string {
  if (cp.connectionState === 'LOST')
    return cp.lastSeenAt ? t('sites.LOST', { time: timeOfDay(cp.lastSeenAt) }) : t('sites.LOST_unknown');
  return t(`sites.${cp.connectionState}`);
}

function grouped(points: ConnectionPointOnScreen[], provinceOf: ReadonlyMap<string, Province>): Group[] {
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
