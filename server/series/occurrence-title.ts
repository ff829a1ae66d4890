import { SeriesCadence } from './meeting-series.entity';

/** Meetings are dated where they are held. */
const VIETNAM = 'Asia/Ho_Chi_Minh';
const QUARTERS = ['I', 'II', 'III', 'IV'];

/** The day, month and year of `at` in Vietnam. */
function dateParts(at: Date): { day: number; month: number; year: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { day: part('day'), month: part('month'), year: part('year') };
}

/**
 * The title of a series' meeting on `start`, as the office writes it: "Giao ban tháng … (tháng
 * 7/2026)", "(quý III/2026)", or the day for weekly and other meetings "(ngày 06/7/2026)".
 */
export function titleOfOccurrence(seriesTitle: string, cadence: SeriesCadence, start: Date): string {
  const { day, month, year } = dateParts(start);
  const when =
    cadence === SeriesCadence.MONTHLY
      ? `tháng ${month}/${year}`
      : cadence === SeriesCadence.QUARTERLY
        ? `quý ${QUARTERS[Math.floor((month - 1) / 3)]}/${year}`
        : `ngày ${String(day).padStart(2, '0')}/${month}/${year}`;
  return `${seriesTitle} (${when})`;
}
