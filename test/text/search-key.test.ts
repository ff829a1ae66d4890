import { compareVietnamese, searchKey } from '../../server/common/vietnamese-text';

describe('searchKey: what Vietnamese search compares', () => {
  it.each([
    ['PHÚ YÊN', 'phu yen'],
    ['Hội nghị chuyên đề', 'hoi nghi chuyen de'],
    ['ĐỒNG XUÂN', 'dong xuan'],
    ['Đồng Xuân'.normalize('NFD'), 'dong xuan'],
    ['  thành  phố\tTuy Hòa ', 'thanh pho tuy hoa'],
    ['Ơ Ư Ă Â Ê Ô', 'o u a a e o'],
  ])('%j → %j', (text, key) => expect(searchKey(text)).toBe(key));

  it('gives one key to NFC, NFD, capitals and unmarked spellings of a name', () => {
    const spellings = ['Tuy Hòa', 'Tuy Hòa'.normalize('NFD'), 'TUY HÒA', 'tuy hoa', 'Tuy Hoà'];
    expect(new Set(spellings.map(searchKey)).size).toBe(1);
  });
});

it('compareVietnamese puts names in Vietnamese alphabetical order', () => {
  const names = ['thành phố Tuy Hòa', 'Tây Hòa', 'Đồng Xuân', 'Sơn Hòa', 'Dak Lak', 'Ân Thi', 'An Lão'];
  expect([...names].sort(compareVietnamese)).toEqual([
    'An Lão',
    'Ân Thi',
    'Dak Lak',
    'Đồng Xuân',
    'Sơn Hòa',
    'Tây Hòa',
    'thành phố Tuy Hòa',
  ]);
});
