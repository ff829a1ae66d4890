import { conference, Conference } from './factories';
import { TestServer } from './server';

/** A conference (not yet live) with `sites` district sites, and the unit of each site, in order. */
export async function meetingWithUnits(
  t: TestServer,
  sites = 3,
): Promise<Conference & { unitIds: string[] }> {
  const m = await conference(t, { sites, live: false });
  const points = await t.ok(
    'query($id: ID!) { meeting(id: $id) { connectionPoints { id unitId } } }',
    { id: m.meetingId },
    m.host,
  );
  const unitOf = (id: string) => points.meeting.connectionPoints.find((c: any) => c.id === id).unitId;
  return { ...m, unitIds: m.sites.map((s) => unitOf(s.id) as string) };
}
