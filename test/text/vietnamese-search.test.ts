import { TestServer, startTestServer } from '../support/server';
import { Account, meeting, user } from '../support/factories';

const SEARCH = `query($search: String) { meetings(filter: { search: $search }, first: 50) { edges { node { title } } } }`;

describe('meetings(filter: { search }): insensitive to case and marks, đ = d', () => {
  let t: TestServer;
  let host: Account;
  beforeAll(async () => {
    t = await startTestServer();
    host = await user(t, 'HOST');
    for (const title of [
      'Giao ban tháng 3 VKSND tỉnh Phú Yên',
      'Hội nghị chuyên đề kiểm sát án hình sự',
      'Tập huấn nghiệp vụ',
    ]) {
      await meeting(t, host.token, { title });
    }
    // Renamed after creation: the key follows the title on update too.
    const renamed = await meeting(t, host.token, { title: 'Tạm đặt tên' });
    await t.ok(
      'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
      { input: { id: renamed.id, version: 1, title: 'Sơ kết công tác Đồng Xuân' } },
      host.token,
    );
  });
  afterAll(() => t.close());

  const titles = async (search: string) => {
    const { meetings } = await t.ok(SEARCH, { search }, host.token);
    return meetings.edges.map((e: { node: { title: string } }) => e.node.title);
  };

  it.each([
    ['PHÚ YÊN', 'Giao ban tháng 3 VKSND tỉnh Phú Yên'],
    ['phu yen', 'Giao ban tháng 3 VKSND tỉnh Phú Yên'],
    ['chuyen de', 'Hội nghị chuyên đề kiểm sát án hình sự'],
    ['CHUYÊN ĐỀ', 'Hội nghị chuyên đề kiểm sát án hình sự'],
    ['chuyên đề'.normalize('NFD'), 'Hội nghị chuyên đề kiểm sát án hình sự'],
    ['dong xuan', 'Sơ kết công tác Đồng Xuân'],
  ])('%j finds %j and nothing else', async (search, title) => {
    expect(await titles(search)).toEqual([title]);
  });

  it('finds nothing for a title that is gone, and LIKE wildcards match only themselves', async () => {
    expect(await titles('Tạm đặt')).toEqual([]);
    expect(await titles('%')).toEqual([]);
    expect(await titles('_')).toEqual([]);
  });
});
