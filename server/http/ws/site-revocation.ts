import type { WebSocket } from 'ws';
import { SOCKET_CLOSES } from '../../../client-sdk/src/close-codes';
import { SiteActor } from '../../auth/actor';
import { EventBus } from '../../events/event-bus';
import { MeetingEventType } from '../../events/event-type';

/** After these, a connection point's site tokens no longer work (its access generation moved on). */
const ENDS_SITE_ACCESS = new Set([
  MeetingEventType.SITE_ACCESS_CODE_ISSUED,
  MeetingEventType.SITE_ACCESS_CODE_REVOKED,
  MeetingEventType.CONNECTION_POINT_REMOVED,
]);

/** The open site sockets of one meeting, by connection point, and its listener on the bus. */
type MeetingSockets = { bySite: Map<string, Set<WebSocket>>; detach: () => void };

/**
 * Closes the sockets of a site token (siteAccessEnded) when the site's access ends, so that their open
 * subscriptions stop at once (events travel on the bus, so also when another instance ran the
 * command). One bus listener per meeting, not per socket: every event of a national meeting would
 * otherwise call thousands of them.
 */
export class SiteRevocations {
  private readonly meetings = new Map<string, MeetingSockets>();

  constructor(private readonly bus: EventBus) {}

  /** Watches `socket` of `site` (until `forget`). */
  watch(site: SiteActor, socket: WebSocket): void {
    const { meetingId, connectionPointId } = site;
    let meeting = this.meetings.get(meetingId);
    if (!meeting) {
      const bySite = new Map<string, Set<WebSocket>>();
      const detach = this.bus.subscribe(meetingId, (event) => {
        if (!ENDS_SITE_ACCESS.has(event.type)) return;
        const { code, reason } = SOCKET_CLOSES.siteAccessEnded;
        for (const s of bySite.get(event.subject.id) ?? []) s.close(code, reason);
      });
      this.meetings.set(meetingId, (meeting = { bySite, detach }));
    }
    let sockets = meeting.bySite.get(connectionPointId);
    if (!sockets) meeting.bySite.set(connectionPointId, (sockets = new Set()));
    sockets.add(socket);
  }

  /** `socket` of `site` closed. */
  forget(site: SiteActor, socket: WebSocket): void {
    const { meetingId, connectionPointId } = site;
    const meeting = this.meetings.get(meetingId);
    const sockets = meeting?.bySite.get(connectionPointId);
    if (!meeting || !sockets?.delete(socket) || sockets.size > 0) return;
    meeting.bySite.delete(connectionPointId);
    if (meeting.bySite.size > 0) return;
    meeting.detach();
    this.meetings.delete(meetingId);
  }
}
