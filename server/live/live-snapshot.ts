import { EntityManager, In } from 'typeorm';
import { Meeting } from '../meetings/meeting.entity';
import { AgendaItem, AgendaItemStatus } from '../agenda/agenda-item.entity';
import { Speech, SpeechStatus } from '../speeches/speech.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { byHostThenName } from '../events/command-rows';
import { MeetingEventType as E } from '../events/event-type';
import { Attendance, Participant } from '../participants/participant.entity';
import { AttendanceCounts, tally } from '../participants/attendance';
import { Conclusion, ConclusionStatus } from '../conclusions/conclusion.entity';
import { ReportRequest, ReportSubmission } from '../reports/report.entity';
import { sentLate } from '../reports/report.service';
import { LiveConclusion, LiveMeeting, LiveReportRequest, LiveSiteAttendance } from './live-meeting';

/** The parts of a LiveMeeting read apart (the meeting row itself is read every time). */
export type LivePart = 'agenda' | 'speeches' | 'sites' | 'attendance' | 'conclusion' | 'reports';
const ALL_PARTS: readonly LivePart[] = ['agenda', 'speeches', 'sites', 'attendance', 'conclusion', 'reports'];

/**
 * What each kind of event may change in a LiveMeeting. A kind not listed changes all of it (the
 * meeting's lifecycle, connection points added or removed, a participant removed: rare, and they
 * touch several parts); one listed with [] changes nothing shown (directives, hosts).
 */
const PARTS_CHANGED = new Map<E, readonly LivePart[]>(
  (
    [
      [['sites'], [E.SITE_CONNECTED, E.SITE_LOST, E.SITE_ACCESS_CODE_ISSUED, E.SITE_ACCESS_CODE_REVOKED]],
      [
        ['attendance'],
        [E.PARTICIPANT_ADDED, E.PARTICIPANT_UPDATED, E.PARTICIPANT_CHECKED_IN, E.PARTICIPANT_MARKED_ABSENT],
      ],
      [
        ['agenda', 'speeches'],
        [
          E.AGENDA_ITEM_ADDED,
          E.AGENDA_ITEM_UPDATED,
          E.AGENDA_ITEM_MOVED,
          E.AGENDA_ITEM_REMOVED,
          E.AGENDA_ITEM_STARTED,
          E.AGENDA_ITEM_COMPLETED,
          E.AGENDA_ITEM_SKIPPED,
        ],
      ],
      [
        ['speeches'],
        [
          E.SPEECH_REQUESTED,
          E.SPEECH_WITHDRAWN,
          E.SPEECH_APPROVED,
          E.SPEECH_REJECTED,
          E.SPEECH_MOVED,
          E.SPEECH_STARTED,
          E.SPEECH_ENDED,
          E.SPEECH_EXTENDED,
          E.SPEECH_UPDATED,
          E.QUESTION_ASKED,
        ],
      ],
      [
        ['conclusion'],
        [E.CONCLUSION_DRAFTED, E.CONCLUSION_UPDATED, E.CONCLUSION_ANNOUNCED, E.CONCLUSION_PUBLISHED],
      ],
      [['reports'], [E.REPORTS_REQUESTED, E.REPORT_SUBMITTED]],
      [
        [],
        [
          E.DIRECTIVE_ADDED,
          E.DIRECTIVE_UPDATED,
          E.DIRECTIVE_PROGRESS_REPORTED,
          E.DIRECTIVE_ACCEPTED,
          E.DIRECTIVE_REOPENED,
          E.DIRECTIVE_DUE_SOON,
          E.DIRECTIVE_OVERDUE,
          E.MEETING_HOST_ADDED,
          E.MEETING_HOST_REMOVED,
        ],
      ],
    ] satisfies [LivePart[], E[]][]
  ).flatMap(([parts, types]) => types.map((type) => [type, parts] as const)),
);

export function partsChangedBy(type: E): readonly LivePart[] {
  return PARTS_CHANGED.get(type) ?? ALL_PARTS;
}

/**
 * A LiveMeeting to build on: the parts not in `stale` are taken from `previous`, valid only if every
 * event up to the meeting's newest was seen (`seenSeq`: all seqs up to it, without a gap); else all
 * is read.
 */
export type LiveBasis = { previous: LiveMeeting; stale: ReadonlySet<LivePart>; seenSeq: number };

/**
 * Builds the LiveMeeting of `meetingId` from the entities, in at most eight queries whatever the size
 * of the meeting, and only the meeting row plus the stale parts when `basis` allows (`manager` must
 * give one consistent view, so that `seq` is exactly the state shown). Null when there is no such
 * meeting.
 */
export async function readLiveMeeting(
  manager: EntityManager,
  meetingId: string,
  basis?: LiveBasis,
): Promise<LiveMeeting | null> {
  const meeting = await manager.findOne(Meeting, { where: { id: meetingId } });
  if (!meeting) return null;
  // Events not seen yet (still on their way from another instance) may have changed any part.
  const previous = basis && basis.seenSeq >= meeting.lastEventSeq ? basis.previous : undefined;
  const read = (part: LivePart) => !previous || basis!.stale.has(part);
  // The current item decides which speeches are shown; site events leave the attendance counts as they are.
  const [agenda, speeches, sites, attendance, conclusion, reportRequests] = await Promise.all([
    read('agenda')
      ? manager.find(AgendaItem, { where: { meetingId }, order: { position: 'ASC' } })
      : previous!.agenda,
    read('speeches') || read('agenda') ? readSpeeches(manager, meetingId) : liveSpeeches(previous!),
    read('sites') ? readSites(manager, meetingId) : previous!.connectionPoints,
    read('attendance') ? readAttendance(manager, meetingId) : undefined,
    read('conclusion') ? readConclusion(manager, meetingId) : previous!.conclusion,
    read('reports') ? readReports(manager, meetingId) : previous!.reportRequests,
  ]);
  const current = agenda.find((a) => a.status === AgendaItemStatus.ACTIVE) ?? null;
  const ofCurrent = (status: SpeechStatus) =>
    speeches.filter((s) => s.status === status && s.agendaItemId === current?.id);
  const counts = attendance ? countAttendance(sites, attendance) : previous!;

  return Object.assign(new LiveMeeting(), {
    id: meetingId,
    meetingId,
    seq: meeting.lastEventSeq,
    title: meeting.title,
    status: meeting.status,
    startedAt: meeting.startedAt,
    currentAgendaItem: current,
    currentSpeech: speeches.find((s) => s.status === SpeechStatus.SPEAKING) ?? null,
    speakerQueue: ofCurrent(SpeechStatus.QUEUED),
    speechRequests: ofCurrent(SpeechStatus.REQUESTED).sort((a, b) => +a.requestedAt - +b.requestedAt),
    agenda,
    connectionPoints: sites,
    attendance: counts.attendance,
    attendanceByConnectionPoint: counts.attendanceByConnectionPoint,
    conclusion,
    reportRequests,
  });
}

/** Who has sent each report asked of the units, and who has not (the texts are the hosts' to read). */
async function readReports(manager: EntityManager, meetingId: string): Promise<LiveReportRequest[]> {
  const requests = await manager.find(ReportRequest, {
    where: { meetingId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  if (requests.length === 0) return [];
  const submissions = await manager.find(ReportSubmission, {
    where: { meetingId },
    select: { requestId: true, unitId: true, submittedAt: true },
    order: { submittedAt: 'ASC', id: 'ASC' },
  });
  return requests.map((r) => {
    const sent = submissions.filter((s) => s.requestId === r.id);
    return Object.assign(new LiveReportRequest(), {
      reportRequestId: r.id,
      title: r.title,
      deadline: r.deadline,
      sent: sent.map((s) => ({ unitId: s.unitId, submittedAt: s.submittedAt, late: sentLate(s, r) })),
      missingUnitIds: r.unitIds.filter((id) => !sent.some((s) => s.unitId === id)),
    });
  });
}

/** The conclusion's status, and its text once the sites have heard it. */
async function readConclusion(manager: EntityManager, meetingId: string): Promise<LiveConclusion | null> {
  const conclusion = await manager.findOne(Conclusion, {
    where: { meetingId },
    select: { status: true, text: true },
  });
  if (!conclusion) return null;
  const said = conclusion.status !== ConclusionStatus.DRAFT;
  return Object.assign(new LiveConclusion(), {
    status: conclusion.status,
    text: said ? conclusion.text : null,
  });
}

/** The speeches a LiveMeeting shows: speaking, queued and requested ones, in queue order. */
function readSpeeches(manager: EntityManager, meetingId: string): Promise<Speech[]> {
  return manager.find(Speech, {
    where: { meetingId, status: In([SpeechStatus.SPEAKING, SpeechStatus.QUEUED, SpeechStatus.REQUESTED]) },
    order: { queuePosition: 'ASC', requestedAt: 'ASC', id: 'ASC' },
  });
}

/** The same speeches, taken from a LiveMeeting built with them (valid while the current item stays). */
function liveSpeeches(live: LiveMeeting): Speech[] {
  return [live.currentSpeech, ...live.speakerQueue, ...live.speechRequests].filter((s): s is Speech => !!s);
}

async function readSites(manager: EntityManager, meetingId: string): Promise<ConnectionPoint[]> {
  return (await manager.find(ConnectionPoint, { where: { meetingId } })).sort(byHostThenName);
}

type AttendanceRow = { connectionPointId: string; attendance: Attendance; n: number | string };

function readAttendance(manager: EntityManager, meetingId: string): Promise<AttendanceRow[]> {
  return manager
    .createQueryBuilder(Participant, 'p')
    .select('p.connectionPointId', 'connectionPointId')
    .addSelect('p.attendance', 'attendance')
    .addSelect('COUNT(*)', 'n')
    .where('p.meetingId = :meetingId', { meetingId })
    .groupBy('p.connectionPointId')
    .addGroupBy('p.attendance')
    .getRawMany<AttendanceRow>();
}

function countAttendance(
  sites: ConnectionPoint[],
  rows: AttendanceRow[],
): Pick<LiveMeeting, 'attendance' | 'attendanceByConnectionPoint'> {
  const attendance = new AttendanceCounts();
  const bySite = new Map(
    sites.map((cp) => [
      cp.id,
      Object.assign(new LiveSiteAttendance(), { connectionPointId: cp.id, planned: cp.expectedAttendance }),
    ]),
  );
  for (const site of bySite.values()) attendance.planned += site.planned;
  for (const row of rows) {
    tally(attendance, row.attendance, Number(row.n));
    const site = bySite.get(row.connectionPointId);
    if (site) tally(site, row.attendance, Number(row.n));
  }
  return { attendance, attendanceByConnectionPoint: [...bySite.values()] };
}
