import { conflict } from '../common/errors';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';
import { isRecord } from '../meetings/meeting-lifecycle';

/** An ended or cancelled meeting is a record: its setup (sites, delegates, codes) no longer changes. */
export function assertSetupOpen(meeting: Meeting): void {
  if (isRecord(meeting.status)) {
    throw conflict(`The meeting is ${meeting.status}: its setup can no longer change`, {
      status: meeting.status,
    });
  }
}

/** Changes that would pull the ground from under a running meeting (or rewrite a record). */
export function assertNotUnderway(meeting: Meeting, what: string): void {
  if (meeting.status !== MeetingStatus.DRAFT && meeting.status !== MeetingStatus.SCHEDULED) {
    throw conflict(`Cannot ${what} once the meeting is ${meeting.status}`, { status: meeting.status });
  }
}
