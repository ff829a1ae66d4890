import { MeetingStatus } from '../meetings/meeting.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';
import { Speech } from '../speeches/speech.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { AttendanceCounts } from '../participants/attendance';

/** The attendance counts of one connection point. */
export class LiveSiteAttendance extends AttendanceCounts {
  connectionPointId!: string;
}

/** What a site's screen shows now. Built once per change and shared by every subscriber of the meeting. */
export class LiveMeeting {
  meetingId!: string;
  /** The lastEventSeq this reflects: meetingEvents(afterSeq: seq) goes on from here. */
  seq!: number;
  /** When this was built, by the server clock (for speech timers). */
  serverTime!: Date;
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
}
