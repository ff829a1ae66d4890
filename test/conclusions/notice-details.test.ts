import { TestClock } from '../support/instruments';
import { TestServer, expectError, startTestServer } from '../support/server';
import { PUBLISH, draft, readConclusion } from '../support/conclusions';
import { lifecycle, meeting, unit, user } from '../support/factories';

const NOTICE = `query($id: ID!) { meeting(id: $id) { conclusion { notice {
  parentAgency issuer number place date dateLine subject recipients signer { authority title name } } } } }`;

describe('publishConclusion with the notice’s details', () => {
  let t: TestServer;
  let province: string;
  const clock = new TestClock('2024-01-26T01:00:00Z');
  beforeAll(async () => {
    t = await startTestServer({ clock });
    province = await unit(t, 'VKSND tỉnh Quảng Ngãi', { level: 'PROVINCIAL', exact: true });
  });
  afterAll(() => t.close());

  /** An ended meeting of a new organizer unit (under the province unless `unitFields` say) with a draft conclusion. */
  async function ended(unitName: string, unitFields: Record<string, unknown> = {}) {
    const host = await user(t, 'HOST');
    const { createUnit } = await t.ok(
      'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id fullName placeName } }',
      { input: { name: unitName, level: 'OTHER', parentId: province, ...unitFields } },
      await t.adminToken(),
    );
    const { id: meetingId } = await meeting(t, host.token, { organizerId: createUnit.id }, 'start');
    const { id } = await draft(t, host.token, meetingId);
    await lifecycle(t, host.token, meetingId, 'end');
    return { host, meetingId, id, unit: createUnit };
  }

  it('refuses a missing signer or a malformed detail with the field, writing nothing', async () => {
    const { host, meetingId, id } = await ended(`Ban Chỉ đạo ${Date.now()}`);
    const before = await readConclusion(t, meetingId);
    const signer = { title: 'Phó Viện trưởng', name: 'Trần Quang Minh' };
    for (const [notice, field] of [
      [null, 'notice.signer'],
      [{ place: 'Quảng Ngãi' }, 'notice.signer'],
      [{ signer: { ...signer, name: '  ' } }, 'notice.signer.name'],
      [{ signer: { ...signer, title: '' } }, 'notice.signer.title'],
      [{ signer: { ...signer, authority: 'Ký thay Viện trưởng' } }, 'notice.signer.authority'],
      [{ signer: { ...signer, authority: 'KT.' } }, 'notice.signer.authority'],
      [{ signer, recipients: [] }, 'notice.recipients'],
      [{ signer, recipients: ['Như trên', ' - ; '] }, 'notice.recipients'],
      [{ signer, place: 'x'.repeat(101) }, 'notice.place'],
      // Signed before the day of the meeting.
      [{ signer, signedAt: '2024-01-25T10:00:00Z' }, 'notice.signedAt'],
    ] as const) {
      expectError(await t.gql(PUBLISH, { id, n: '12/TB-VKS', notice }, host.token), 'BAD_USER_INPUT', field);
    }
    expect(await readConclusion(t, meetingId)).toEqual(before);
  });

  it('issues a steering committee’s notice with a party-style number, where its procuracy is, as edited', async () => {
    const { host, meetingId, id, unit: committee } = await ended('Ban Cán sự đảng VKSND tỉnh');
    expect(committee).toMatchObject({
      fullName: 'Ban Cán sự đảng Viện kiểm sát nhân dân tỉnh',
      placeName: null,
    });
    const notice = {
      signedAt: '2024-01-29T03:00:00Z',
      signer: { authority: 'TM. BAN CÁN SỰ ĐẢNG', title: 'Bí thư', name: 'Phạm Thị Kim Liên' },
      recipients: [
        '- Như trên;',
        'VKSND tối cao (để báo cáo);',
        'Các đơn vị thuộc VKSND tỉnh',
        'Lưu: VT, VP.',
      ],
    };
    const data = await t.ok(PUBLISH, { id, n: '12-TB/BCSĐ', notice }, host.token);
    expect(data.publishConclusion).toMatchObject({
      status: 'PUBLISHED',
      noticeNumber: '12-TB/BCSĐ',
      noticeYear: 2024,
    });
    const read = await t.ok(NOTICE, { id: meetingId }, host.token);
    expect(read.meeting.conclusion.notice).toEqual({
      parentAgency: 'VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI',
      issuer: 'BAN CÁN SỰ ĐẢNG VIỆN KIỂM SÁT NHÂN DÂN TỈNH',
      number: '12-TB/BCSĐ',
      // The committee's name gives no place: the procuracy it belongs to does.
      place: 'Quảng Ngãi',
      date: '2024-01-29T03:00:00.000Z',
      dateLine: 'Quảng Ngãi, ngày 29 tháng 01 năm 2024',
      subject: expect.stringMatching(/^Kết luận Hội nghị /),
      recipients: ['Như trên', 'VKSND tối cao (để báo cáo)', 'Các đơn vị thuộc VKSND tỉnh', 'Lưu: VT, VP'],
      signer: { authority: 'TM. BAN CÁN SỰ ĐẢNG', title: 'Bí thư', name: 'Phạm Thị Kim Liên' },
    });
    const markdown = await (
      await fetch(`http://127.0.0.1:${t.server.port}/meetings/${meetingId}/notice?format=md`, {
        headers: { authorization: `Bearer ${host.token}` },
      })
    ).text();
    expect(markdown).toContain('- Các đơn vị thuộc VKSND tỉnh;\n- Lưu: VT, VP.\n');
    expect(markdown).toContain('**TM. BAN CÁN SỰ ĐẢNG**\\\n**BÍ THƯ**\\\n\\\n**Phạm Thị Kim Liên**');

    // Published, the notice is fixed: a second publish is CONFLICT and changes nothing.
    const before = await readConclusion(t, meetingId);
    const again = await t.gql(PUBLISH, { id, n: '13-TB/BCSĐ', notice }, host.token);
    expect(expectError(again, 'CONFLICT').extensions?.current).toMatchObject({ status: 'PUBLISHED' });
    expect(await readConclusion(t, meetingId)).toEqual(before);
  });

  it('takes a unit’s own full name and place, an acting signer, and adds the archive line', async () => {
    const { host, meetingId, id } = await ended(`VKSND cấp cao ${Date.now()}`, {
      level: 'HIGH',
      fullName: 'Viện kiểm sát nhân dân cấp cao tại Đà Nẵng',
      placeName: 'Đà Nẵng',
      parentId: await t.rootUnit(),
    });
    const notice = {
      signer: { authority: 'Q.', title: 'Viện trưởng', name: 'Nguyễn Văn A' },
      recipients: ['VKSND tối cao (để báo cáo)'],
    };
    await t.ok(PUBLISH, { id, n: '05/TB-VKSCC', notice }, host.token);
    const read = await t.ok(NOTICE, { id: meetingId }, host.token);
    expect(read.meeting.conclusion.notice).toMatchObject({
      issuer: 'VIỆN KIỂM SÁT NHÂN DÂN CẤP CAO TẠI ĐÀ NẴNG',
      place: 'Đà Nẵng',
      // Signed when published, by default: the clock's day in Vietnam.
      dateLine: 'Đà Nẵng, ngày 26 tháng 01 năm 2024',
      recipients: ['VKSND tối cao (để báo cáo)', 'Lưu: VT'],
    });
    const markdown = await (
      await fetch(`http://127.0.0.1:${t.server.port}/meetings/${meetingId}/notice?format=md`, {
        headers: { authorization: `Bearer ${host.token}` },
      })
    ).text();
    expect(markdown).toContain('**Q. VIỆN TRƯỞNG**\\\n\\\n**Nguyễn Văn A**');
  });
});
