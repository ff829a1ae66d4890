import { TestServer, expectError, startTestServer } from '../support/server';
import { DRAFT, readConclusion } from '../support/conclusions';
import { meeting, unit, user } from '../support/factories';
import { UNKNOWN_ID } from '../support/instruments';

describe('draftConclusion', () => {
  let t: TestServer;
  let host: { token: string };
  beforeAll(async () => {
    t = await startTestServer();
    host = await user(t, 'HOST');
  });
  afterAll(() => t.close());

  it('requires authentication', async () => {
    const { id: meetingId } = await meeting(t, host.token);
    expectError(await t.gql(DRAFT, { input: { meetingId, text: 'Kết luận' } }), 'UNAUTHENTICATED');
    expect((await readConclusion(t, meetingId)).conclusion).toBeNull();
  });

  it('creates the one DRAFT of a meeting, in Vietnamese exactly, as an event', async () => {
    const { id: meetingId } = await meeting(t, host.token, {}, 'start');
    const before = await readConclusion(t, meetingId);
    const text =
      'Đồng chí Phó Viện trưởng kết luận:\n\n1. Tăng cường kiểm tra việc thực hiện Quy chế dân chủ…';
    const data = await t.ok(DRAFT, { input: { meetingId, text } }, host.token);
    expect(data.draftConclusion).toMatchObject({
      meetingId,
      text,
      version: 1,
      status: 'DRAFT',
      noticeNumber: null,
    });
    const after = await readConclusion(t, meetingId);
    expect(after.conclusion).toMatchObject(data.draftConclusion);
    expect(after.lastEventSeq).toBe(before.lastEventSeq + 1);
    const events = await t.ok(
      'query($id: ID!, $s: Int) { meeting(id: $id) { events(afterSeq: $s) { type subject { ... on ConclusionSnapshot { text } } } } }',
      { id: meetingId, s: before.lastEventSeq },
      host.token,
    );
    expect(events.meeting.events).toEqual([{ type: 'CONCLUSION_DRAFTED', subject: { text } }]);

    const second = await t.gql(DRAFT, { input: { meetingId, text: 'Bản khác' } }, host.token);
    expect(expectError(second, 'CONFLICT').extensions?.current).toMatchObject({ text, version: 1 });
    expect(await readConclusion(t, meetingId)).toEqual(after);
  });

  it('refuses bad input and other users, writing nothing', async () => {
    // Meetings of units below the users': they see them, and may not change them.
    const organizerId = await unit(t, 'VKSND tỉnh Kon Tum', { level: 'PROVINCIAL' });
    const { id: meetingId } = await meeting(t, host.token, { organizerId });
    const { id: other } = await meeting(t, (await user(t, 'HOST')).token, { organizerId });
    const viewer = await user(t, 'VIEWER');
    const before = await readConclusion(t, meetingId);
    const cases: [Record<string, unknown>, string, string, string?][] = [
      [{ meetingId, text: '   ' }, host.token, 'BAD_USER_INPUT', 'input.text'],
      [{ meetingId, text: 'x'.repeat(16_001) }, host.token, 'BAD_USER_INPUT', 'input.text'],
      [{ meetingId: 'not-an-id', text: 'Kết luận' }, host.token, 'BAD_USER_INPUT', 'input.meetingId'],
      [{ meetingId: UNKNOWN_ID, text: 'Kết luận' }, host.token, 'NOT_FOUND'],
      [
        { meetingId, text: 'Kết luận', concludedById: 'x' },
        host.token,
        'BAD_USER_INPUT',
        'input.concludedById',
      ],
      [
        { meetingId, text: 'Kết luận', concludedById: UNKNOWN_ID },
        host.token,
        'BAD_USER_INPUT',
        'input.concludedById',
      ],
      [{ meetingId, text: 'Kết luận' }, viewer.token, 'FORBIDDEN'],
      [{ meetingId: other, text: 'Kết luận' }, host.token, 'FORBIDDEN'],
    ];
    for (const [input, token, code, field] of cases)
      expectError(await t.gql(DRAFT, { input }, token), code, field);
    expect(await readConclusion(t, meetingId)).toEqual(before);
  });

  it('names who concludes among the participants, and refuses a cancelled meeting', async () => {
    const unitId = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL' });
    const { id: meetingId } = await meeting(t, host.token);
    const cp = await t.ok(
      'mutation($input: AddConnectionPointInput!) { addConnectionPoint(input: $input) { id } }',
      { input: { meetingId, unitId, role: 'HOST' } },
      host.token,
    );
    const chair = await t.ok(
      'mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }',
      {
        input: {
          meetingId,
          connectionPointId: cp.addConnectionPoint.id,
          name: 'Trần Quang Minh',
          role: 'CHAIR',
        },
      },
      host.token,
    );
    const concludedById = chair.addParticipant.id;
    const data = await t.ok(DRAFT, { input: { meetingId, text: 'Kết luận', concludedById } }, host.token);
    expect(data.draftConclusion.concludedById).toBe(concludedById);

    const { id: cancelled } = await meeting(t, host.token, {}, 'cancel');
    expectError(
      await t.gql(DRAFT, { input: { meetingId: cancelled, text: 'Kết luận' } }, host.token),
      'CONFLICT',
    );
  });
});
