import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import {
  ADD_DIRECTIVE,
  ANNOUNCE,
  PUBLISH,
  UPDATE,
  UPDATE_DIRECTIVE,
  addDirective,
  concludedMeeting,
  draft,
  readConclusion,
} from '../support/conclusions';
import { lifecycle, meeting, unit, user } from '../support/factories';

describe('publishConclusion', () => {
  let t: TestServer;
  const clock = new TestClock('2022-04-28T03:00:00Z');
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());

  /** An ended meeting of `organizerId` with a draft conclusion. */
  async function ended(token: string, organizerId: string) {
    const { id: meetingId } = await meeting(t, token, { organizerId }, 'start');
    const { id } = await draft(t, token, meetingId);
    await lifecycle(t, token, meetingId, 'end');
    return { meetingId, id };
  }

  it('requires authentication', async () => {
    const { meetingId, conclusionId } = await concludedMeeting(t);
    expectError(await t.gql(PUBLISH, { id: conclusionId, n: '12/TB-VKS' }), 'UNAUTHENTICATED');
    expect((await readConclusion(t, meetingId)).conclusion).toMatchObject({ status: 'DRAFT' });
  });

  it('publishes the numbered notice after the meeting, dated by the clock in Vietnam', async () => {
    const { host, meetingId, conclusionId, organizerId } = await concludedMeeting(t);
    await t.ok(ANNOUNCE, { id: conclusionId }, host.token);
    expectError(await t.gql(PUBLISH, { id: conclusionId, n: '12/TB-VKS' }, host.token), 'CONFLICT');
    await lifecycle(t, host.token, meetingId, 'end');
    clock.set('2022-12-31T18:30:00Z'); // already 1 January 2023 in Vietnam
    const data = await t.ok(PUBLISH, { id: conclusionId, n: '12/TB-VKS' }, host.token);
    expect(data.publishConclusion).toMatchObject({
      status: 'PUBLISHED',
      noticeNumber: '12/TB-VKS',
      noticeYear: 2023,
      publishedAt: '2022-12-31T18:30:00.000Z',
    });
    // Drafts may be published straight away too (the meeting may end before it is read out).
    const other = await ended(host.token, organizerId);
    expect(
      (await t.ok(PUBLISH, { id: other.id, n: '118/TB-VKSHP' }, host.token)).publishConclusion.status,
    ).toBe('PUBLISHED');
    clock.set('2022-04-28T03:00:00Z');
  });

  it('refuses a malformed notice number, writing nothing', async () => {
    const host = await user(t, 'HOST');
    const { meetingId, id } = await ended(host.token, await unit(t, 'VKSND tỉnh Phú Yên'));
    const before = await readConclusion(t, meetingId);
    for (const n of [
      '',
      '12',
      '12/tb-vks',
      'TB-VKS',
      '12/KH-VKS',
      '12/TB-',
      '12/TB-VKS-',
      'a12/TB-VKS',
      '12/TB-VKS 2',
      // Numbers below 10 take a leading zero; no other number does.
      '5/TB-VKS',
      '00/TB-VKS',
      '012/TB-VKS',
      '12-TB-BCSĐ',
    ]) {
      expectError(await t.gql(PUBLISH, { id, n }, host.token), 'BAD_USER_INPUT', 'noticeNumber');
    }
    expect(await readConclusion(t, meetingId)).toEqual(before);
    expect((await t.ok(PUBLISH, { id, n: '05/TB-VKS-BCĐ' }, host.token)).publishConclusion.noticeNumber).toBe(
      '05/TB-VKS-BCĐ',
    );
  });

  it('refuses a number already used by the organizer that year, not by another organizer', async () => {
    const host = await user(t, 'HOST');
    const quangNgai = await unit(t, 'VKSND tỉnh Quảng Ngãi');
    const phuYen = await unit(t, 'VKSND tỉnh Phú Yên');
    const first = await ended(host.token, quangNgai);
    await t.ok(PUBLISH, { id: first.id, n: '12/TB-VKS' }, host.token);

    const second = await ended(host.token, quangNgai);
    const before = await readConclusion(t, second.meetingId);
    const dup = expectError(await t.gql(PUBLISH, { id: second.id, n: '12/TB-VKS' }, host.token), 'CONFLICT');
    expect(dup.extensions?.current).toEqual({ noticeNumber: '12/TB-VKS', noticeYear: 2022 });
    expect(await readConclusion(t, second.meetingId)).toEqual(before);

    const elsewhere = await ended(host.token, phuYen);
    await t.ok(PUBLISH, { id: elsewhere.id, n: '12/TB-VKS' }, host.token);
    clock.set('2023-01-05T03:00:00Z');
    await t.ok(PUBLISH, { id: second.id, n: '12/TB-VKS' }, host.token);
    clock.set('2022-04-28T03:00:00Z');
  });

  it('gives a number to one of many meetings publishing it at once', async () => {
    const host = await user(t, 'HOST');
    const organizerId = await unit(t, 'VKSND tỉnh Bình Định');
    const meetings = await Promise.all(Array.from({ length: 6 }, () => ended(host.token, organizerId)));
    const results = await Promise.all(
      meetings.map(({ id }) => t.gql(PUBLISH, { id, n: '07/TB-VKS' }, host.token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expectError(r, 'CONFLICT');
  });

  it('fixes a published conclusion and its directives', async () => {
    const host = await user(t, 'HOST');
    const organizerId = await unit(t, 'VKSND tỉnh Quảng Nam');
    const { id: meetingId } = await meeting(t, host.token, { organizerId }, 'start');
    const { id } = await draft(t, host.token, meetingId);
    const directive = await addDirective(t, host.token, { meetingId, assigneeUnitId: organizerId });
    await lifecycle(t, host.token, meetingId, 'end');
    await t.ok(PUBLISH, { id, n: '03/TB-VKS' }, host.token);
    const before = await readConclusion(t, meetingId);
    const refused = [
      await t.gql(UPDATE, { id, text: 'Sửa sau khi ban hành', v: 1 }, host.token),
      await t.gql(ANNOUNCE, { id }, host.token),
      await t.gql(PUBLISH, { id, n: '04/TB-VKS' }, host.token),
      await t.gql(
        ADD_DIRECTIVE,
        { input: { meetingId, assigneeUnitId: organizerId, task: 'Việc mới' } },
        host.token,
      ),
      await t.gql(UPDATE_DIRECTIVE, { input: { id: directive.id, task: 'Sửa' } }, host.token),
    ];
    for (const r of refused) expectError(r, 'CONFLICT');
    expect(expectError(refused[0], 'CONFLICT').extensions?.current).toMatchObject({ status: 'PUBLISHED' });
    expect(await readConclusion(t, meetingId)).toEqual(before);
  });

  it('needs an organizer unit, and the hosts', async () => {
    const host = await user(t, 'HOST');
    // Hosted by a unit below the VIEWER's, so that it sees the meeting.
    const hostUnitId = await unit(t, 'VKSND tỉnh Đắk Lắk', { level: 'PROVINCIAL' });
    const { id: meetingId } = await meeting(t, host.token, { hostUnitId }, 'start', 'end');
    const { id } = await draft(t, host.token, meetingId);
    expectError(await t.gql(PUBLISH, { id, n: '01/TB-VKS' }, host.token), 'CONFLICT');
    expectError(await t.gql(PUBLISH, { id, n: '01/TB-VKS' }, (await user(t, 'VIEWER')).token), 'FORBIDDEN');
  });
});
