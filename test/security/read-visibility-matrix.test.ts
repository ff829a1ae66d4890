import { TestServer } from '../support/server';
import { securityServer } from '../support/security';
import { addDirective, draft, PUBLISH } from '../support/conclusions';
import { connectionPoint, lifecycle, meeting, siteToken, unit, user } from '../support/factories';
import { closingClient, EVENTS, record } from '../support/live';

/**
 * Who reads which meeting, over the units tree: the supreme procuracy, two provinces and a district
 * of each. Three meetings: one per province (organized by it, with its district as a site) and a
 * national one (organized by the supreme level, both provinces as sites). Each reader is a role in
 * a unit; every read (the meeting, the list, the directives, the notice, the events subscription)
 * must show exactly the meetings of the row, and answer NOT_FOUND for the others.
 */
type MeetingName = 'province1' | 'province2' | 'national';
const MEETINGS: MeetingName[] = ['province1', 'province2', 'national'];

/** What each reader sees: the meetings its unit (or one below it) organizes, hosts or takes part in. */
const SEES: Record<string, MeetingName[]> = {
  admin: ['province1', 'province2', 'national'],
  'HOST of the supreme level': ['province1', 'province2', 'national'],
  'VIEWER of the supreme level': ['province1', 'province2', 'national'],
  'HOST of province 1 (hosts nothing)': ['province1', 'national'],
  'VIEWER of province 1': ['province1', 'national'],
  'VIEWER of district 1': ['province1'],
  'HOST of district 2': ['province2'],
  'SITE_OPERATOR of district 1': ['province1'],
  'SITE_OPERATOR of province 2': ['province2', 'national'],
  'SITE_OPERATOR of the supreme level': ['national'],
  'VIEWER without a unit': [],
  'site token of district 1 in province 1': ['province1'],
  'site token of province 1 in the national meeting': ['national'],
};

describe('reads over the units tree × roles', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  const meetingIds = {} as Record<MeetingName, string>;
  const directiveIds = {} as Record<MeetingName, string>;

  beforeAll(async () => {
    t = await securityServer();
    const supreme = await unit(t, 'Viện kiểm sát nhân dân tối cao', { level: 'SUPREME' });
    const province1 = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL', parentId: supreme });
    const province2 = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL', parentId: supreme });
    const district1 = await unit(t, 'VKSND huyện Sơn Tịnh', { parentId: province1 });
    const district2 = await unit(t, 'VKSND huyện Sơn Hòa', { parentId: province2 });

    const hostOf = async (unitId: string) => (await user(t, 'HOST', { unitId })).token;
    const [host1, host2, hostSupreme] = await Promise.all([
      hostOf(province1),
      hostOf(province2),
      hostOf(supreme),
    ]);
    /** A LIVE meeting organized and hosted by `organizerId`, with `sites`, and a directive in its draft conclusion. */
    const setUp = async (name: MeetingName, host: string, organizerId: string, sites: string[]) => {
      const { id } = await meeting(t, host, { organizerId, hostUnitId: organizerId }, 'start');
      await connectionPoint(t, host, id, { unitId: organizerId, role: 'HOST' });
      const points = [];
      for (const unitId of sites) points.push(await connectionPoint(t, host, id, { unitId }));
      const conclusion = await draft(t, host, id);
      directiveIds[name] = (await addDirective(t, host, { meetingId: id, assigneeUnitId: sites[0] })).id;
      meetingIds[name] = id;
      return { id, conclusion, points };
    };
    const p1 = await setUp('province1', host1, province1, [district1]);
    await setUp('province2', host2, province2, [district2]);
    const national = await setUp('national', hostSupreme, supreme, [province1, province2]);
    const district1Site = await siteToken(t, host1, p1.points[0].id);
    // Province 1's notice is published: its district reads it, nobody outside reads it.
    await lifecycle(t, host1, p1.id, 'end');
    await t.ok(PUBLISH, { id: p1.conclusion.id, n: '12/TB-VKSQN' }, host1);

    Object.assign(tokens, {
      admin: await t.adminToken(),
      'HOST of the supreme level': (await user(t, 'HOST', { unitId: supreme })).token,
      'VIEWER of the supreme level': (await user(t, 'VIEWER', { unitId: supreme })).token,
      'HOST of province 1 (hosts nothing)': (await user(t, 'HOST', { unitId: province1 })).token,
      'VIEWER of province 1': (await user(t, 'VIEWER', { unitId: province1 })).token,
      'VIEWER of district 1': (await user(t, 'VIEWER', { unitId: district1 })).token,
      'HOST of district 2': (await user(t, 'HOST', { unitId: district2 })).token,
      'SITE_OPERATOR of district 1': (await user(t, 'SITE_OPERATOR', { unitId: district1 })).token,
      'SITE_OPERATOR of province 2': (await user(t, 'SITE_OPERATOR', { unitId: province2 })).token,
      'SITE_OPERATOR of the supreme level': (await user(t, 'SITE_OPERATOR', { unitId: supreme })).token,
      'VIEWER without a unit': (await user(t, 'VIEWER', { unitId: null })).token,
      'site token of district 1 in province 1': district1Site,
      'site token of province 1 in the national meeting': await siteToken(
        t,
        hostSupreme,
        national.points[0].id,
      ),
    });
  });
  afterAll(() => t.close());

  const readers = Object.keys(SEES);
  const seen = (reader: string) => MEETINGS.filter((m) => SEES[reader].includes(m));

  it.each(readers)('meeting(id): %s', async (reader) => {
    const outcomes = await Promise.all(
      MEETINGS.map(async (m) => {
        const r = await t.gql(
          'query($id: ID!) { meeting(id: $id) { id } }',
          { id: meetingIds[m] },
          tokens[reader],
        );
        return r.data?.meeting?.id === meetingIds[m] ? m : r.errors?.[0]?.extensions?.code;
      }),
    );
    expect(outcomes).toEqual(MEETINGS.map((m) => (SEES[reader].includes(m) ? m : 'NOT_FOUND')));
  });

  it.each(readers)('meetings list: %s', async (reader) => {
    const data = await t.ok('{ meetings(first: 100) { edges { node { id } } } }', {}, tokens[reader]);
    const ids = new Set(data.meetings.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(MEETINGS.filter((m) => ids.has(meetingIds[m]))).toEqual(seen(reader));
  });

  it.each(readers)('directives: %s', async (reader) => {
    const data = await t.ok('{ directives(first: 100) { edges { node { id } } } }', {}, tokens[reader]);
    const ids = new Set(data.directives.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(MEETINGS.filter((m) => ids.has(directiveIds[m]))).toEqual(seen(reader));
  });

  it.each(readers)('notice of province 1 (GET /meetings/:id/notice): %s', async (reader) => {
    const res = await fetch(t.url.replace('/graphql', `/meetings/${meetingIds.province1}/notice`), {
      headers: { authorization: `Bearer ${tokens[reader]}` },
    });
    expect(res.status).toBe(SEES[reader].includes('province1') ? 200 : 404);
  });

  it.each(readers)('Meeting.hosts of the meetings it sees: %s', async (reader) => {
    const hostCounts = await Promise.all(
      seen(reader).map(async (m) => {
        const data = await t.ok(
          'query($id: ID!) { meeting(id: $id) { hosts { username } } }',
          { id: meetingIds[m] },
          tokens[reader],
        );
        return data.meeting.hosts.length;
      }),
    );
    // Users see who hosts; a site token, shared by a site's devices, is shown no accounts.
    const expected = reader.startsWith('site token') ? 0 : 1;
    expect(hostCounts).toEqual(seen(reader).map(() => expected));
  });

  it.each(readers)('meetingEvents subscription: %s', async (reader) => {
    const outcomes = await Promise.all(
      MEETINGS.map(async (m) => {
        const client = closingClient(t, tokens[reader]);
        const sub = record(client, EVENTS, { meetingId: meetingIds[m], afterSeq: 0 });
        const outcome = await sub.count(1).then(
          () => m,
          () => sub.errors[0]?.extensions?.code,
        );
        await client.dispose();
        return outcome;
      }),
    );
    expect(outcomes).toEqual(MEETINGS.map((m) => (SEES[reader].includes(m) ? m : 'NOT_FOUND')));
  });
});
