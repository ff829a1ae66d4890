/** Dates and times as Vietnamese documents write them, by the calendar and clock of Vietnam. */

/** Vietnam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * The moment with Vietnam's wall-clock time in its UTC fields: what a format that carries no time
 * zone (an Excel date) or the helpers below read.
 */
export const vietnamWallClock = (at: Date): Date => new Date(at.getTime() + VIETNAM_OFFSET_MS);

export function vietnamDate(at: Date): { day: number; month: number; year: number } {
  const d = vietnamWallClock(at);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}

/** Administrative dates write a day below 10 and the months 1 and 2 with a leading zero (ngày 05 tháng 01). */
export function dayAndMonth(at: Date): { day: string; month: string; year: number } {
  const { day, month, year } = vietnamDate(at);
  return { day: String(day).padStart(2, '0'), month: month < 3 ? `0${month}` : String(month), year };
}

/** "28/4/2022", as dates are written in a sentence. */
export function shortDate(at: Date): string {
  const { day, month, year } = dayAndMonth(at);
  return `${day}/${month}/${year}`;
}

/** "07 giờ 30". */
export function clockTime(at: Date): string {
  const d = vietnamWallClock(at);
  return `${String(d.getUTCHours()).padStart(2, '0')} giờ ${String(d.getUTCMinutes()).padStart(2, '0')}`;
}
