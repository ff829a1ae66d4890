import { TestServer, expectError, startTestServer } from '../support/server';
import { Conference, agendaItem, conference, lastEventSeq } from '../support/factories';
import { OPS, storedEvents } from '../support/agenda';

describe('setting up the agenda: addAgendaItem, updateAgendaItem', () => {
  let t: TestServer;
  let m: Conference;
  beforeAll(async () => {
    t = await startTestServer();
  });
  // A fresh meeting per test: tests run alone and in any order.
  beforeEach(async () => {
    m = await conference(t, { sites: 1, live: false });
  });
  afterAll(() => t.close());

  const agenda = async () =>
    (
      await t.ok(
        'query($id: ID!) { meeting(id: $id) { agenda { id position title } } }',
        { id: m.meetingId },
        m.host,
      )
    ).meeting.agenda;

  it('requires authentication', async () => {
    expectError(
      await t.gql(OPS.addItem, { input: { meetingId: m.meetingId, title: 'Khai mạc', kind: 'OPENING' } }),
      'UNAUTHENTICATED',
    );
    const item = await agendaItem(t, m, { title: 'Khai mạc', kind: 'OPENING' });
    expectError(await t.gql(OPS.updateItem, { input: { id: item.id, title: 'x' } }), 'UNAUTHENTICATED');
    await t.ok(OPS.removeItem, { id: item.id }, m.host);
  });

  it('adds items last by default and at a given place, keeping Vietnamese text exact', async () => {
    const report = await agendaItem(t, m, {
      title: 'Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2021 của Ngành KSND tỉnh Quảng Ngãi',
      kind: 'REPORT',
      plannedMinutes: 20,
      presenterId: m.presenterId,
      notes: 'Báo cáo đã gửi qua thư điện tử, không đọc lại',
      documents: ['Báo cáo số 12/BC-VKS', 'Phụ lục số liệu'],
    });
    expect(report).toMatchObject({
      position: 1,
      status: 'PENDING',
      kind: 'REPORT',
      plannedMinutes: 20,
      presenterId: m.presenterId,
      title: 'Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2021 của Ngành KSND tỉnh Quảng Ngãi',
      notes: 'Báo cáo đã gửi qua thư điện tử, không đọc lại',
      documents: ['Báo cáo số 12/BC-VKS', 'Phụ lục số liệu'],
    });
    const contributions = await agendaItem(t, m);
    expect(contributions).toMatchObject({
      position: 2,
      documents: [],
      plannedMinutes: null,
      presenterId: null,
    });
    const opening = await agendaItem(t, m, {
      title: 'Khai mạc, giới thiệu đại biểu',
      kind: 'OPENING',
      position: 1,
    });
    expect(opening.position).toBe(1);
    expect(await agenda()).toEqual([
      { id: opening.id, position: 1, title: 'Khai mạc, giới thiệu đại biểu' },
      { id: report.id, position: 2, title: report.title },
      { id: contributions.id, position: 3, title: contributions.title },
    ]);
    const presenter = await t.ok(
      'query($id: ID!) { meeting(id: $id) { agenda { presenter { name } } } }',
      { id: m.meetingId },
      m.host,
    );
    expect(presenter.meeting.agenda[1].presenter).toEqual({ name: 'Nguyễn Trình' });
    const added = (await storedEvents(t, m)).filter((e) => e.type === 'AGENDA_ITEM_ADDED');
    expect(added.map((e) => e.subjectId).slice(-3)).toEqual([report.id, contributions.id, opening.id]);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const before = { seq: await lastEventSeq(t, m.host, m.meetingId), agenda: await agenda() };
    const base = { meetingId: m.meetingId, title: 'Kết luận', kind: 'CONCLUSION' };
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, 'input.title'],
      [{ title: 'x'.repeat(501) }, 'input.title'],
      [{ plannedMinutes: 0 }, 'input.plannedMinutes'],
      [{ plannedMinutes: 601 }, 'input.plannedMinutes'],
      [{ position: 0 }, 'input.position'],
      [{ position: before.agenda.length + 2 }, 'input.position'],
      [{ presenterId: 'not-an-id' }, 'input.presenterId'],
      [{ presenterId: '00000000-0000-4000-8000-000000000000' }, 'input.presenterId'],
      [{ documents: ['  '] }, 'input.documents'],
      [{ meetingId: 'nope' }, 'input.meetingId'],
    ];
    for (const [bad, field] of cases) {
      expectError(await t.gql(OPS.addItem, { input: { ...base, ...bad } }, m.host), 'BAD_USER_INPUT', field);
    }
    expectError(await t.gql(OPS.addItem, { input: { ...base, kind: 'PARTY' } }, m.host), 'BAD_USER_INPUT');
    expectError(
      await t.gql(
        OPS.addItem,
        { input: { ...base, meetingId: '00000000-0000-4000-8000-000000000000' } },
        m.host,
      ),
      'NOT_FOUND',
    );
    expect({ seq: await lastEventSeq(t, m.host, m.meetingId), agenda: await agenda() }).toEqual(before);
  });

  it('lets only the hosts of the meeting change its agenda', async () => {
    const before = await lastEventSeq(t, m.host, m.meetingId);
    const other = await conference(t, { sites: 0, live: false });
    const input = { meetingId: m.meetingId, title: 'Chỉ đạo', kind: 'DIRECTIVE' };
    expectError(await t.gql(OPS.addItem, { input }, other.host), 'FORBIDDEN');
    expectError(await t.gql(OPS.addItem, { input }, m.sites[0].token), 'FORBIDDEN');
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
  });

  it('updates the given fields only; null clears the optional ones', async () => {
    await agendaItem(t, m, { title: 'Khai mạc', kind: 'OPENING' });
    const [first] = await agenda();
    const item = await agendaItem(t, m, {
      kind: 'REPORT',
      plannedMinutes: 20,
      presenterId: m.presenterId,
      notes: 'ghi chú',
    });
    const updated = await t.ok(
      OPS.updateItem,
      {
        input: {
          id: item.id,
          title: 'Báo cáo (video) của Phòng 15',
          kind: 'VIDEO_REPORT',
          presenterId: null,
          notes: null,
        },
      },
      m.host,
    );
    expect(updated.updateAgendaItem).toMatchObject({
      title: 'Báo cáo (video) của Phòng 15',
      kind: 'VIDEO_REPORT',
      plannedMinutes: 20,
      presenterId: null,
      notes: null,
      position: item.position,
    });
    const events = await storedEvents(t, m);
    expect(events.at(-1)).toMatchObject({ type: 'AGENDA_ITEM_UPDATED', subjectId: item.id });
    expect(JSON.parse(events.at(-1)!.subject)).toMatchObject({ kind: 'VIDEO_REPORT', presenterId: null });

    const before = await lastEventSeq(t, m.host, m.meetingId);
    for (const [bad, field] of [
      [{ title: null }, 'input.title'],
      [{ kind: null }, 'input.kind'],
      [{ title: '' }, 'input.title'],
      [{ plannedMinutes: 601 }, 'input.plannedMinutes'],
      [{ presenterId: '00000000-0000-4000-8000-000000000000' }, 'input.presenterId'],
    ] as const) {
      expectError(
        await t.gql(OPS.updateItem, { input: { id: item.id, ...bad } }, m.host),
        'BAD_USER_INPUT',
        field,
      );
    }
    expectError(
      await t.gql(OPS.updateItem, { input: { id: 'x', title: 'y' } }, m.host),
      'BAD_USER_INPUT',
      'input.id',
    );
    expectError(
      await t.gql(
        OPS.updateItem,
        { input: { id: '00000000-0000-4000-8000-000000000000', title: 'y' } },
        m.host,
      ),
      'NOT_FOUND',
    );
    expect(await lastEventSeq(t, m.host, m.meetingId)).toBe(before);
    expect((await agenda())[0]).toEqual(first);
  });
});
