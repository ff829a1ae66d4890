import { Database } from '../db/database';
import {
  ConnectionPoint,
  ConnectionPointRole,
  ConnectionState,
} from '../connection-points/connection-point.entity';
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
  // Every state, 0 when no site is in it: a gauge that vanishes would not show the drop to zero.
  const counts: Record<string, number> = Object.fromEntries(
    Object.values(ConnectionState).map((s) => [s, 0]),
  );
  for (const r of rows) counts[r.state] = Number(r.n);
  return counts;
}
