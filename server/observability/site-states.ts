import { Database } from '../db/database';
import { ConnectionPoint, ConnectionPointRole } from '../connection-points/connection-point.entity';
import { Meeting, MeetingStatus } from '../meetings/meeting.entity';

/** The sites of the meetings running now (LIVE or PAUSED), counted by connection state. */
export async function siteStates(db: Database): Promise<Record<string, number>> {
  const rows: { state: string; n: string | number }[] = await db.read((m) =>
    m
      .createQueryBuilder(ConnectionPoint, 'cp')
      .innerJoin(Meeting, 'm', 'm.id = cp.meetingId')
      .select('cp.connectionState', 'state')
      .addSelect('COUNT(*)', 'n')
      .where('cp.role = :role', { role: ConnectionPointRole.SITE })
      .andWhere('m.status IN (:...running)', { running: [MeetingStatus.LIVE, MeetingStatus.PAUSED] })
      .groupBy('cp.connectionState')
      .getRawMany(),
  );
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}
