import { clockTime, dayAndMonth, shortDate } from '../common/vietnam-dates';

/** The phrases administrative documents name meetings and people with. */

/** "Hội nghị …": a meeting's title, named a conference when it does not say so itself. */
export function meetingPhrase(title: string): string {
  if (/^hội nghị/iu.test(title)) return title;
  return `Hội nghị ${title[0].toLocaleLowerCase('vi')}${title.slice(1)}`;
}

/** "đồng chí Trần Quang Minh, Phó Viện trưởng". */
export const comrade = (p: { name: string; position: string | null }): string =>
  p.position ? `đồng chí ${p.name}, ${p.position}` : `đồng chí ${p.name}`;

export const capitalized = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** "A, B và C". */
export function enumerate(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** "Quảng Ngãi, ngày 28 tháng 4 năm 2022" (no place: "Ngày …"; no date yet: dots to fill in). */
export function placeAndDate(place: string | null, at: Date | null): string {
  const { day, month, year } = at ? dayAndMonth(at) : { day: '…', month: '…', year: '…' };
  const date = `ngày ${day} tháng ${month} năm ${year}`;
  return place ? `${place}, ${date}` : capitalized(date);
}

/** What a speech of each kind is called in the minutes and the report. */
export const SPEECH_KIND_NAMES: Readonly<Record<string, string>> = {
  CONTRIBUTION: 'tham luận',
  COMMENT: 'phát biểu',
  REPORT: 'báo cáo',
  QUESTION: 'truy vấn',
  EXPLANATION: 'giải trình',
  DIRECTIVE: 'phát biểu chỉ đạo',
  CONCLUSION: 'kết luận',
};

/** "5 phút 20 giây", "40 giây". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return minutes ? `${minutes} phút${rest ? ` ${rest} giây` : ''}` : `${rest} giây`;
}

/** "Thời gian: từ 07 giờ 30 đến 08 giờ 10, ngày 28/4/2022." (a meeting's times as held). */
export function timeHeld(start: Date | null, end: Date | null): string {
  const from = start ? `từ ${clockTime(start)}` : '';
  const to = end ? ` đến ${clockTime(end)}` : '';
  const day = start ? `ngày ${shortDate(start)}` : '';
  return `Thời gian: ${[`${from}${to}`, day].filter(Boolean).join(', ')}.`;
}
