import { TestServer, startTestServer } from '../support/server';
import { CHECK_IN, MARK_ABSENT } from '../support/connection-points';
import { connectionPoint, hostedMeeting, lifecycle, participant } from '../support/factories';

const COUNTS = 'planned expected present absent excused total';
const ATTENDANCE = `query($id: ID!) { meeting(id: $id) {
  attendance { ${COUNTS} }
  connectionPoints { name attendance { ${COUNTS} } participants { name } }
} }`;

describe('attendance counts', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('counts each attendance per connection point and for the whole meeting', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const main = await connectionPoint(t, host, meetingId, {
      role: 'HOST',
      name: 'Điểm cầu chính',
      expectedAttendance: 30,
    });
    const site = await connectionPoint(t, host, meetingId, {
      name: 'Điểm cầu VKSND huyện Sơn Tây',
      expectedAttendance: 12,
    });
    await connectionPoint(t, host, meetingId, { name: 'Điểm cầu trống', expectedAttendance: 5 });
    const add = (cpId: string, name: string) => participant(t, host, meetingId, cpId, { name });
    const [a, b, c] = [
      await add(main.id, 'Phùng Thanh Liễu'),
      await add(main.id, 'Nguyễn Văn B'),
      await add(main.id, 'Lê C'),
    ];
    const [d, e] = [await add(site.id, 'Trần D'), await add(site.id, 'Hoàng E')];
    await lifecycle(t, host, meetingId, 'start');
    for (const p of [a, b, d]) await t.ok(CHECK_IN, { id: p.id }, host);
    await t.ok(MARK_ABSENT, { id: c.id }, host);
    await t.ok(MARK_ABSENT, { id: e.id, excused: true, reason: 'Nghỉ phép' }, host);

    const data = (await t.ok(ATTENDANCE, { id: meetingId }, host)).meeting;
    expect(data.attendance).toEqual({
      planned: 47,
      expected: 0,
      present: 3,
      absent: 1,
      excused: 1,
      total: 5,
    });
    expect(data.connectionPoints).toEqual([
      {
        name: 'Điểm cầu chính',
        attendance: { planned: 30, expected: 0, present: 2, absent: 1, excused: 0, total: 3 },
        participants: [{ name: 'Phùng Thanh Liễu' }, { name: 'Nguyễn Văn B' }, { name: 'Lê C' }],
      },
      {
        name: 'Điểm cầu trống',
        attendance: { planned: 5, expected: 0, present: 0, absent: 0, excused: 0, total: 0 },
        participants: [],
      },
      {
        name: 'Điểm cầu VKSND huyện Sơn Tây',
        attendance: { planned: 12, expected: 0, present: 1, absent: 0, excused: 1, total: 2 },
        participants: [{ name: 'Trần D' }, { name: 'Hoàng E' }],
      },
    ]);
  });

  it('counts a meeting without connection points as zeros', async () => {
    const { host, meetingId } = await hostedMeeting(t);
    const data = (await t.ok(ATTENDANCE, { id: meetingId }, host)).meeting;
    expect(data.attendance).toEqual({ planned: 0, expected: 0, present: 0, absent: 0, excused: 0, total: 0 });
  });
});
