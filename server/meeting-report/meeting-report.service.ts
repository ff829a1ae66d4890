import { Actor } from '../auth/actor';
import { assertSeeMeeting } from '../access/reach-sql';
import { Clock } from '../common/clock';
import { assertId } from '../common/ids';
import { Database } from '../db/database';
import { Meeting } from '../meetings/meeting.entity';
import { readLog } from '../minutes/meeting-replay';
import { MeetingReportData, meetingReport } from './meeting-report';

/** The meeting report, computed from the event log each time it is asked for (nothing is stored). */
export class MeetingReportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** The report of a meeting the actor may see; NOT_FOUND without. */
  async ofMeeting(actor: Actor | null, meetingId: string): Promise<MeetingReportData> {
    assertId('id', meetingId);
    await assertSeeMeeting(this.db, actor, meetingId);
    return this.db.read(async (m) => {
      const meeting = await m.findOneOrFail(Meeting, {
        where: { id: meetingId },
        select: { id: true, title: true },
      });
      const { events, unitNames } = await readLog(m, meetingId);
      return meetingReport(meeting, events, unitNames, this.clock.now());
    });
  }
}
