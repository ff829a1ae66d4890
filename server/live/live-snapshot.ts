import { EntityManager, In } from 'typeorm';
import { Meeting } from '../meetings/meeting.entity';
import { AgendaItem, AgendaItemStatus } from '../agenda/agenda-item.entity';
import { Speech, SpeechStatus } from '../speeches/speech.entity';
import { ConnectionPoint } from '../connection-points/connection-point.entity';
import { byHostThenName } from '../connection-points/connection-point.service';
import { Attendance, Participant } from '../participants/participant.entity';
import { AttendanceCounts, tally } from '../participants/attendance';
import { LiveMeeting, LiveSiteAttendance } from './live-meeting.type';

/**
 * Builds the LiveMeeting of `meetingId` from the entities, in five queries whatever the size of the
 * meeting (`manager` must give one consistent view, so that `seq` is exactly the state shown).
 * Null when there is no such meeting.
 */
export async function readLiveMeeting(
  manager: EntityManager,
  meetingId: string,
  now: Date,
): Promise<LiveMeeting | null> {
  const meeting = await manager.findOne(Meeting, { where: { id: meetingId } });
  if (!meeting) return null;
  const [agenda, speeches, connectionPoints, counts] = await Promise.all([
    manager.find(AgendaItem, { where: { meetingId }, order: { position: 'ASC' } }),
    manager.find(Speech, {
      where: { meetingId, status: In([SpeechStatus.SPEAKING, SpeechStatus.QUEUED, SpeechStatus.REQUESTED]) },
      order: { queuePosition: 'ASC', requestedAt: 'ASC', id: 'ASC' },
    }),
    manager.find(ConnectionPoint, { where: { meetingId } }),
    manager
      .createQueryBuilder(Participant, 'p')
      .select('p.connectionPointId', 'connectionPointId')
      .addSelect('p.attendance', 'attendance')
      .addSelect('COUNT(*)', 'n')
      .where('p.meetingId = :meetingId', { meetingId })
      .groupBy('p.connectionPointId')
      .addGroupBy('p.attendance')
      .getRawMany<{ connectionPointId: string; attendance: Attendance; n: number | string }>(),
  ]);
  const current = agenda.find((a) => a.status === AgendaItemStatus.ACTIVE) ?? null;
  const ofCurrent = (status: SpeechStatus) =>
    speeches.filter((s) => s.status === status && s.agendaItemId === current?.id);

  connectionPoints.sort(byHostThenName);
  const attendance = new AttendanceCounts();
  const bySite = new Map(
    connectionPoints.map((cp) => [
      cp.id,
      Object.assign(new LiveSiteAttendance(), { connectionPointId: cp.id, planned: cp.expectedAttendance }),
    ]),
  );
  for (const site of bySite.values()) attendance.planned += site.planned;
  for (const row of counts) {
    tally(attendance, row.attendance, Number(row.n));
    const site = bySite.get(row.connectionPointId);
    if (site) tally(site, row.attendance, Number(row.n));
  }

  return Object.assign(new LiveMeeting(), {
    meetingId,
    seq: meeting.lastEventSeq,
    serverTime: now,
    title: meeting.title,
    status: meeting.status,
    startedAt: meeting.startedAt,
    currentAgendaItem: current,
    currentSpeech: speeches.find((s) => s.status === SpeechStatus.SPEAKING) ?? null,
    speakerQueue: ofCurrent(SpeechStatus.QUEUED),
    speechRequests: ofCurrent(SpeechStatus.REQUESTED).sort((a, b) => +a.requestedAt - +b.requestedAt),
    agenda,
    connectionPoints,
    attendance,
    attendanceByConnectionPoint: [...bySite.values()],
  });
}
