import { Actor } from '../auth/actor';
import { assertManageMeeting } from '../access/access';
import { conflict, ErrorReason } from '../common/errors';
import { CommandContext } from '../events/meeting-commands';
import { Meeting, MeetingStatus } from './meeting.entity';

/**
 * What a meeting's status allows: the one home of these rules (how the status itself changes is the
 * table of meeting-lifecycle.ts).
 */

/** An ended or cancelled meeting is a record: its own fields are not edited again. */
export function isRecord(status: MeetingStatus): boolean {
  return status === MeetingStatus.ENDED || status === MeetingStatus.CANCELLED;
}

/** Announcing a conclusion is done at the meeting, while it is in session. */
export function isInSession(status: MeetingStatus): boolean {
  return status === MeetingStatus.LIVE || status === MeetingStatus.PAUSED;
}

/** Attendance is taken from when the meeting is announced until it ends. */
const ATTENDANCE_OPEN = [MeetingStatus.SCHEDULED, MeetingStatus.LIVE, MeetingStatus.PAUSED];

export function assertAttendanceOpen(meeting: Meeting): void {
  if (!ATTENDANCE_OPEN.includes(meeting.status)) {
    throw conflict(ErrorReason.ATTENDANCE_CLOSED, { status: meeting.status }, { status: meeting.status });
  }
}

/** An ended or cancelled meeting is a record: its setup (sites, delegates, codes) no longer changes. */
export function assertSetupOpen(meeting: Meeting): void {
  if (isRecord(meeting.status)) {
    throw conflict(ErrorReason.MEETING_CLOSED, { status: meeting.status }, { status: meeting.status });
  }
}

/** Changes that would pull the ground from under a running meeting (or rewrite a record). */
export function assertNotUnderway(meeting: Meeting): void {
  if (meeting.status !== MeetingStatus.DRAFT && meeting.status !== MeetingStatus.SCHEDULED) {
    throw conflict(ErrorReason.MEETING_UNDERWAY, { status: meeting.status }, { status: meeting.status });
  }
}

/** The kinds of agenda and speaker-list commands, as far as the meeting's status is concerned. */
export enum LiveAction {
  /** Add, update, move agenda items. */
  EDIT_AGENDA = 'EDIT_AGENDA',
  /** Remove an agenda item. */
  REMOVE_AGENDA_ITEM = 'REMOVE_AGENDA_ITEM',
  /** Raise or withdraw a hand; approve, reject, reorder, extend speeches. */
  ORDER = 'ORDER',
  /** Start an agenda item or a speech; ask a question. */
  START = 'START',
  /** Complete or skip an agenda item; end a speech. */
  STOP = 'STOP',
}

const { DRAFT, SCHEDULED, LIVE, PAUSED, ENDED, CANCELLED } = MeetingStatus;
const { EDIT_AGENDA, REMOVE_AGENDA_ITEM, ORDER, START, STOP } = LiveAction;

/**
 * What each meeting status allows of the agenda and the speaker list.
 * - The agenda is prepared before the meeting and may still be amended while it runs; once the
 *   meeting has started, items are no longer removed (the agenda is the record of what happened).
 * - SCHEDULED: the list of speakers is prepared too — prepared contributions (tham luận) are
 *   registered and ordered before the opening; nothing starts until the meeting does.
 * - PAUSED: sites may still raise and withdraw hands and the host may order the list of speakers
 *   (and close what runs), but nothing starts until the meeting resumes. A speech that is SPEAKING
 *   when the meeting is paused stays on with its clock stopped: the host ends it, or it goes on after.
 * - ENDED and CANCELLED meetings are records: nothing changes.
 */
const ALLOWED: Record<MeetingStatus, readonly LiveAction[]> = {
  [DRAFT]: [EDIT_AGENDA, REMOVE_AGENDA_ITEM],
  [SCHEDULED]: [EDIT_AGENDA, REMOVE_AGENDA_ITEM, ORDER],
  [LIVE]: [EDIT_AGENDA, ORDER, START, STOP],
  [PAUSED]: [EDIT_AGENDA, ORDER, STOP],
  [ENDED]: [],
  [CANCELLED]: [],
};

/** CONFLICT (carrying the meeting's status) when the meeting's status does not allow `action`. */
export function assertMeetingAllows(meeting: { status: MeetingStatus }, action: LiveAction): void {
  if (!ALLOWED[meeting.status].includes(action)) {
    const reason = isRecord(meeting.status)
      ? ErrorReason.MEETING_CLOSED
      : isInSession(meeting.status)
        ? ErrorReason.MEETING_UNDERWAY
        : ErrorReason.MEETING_NOT_LIVE;
    throw conflict(reason, { status: meeting.status }, { status: meeting.status });
  }
}

/** A host's command: the actor manages the meeting, and its status allows `action`. */
export function assertHostMay(actor: Actor | null, c: CommandContext, action: LiveAction): void {
  assertManageMeeting(actor, c);
  assertMeetingAllows(c.meeting, action);
}
