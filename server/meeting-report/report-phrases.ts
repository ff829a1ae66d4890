import { clockTime } from '../common/vietnam-dates';
import { capitalized, duration, SPEECH_KIND_NAMES } from '../documents/phrases';

/** The report's words, Vietnamese as its readers write them (times by the clock of Vietnam). */
export const REPORT_PHRASES = {
  type: 'BÁO CÁO HỘI NGHỊ',
  timeline: 'Thời gian dự kiến và thực tế theo nội dung',
  planned: 'Dự kiến',
  actual: 'Thực tế',
  minutesFrom: (start: Date) => `Phút, tính từ ${clockTime(start)}`,
  byPoint: 'Thời gian phát biểu theo điểm cầu',
  byKind: 'Thời gian phát biểu theo hình thức',
  attendance: 'Tình hình tham dự theo điểm cầu',
  onTime: 'Có mặt đúng giờ',
  late: 'Đến muộn',
  excused: 'Vắng có lý do',
  absent: 'Vắng không lý do',
  unmarked: 'Chưa điểm danh',
  connection: 'Chất lượng kết nối theo điểm cầu',
  noData: 'Không có số liệu.',
  kind: (kind: string) => capitalized(SPEECH_KIND_NAMES[kind] ?? kind),
  speaking: (speeches: number, seconds: number) => `${speeches} lượt, ${duration(seconds)}`,
  present: (present: number, expected: number, late: number) =>
    `có mặt ${present}/${expected}${late ? `, ${late} đến muộn` : ''}`,
  losses: (episodes: number, seconds: number) =>
    episodes ? `${episodes} lần mất kết nối, ${duration(seconds)}` : 'không mất kết nối',
  itemTimes: (planned: number | null, actual: number | null, skipped: boolean) =>
    [
      planned === null ? null : `dự kiến ${planned} phút`,
      skipped ? 'không thực hiện' : actual === null ? 'chưa xong' : `thực tế ${duration(actual)}`,
    ]
      .filter(Boolean)
      .join(', '),
};
