import { MeetingStatus } from '../meetings/meeting.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Speech } from '../speeches/speech.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { AttendanceCounts } from '../participants/attendance';
import { ConclusionStatus } from '../conclusions/conclusion.entity';

/** The attendance counts of one connection point. */
export class LiveSiteAttendance extends AttendanceCounts {
  connectionPointId!: string;
}

/** The meeting's conclusion as a screen shows it: its text only once the chair announced it. */
export class LiveConclusion {
  status!: ConclusionStatus;
  /** Null while DRAFT: a draft is the hosts' work, not yet said to the sites. */
  text!: string | null;
}

/** A unit's report as a screen shows it: when it came, and whether after the deadline (no text). */
export class LiveReportSent {
  unitId!: string;
  submittedAt!: Date;
  late!: boolean;
}

/** A request for reports as a screen shows it: who has sent, late or not, and who has not. */
export class LiveReportRequest {
  reportRequestId!: string;
  title!: string;
  deadline!: Date;
  /** First sent first. */
  sent!: LiveReportSent[];
  /** The units asked that have sent nothing yet, in the order asked. */
  missingUnitIds!: string[];
}

/** What a site's screen shows now. Built once per change and shared by every subscriber of the meeting. */
export class LiveMeeting {
  /** The meeting's id: what a normalized client cache keys the snapshot by. */
  id!: string;
  meetingId!: string;
  /** The lastEventSeq this reflects: meetingEvents(afterSeq: seq) goes on from here. */
  seq!: number;
  title!: string;
  status!: MeetingStatus;
  startedAt!: Date | null;
  currentAgendaItem!: AgendaItem | null;
  currentSpeech!: Speech | null;
  /** Approved speeches of the current item, in calling order. */
  speakerQueue!: Speech[];
  /** Raised hands of the current item, awaiting approval, oldest first. */
  speechRequests!: Speech[];
  agenda!: AgendaItem[];
  /** The host point first, then the sites by name. */
  connectionPoints!: ConnectionPoint[];
  attendance!: AttendanceCounts;
  /** Per connection point, in the order of connectionPoints. */
  attendanceByConnectionPoint!: LiveSiteAttendance[];
  /** Null until a conclusion is drafted. */
  conclusion!: LiveConclusion | null;
  /** The reports asked of its units before the meeting, oldest request first. */
  reportRequests!: LiveReportRequest[];
}
