import { Actor } from '../auth/actor';
import { assertManageMeeting } from '../access/access';
import { conflict } from '../common/errors';
import { CommandContext } from '../events/meeting-commands';
import { MeetingStatus } from '../meetings/meeting.entity';

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
 * What each meeting status allows: the one place these rules live.
 * - The agenda is prepared before the meeting and may still be amended while it runs; once the
 *   meeting has started, items are no longer removed (the agenda is the record of what happened).
 * - PAUSED: sites may still raise and withdraw hands and the host may order the list of speakers
 *   (and close what runs), but nothing starts until the meeting resumes. A speech that is SPEAKING
 *   when the meeting is paused keeps its state and its clock: the host ends it, or it goes on after.
 * - ENDED and CANCELLED meetings are records: nothing changes.
 */
const ALLOWED: Record<MeetingStatus, readonly LiveAction[]> = {
  [DRAFT]: [EDIT_AGENDA, REMOVE_AGENDA_ITEM],
  [SCHEDULED]: [EDIT_AGENDA, REMOVE_AGENDA_ITEM],
  [LIVE]: [EDIT_AGENDA, ORDER, START, STOP],
  [PAUSED]: [EDIT_AGENDA, ORDER, STOP],
  [ENDED]: [],
  [CANCELLED]: [],
};

/** CONFLICT (carrying the meeting's status) when the meeting's status does not allow `action`. */
export function assertMeetingAllows(meeting: { status: MeetingStatus }, action: LiveAction): void {
  if (!ALLOWED[meeting.status].includes(action)) {
    throw conflict(`Not possible while the meeting is ${meeting.status}`, { status: meeting.status });
  }
}

/** A host's command: the actor manages the meeting, and its status allows `action`. */
export function assertHostMay(actor: Actor | null, c: CommandContext, action: LiveAction): void {
  assertManageMeeting(actor, c);
  assertMeetingAllows(c.meeting, action);
}
