import { useEffect, useRef, useState } from 'preact/hooks';
import { ConnectionState } from '@diemcau/client';
import { t, timeOfDay } from '../../i18n';
import { ConnectionPointOnScreen, SiteRow } from '../../site/SitesGrid';
import { LiveProps } from './LiveConsole';

type SiteEvent = { key: string; text: string; lost: boolean };

/** How many of the newest connection changes stay listed. */
const EVENTS_SHOWN = 6;
const ORDER: Record<ConnectionState, number> = { LOST: 0, NEVER_JOINED: 1, CONNECTED: 2 };

/**
 * Every site's connection and attendance, lost ones first; an alert stays on while any site is
 * LOST, and each loss and return is listed with its time.
 */
export function SitesPanel({ live }: LiveProps) {
  const events = useConnectionEvents(live.connectionPoints, live.serverTime);
  const attendance = new Map(live.attendanceByConnectionPoint.map((a) => [a.connectionPointId, a]));
  const lost = live.connectionPoints.filter((cp) => cp.connectionState === 'LOST');
  const points = [...live.connectionPoints].sort(
    (a, b) => ORDER[a.connectionState] - ORDER[b.connectionState] || a.name.localeCompare(b.name, 'vi'),
  );
  return (
    <section class="panel live-sites" data-testid="live-sites">
      <h2>
        {t('host.live.sites')}{' '}
        <span class="count">
          {t('host.live.attendance', { present: live.attendance.present, total: live.attendance.total })}
        </span>
      </h2>
      {lost.length > 0 && (
        <p class="alert" role="alert" data-testid="lost-alert">
          {t('host.live.lostAlert', { names: lost.map((cp) => cp.name).join(', ') })}
        </p>
      )}
      {events.length > 0 && (
        <ul class="site-events" data-testid="site-events">
          {events.map((e) => (
            <li key={e.key} class={e.lost ? 'bad' : 'ok'}>
              {e.text}
            </li>
          ))}
        </ul>
      )}
      <ul class="live-site-list">
        {points.map((cp) => (
          <SiteRow key={cp.id} point={cp} name={cp.name} attendance={attendance.get(cp.id)} />
        ))}
      </ul>
    </section>
  );
}

/** The sites that went LOST or came back since the screen opened, newest first. */
function useConnectionEvents(points: ConnectionPointOnScreen[], serverTime: string): SiteEvent[] {
  const previous = useRef<Map<string, ConnectionState> | null>(null);
  const [events, setEvents] = useState<SiteEvent[]>([]);
  useEffect(() => {
    const before = previous.current;
    previous.current = new Map(points.map((cp) => [cp.id, cp.connectionState]));
    if (!before) return;
    const time = timeOfDay(serverTime);
    const fresh: SiteEvent[] = [];
    for (const cp of points) {
      const was = before.get(cp.id);
      if (was === cp.connectionState) continue;
      if (cp.connectionState === 'LOST')
        fresh.push({
          key: `${cp.id}:${Date.now()}`,
          lost: true,
          text: t('host.live.siteLost', { name: cp.name, time }),
        });
      else if (was === 'LOST' && cp.connectionState === 'CONNECTED')
        fresh.push({
          key: `${cp.id}:${Date.now()}`,
          lost: false,
          text: t('host.live.siteBack', { name: cp.name, time }),
        });
    }
    if (fresh.length > 0) setEvents((list) => [...fresh, ...list].slice(0, EVENTS_SHOWN));
  }, [points]);
  return events;
}
