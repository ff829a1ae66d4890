import { MeetingEventType } from './event-type';
import { EventSubject, SubjectType } from './subjects';

/** Who caused an event: a user, a connection point (site token) or the system. */
export type EventActor = { kind: string; id: string | null; name: string };

/** One entry of a meeting's event log, as stored and as pushed to subscribers. */
export class MeetingEvent {
  meetingId!: string;
  /** Per meeting, from 1, without gaps. */
  seq!: number;
  at!: Date;
  type!: MeetingEventType;
  actor!: EventActor;
  subject!: EventSubject;
  subjectType!: SubjectType;
}
