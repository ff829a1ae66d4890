import { expectError, startTestServer, TestServer } from '../support/server';
import { meeting, unit, user } from '../support/factories';

const CREATE = `mutation($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateMeetingSeriesInput!) { updateMeetingSeries(input: $input) { id version title } }`;
const FROM_SERIES = `mutation($input: CreateMeetingFromSeriesInput!) { createMeetingFromSeries(input: $input) { id } }`;
const COUNT = `query($id: ID!) { meetingSeries(id: $id) { meetings { totalCount } } }`;

describe('meeting series: their rules, also under truly concurrent requests', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  async function series(template: Record<string, unknown> | null = null) {
    const organizerId = await unit(t, 'VKSND tỉnh Phú Yên', { level: 'PROVINCIAL' });
    const host = await user(t, 'HOST', { unitId: organizerId });
    const district = await unit(t, 'VKSND huyện Tuy An', { parentId: organizerId });
    const input = {
      title: 'Giao ban tuần VKSND tỉnh Phú Yên',
      kind: 'WEEKLY_BRIEFING',
      format: 'ONLINE',
      cadence: 'WEEKLY',
      organizerId,
      template: template ?? {
        connectionPoints: [
          { unitId: organizerId, role: 'HOST' },
          { unitId: district, role: 'SITE' },
        ],
        participants: [{ name: 'Lê Trung Hưng', role: 'CHAIR', pointUnitId: organizerId }],
        agenda: [{ title: 'Kết luận', kind: 'CONCLUSION', presenter: 'Lê Trung Hưng' }],
      },
    };
    return { host, organizerId, district, input };
  }

  it('makes one meeting of two sent at once for the same start: the other is CONFLICT', async () => {
    const { host, input } = await series();
    const { id } = (await t.ok(CREATE, { input }, host.token)).createMeetingSeries;
    const next = { input: { seriesId: id, scheduledStart: '2030-03-04T00:30:00.000Z' } };
    const results = await Promise.all([1, 2, 3].map(() => t.gql(FROM_SERIES, next, host.token)));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect((await t.ok(COUNT, { id }, host.token)).meetingSeries.meetings.totalCount).toBe(1);
  });

  it('refuses a stale version, and of two edits sent at once keeps one', async () => {
    const { host, input } = await series();
    const { id } = (await t.ok(CREATE, { input }, host.token)).createMeetingSeries;
    const edits = await Promise.all(
      ['Giao ban tuần (sáng thứ Hai)', 'Giao ban tuần (chiều thứ Hai)'].map((title) =>
        t.gql(UPDATE, { input: { id, version: 1, title } }, host.token),
      ),
    );
    const [won] = edits.filter((r) => !r.errors);
    expect(edits.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const now = await t.ok(
      'query($id: ID!) { meetingSeries(id: $id) { version title } }',
      { id },
      host.token,
    );
    expect(now.meetingSeries).toEqual({ version: 2, title: won.data!.updateMeetingSeries.title });
  });

  it('refuses a template that does not hold together', async () => {
    const { host, organizerId, district, input } = await series();
    const bad = [
      [
        { ...input.template, agenda: [{ title: 'Báo cáo', kind: 'REPORT', presenter: 'Người lạ' }] },
        'input.template.agenda',
      ],
      [
        {
          ...input.template,
          participants: [{ name: 'Lê Trung Hưng', role: 'CHAIR', pointUnitId: district + 'x' }],
        },
        'input.template.participants',
      ],
      [
        {
          ...input.template,
          connectionPoints: [
            { unitId: organizerId, role: 'HOST' },
            { unitId: district, role: 'HOST' },
          ],
        },
        'input.template.connectionPoints',
      ],
    ] as const;
    for (const [template, field] of bad) {
      expectError(
        await t.gql(CREATE, { input: { ...input, template } }, host.token),
        'BAD_USER_INPUT',
        field,
      );
    }
  });

  it("is refused to a HOST of another unit (FORBIDDEN), and hidden from a site's account", async () => {
    const { host, input, district } = await series();
    const other = await user(t, 'HOST', {
      unitId: await unit(t, 'VKSND tỉnh Khánh Hòa', { level: 'PROVINCIAL' }),
    });
    expectError(await t.gql(CREATE, { input }, other.token), 'FORBIDDEN');
    const { id } = (await t.ok(CREATE, { input }, host.token)).createMeetingSeries;
    const operator = await user(t, 'SITE_OPERATOR', { unitId: district });
    expectError(
      await t.gql(
        FROM_SERIES,
        { input: { seriesId: id, scheduledStart: '2030-03-11T00:30:00.000Z' } },
        operator.token,
      ),
      'NOT_FOUND',
    );
  });

  it('copies any meeting, its series with it', async () => {
    const { host, input } = await series();
    const { id } = (await t.ok(CREATE, { input }, host.token)).createMeetingSeries;
    const first = (
      await t.ok(
        FROM_SERIES,
        { input: { seriesId: id, scheduledStart: '2030-03-04T00:30:00.000Z' } },
        host.token,
      )
    ).createMeetingFromSeries;
    const copy = await t.ok(
      `mutation($input: CopyMeetingInput!) { copyMeeting(input: $input) { id title series { id } previousMeeting { id }
        connectionPoints { role } participants { name } agenda { title presenter { name } } } }`,
      { input: { meetingId: first.id, scheduledStart: '2030-03-11T00:30:00.000Z' } },
      host.token,
    );
    expect(copy.copyMeeting).toMatchObject({
      title: 'Giao ban tuần VKSND tỉnh Phú Yên (ngày 04/3/2030)',
      series: { id },
      previousMeeting: { id: first.id },
      participants: [{ name: 'Lê Trung Hưng' }],
      agenda: [{ title: 'Kết luận', presenter: { name: 'Lê Trung Hưng' } }],
    });
    expect(copy.copyMeeting.connectionPoints.map((c: any) => c.role)).toEqual(['HOST', 'SITE']);
    // A meeting of no series is copied into none.
    const alone = await meeting(t, host.token);
    const lone = await t.ok(
      'mutation($input: CopyMeetingInput!) { copyMeeting(input: $input) { series { id } previousMeeting { id } } }',
      { input: { meetingId: alone.id, scheduledStart: '2030-03-11T00:30:00.000Z' } },
      host.token,
    );
    expect(lone.copyMeeting).toEqual({ series: null, previousMeeting: null });
  });
});
