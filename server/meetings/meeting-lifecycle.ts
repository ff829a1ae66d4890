import { MeetingEventType } from '../events/event-type';
import { MeetingStatus } from './meeting.entity';

const { DRAFT, SCHEDULED, LIVE, PAUSED, ENDED, CANCELLED } = MeetingStatus;

/** The one table of a meeting's lifecycle: draft → scheduled → live ⇄ paused → ended; or cancelled. */
export const LIFECYCLE = {
  schedule: { from: [DRAFT], to: SCHEDULED, event: MeetingEventType.MEETING_SCHEDULED },
  start: { from: [DRAFT, SCHEDULED], to: LIVE, event: MeetingEventType.MEETING_STARTED },
  pause: { from: [LIVE], to: PAUSED, event: MeetingEventType.MEETING_PAUSED },
  resume: { from: [PAUSED], to: LIVE, event: MeetingEventType.MEETING_RESUMED },
  end: { from: [LIVE, PAUSED], to: ENDED, event: MeetingEventType.MEETING_ENDED },
  cancel: { from: [DRAFT, SCHEDULED], to: CANCELLED, event: MeetingEventType.MEETING_CANCELLED },
} as const satisfies Record<
  string,
  { from: readonly MeetingStatus[]; to: MeetingStatus; event: MeetingEventType }
>;

export type LifecycleAction = keyof typeof LIFECYCLE;

export function canApply(action: LifecycleAction, status: MeetingStatus): boolean {
  return (LIFECYCLE[action].from as readonly MeetingStatus[]).includes(status);
}
