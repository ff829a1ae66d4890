import type { WebSocket } from 'ws';
import { SiteActor } from '../auth/actor';
import { EventBus } from '../events/event-bus';
import { MeetingEventType } from '../events/event-type';

/** After these, a connection point's site tokens no longer work (its access generation moved on). */
const ENDS_SITE_ACCESS = new Set([
  MeetingEventType.SITE_ACCESS_CODE_ISSUED,
  MeetingEventType.SITE_ACCESS_CODE_REVOKED,
  MeetingEventType.CONNECTION_POINT_REMOVED,
]);

/**
 * Closes the socket of a site token with `code` when the site's access ends, so that its open
 * subscriptions stop at once (events travel on the bus, so also when another instance ran the command).
 * Returns the cancel function, for when the socket closes first.
 */
export function closeOnRevocation(
  bus: EventBus,
  site: SiteActor,
  socket: WebSocket,
  code: number,
): () => void {
  return bus.subscribe(site.meetingId, (event) => {
    if (ENDS_SITE_ACCESS.has(event.type) && event.subject.id === site.connectionPointId) {
      socket.close(code, 'Site access ended');
    }
  });
}
