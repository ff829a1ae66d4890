import { TestClock, UNKNOWN_ID } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import {
  ADD_DIRECTIVE,
  UPDATE_DIRECTIVE,
  addDirective,
  concludedMeeting,
  readConclusion,
} from '../support/conclusions';
import { meeting, unit, user } from '../support/factories';

describe('addDirective and updateDirective', () => {
  let t: TestServer;
  const clock = new TestClock('2022-04-28T03:00:00Z');
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const { meetingId, organizerId } = await concludedMeeting(t);
    expectError(
      await t.gql(ADD_DIRECTIVE, { input: { meetingId, assigneeUnitId: organizerId, task: 'Việc' } }),
      'UNAUTHENTICATED',
    );
    expectError(
      await t.gql(UPDATE_DIRECTIVE, { input: { id: UNKNOWN_ID, task: 'Việc' } }),
      'UNAUTHENTICATED',
    );
    expect((await readConclusion(t, meetingId)).conclusion!.directives).toEqual([]);
  });

  it("adds tasks to the meeting's conclusion, by meeting or by conclusion, in order", async () => {
    const { host, meetingId, conclusionId } = await concludedMeeting(t);
    const bcd = await unit(t, 'Ban chỉ đạo thực hiện Quy chế dân chủ VKSND tỉnh', { level: 'OTHER' });
    const task = 'Tăng cường kiểm tra việc thực hiện Quy chế dân chủ của VKSND hai cấp';
    const first = await addDirective(t, host.token, {
      meetingId,
      assigneeUnitId: bcd,
      task,
      deadline: '2022-06-30T10:00:00.000Z',
    });
    expect(first).toMatchObject({ conclusionId, task, status: 'OPEN', overdue: false, completedLate: null });
    const second = await addDirective(t, host.token, { conclusionId, assigneeUnitId: bcd });
    const read = await readConclusion(t, meetingId);
    expect(read.conclusion!.directives.map((d: { id: string }) => d.id)).toEqual([first.id, second.id]);

    const updated = await t.ok(
      UPDATE_DIRECTIVE,
      { input: { id: first.id, task: 'Kiểm tra đột xuất', deadline: null } },
      host.token,
    );
    expect(updated.updateDirective).toMatchObject({
      task: 'Kiểm tra đột xuất',
      deadline: null,
      assigneeUnitId: bcd,
    });
    const events = await t.ok(
      'query($id: ID!, $s: Int) { meeting(id: $id) { events(afterSeq: $s) { type } } }',
      { id: meetingId, s: read.lastEventSeq - 2 },
      host.token,
    );
    expect(events.meeting.events.map((e: { type: string }) => e.type)).toEqual([
      'DIRECTIVE_ADDED',
      'DIRECTIVE_ADDED',
      'DIRECTIVE_UPDATED',
    ]);
  });

  it('needs a conclusion on the meeting', async () => {
    const host = await user(t, 'HOST');
    const { id: meetingId } = await meeting(t, host.token, {}, 'start');
    const refused = await t.gql(
      ADD_DIRECTIVE,
      { input: { meetingId, assigneeUnitId: await unit(t, 'VKSND huyện Ba Tơ'), task: 'Việc' } },
      host.token,
    );
    expect(expectError(refused, 'CONFLICT').extensions?.current).toEqual({ conclusion: null });
  });

  it('refuses bad input and other users, writing nothing', async () => {
    const { host, meetingId, conclusionId, organizerId } = await concludedMeeting(t);
    const other = await concludedMeeting(t);
    const agendaItem = await t.ok(
      'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
      { input: { meetingId: other.meetingId, title: 'Kết luận Hội nghị', kind: 'CONCLUSION' } },
      other.host.token,
    );
    const base = { meetingId, assigneeUnitId: organizerId, task: 'Việc' };
    const before = await readConclusion(t, meetingId);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ ...base, task: '  ' }, 'BAD_USER_INPUT', 'input.task'],
      [{ ...base, meetingId: null }, 'BAD_USER_INPUT', 'input.meetingId'],
      [{ ...base, meetingId: 'x' }, 'BAD_USER_INPUT', 'input.meetingId'],
      [{ ...base, meetingId: UNKNOWN_ID }, 'NOT_FOUND'],
      [{ ...base, conclusionId: other.conclusionId }, 'BAD_USER_INPUT', 'input.conclusionId'],
      [{ ...base, meetingId: null, conclusionId: UNKNOWN_ID }, 'NOT_FOUND'],
      [{ ...base, assigneeUnitId: 'x' }, 'BAD_USER_INPUT', 'input.assigneeUnitId'],
      [{ ...base, assigneeUnitId: UNKNOWN_ID }, 'BAD_USER_INPUT', 'input.assigneeUnitId'],
      [{ ...base, deadline: '2022-04-28T02:59:59.000Z' }, 'BAD_USER_INPUT', 'input.deadline'],
      [
        { ...base, sourceAgendaItemId: agendaItem.addAgendaItem.id },
        'BAD_USER_INPUT',
        'input.sourceAgendaItemId',
      ],
      [{ ...base, meetingId: other.meetingId }, 'FORBIDDEN'],
    ];
    for (const [input, code, field] of cases) {
      expectError(await t.gql(ADD_DIRECTIVE, { input }, host.token), code, field);
    }
    expectError(await t.gql(ADD_DIRECTIVE, { input: base }, (await user(t, 'VIEWER')).token), 'FORBIDDEN');
    const d = await addDirective(t, host.token, { conclusionId, assigneeUnitId: organizerId });
    const after = await readConclusion(t, meetingId);
    for (const [input, code, field] of [
      [{ id: d.id, task: null }, 'BAD_USER_INPUT', 'input.task'],
      [{ id: d.id, assigneeUnitId: null }, 'BAD_USER_INPUT', 'input.assigneeUnitId'],
      [{ id: d.id, deadline: '2020-01-01T00:00:00.000Z' }, 'BAD_USER_INPUT', 'input.deadline'],
      [{ id: 'x', task: 'Việc' }, 'BAD_USER_INPUT', 'input.id'],
      [{ id: UNKNOWN_ID, task: 'Việc' }, 'NOT_FOUND'],
    ] as const) {
      expectError(await t.gql(UPDATE_DIRECTIVE, { input }, host.token), code, field);
    }
    expect(before.conclusion!.directives).toEqual([]);
    expect(await readConclusion(t, meetingId)).toEqual(after);
  });
});
