import i18next from 'i18next';
import { vi } from './vi';

/** Every text of the app comes from the catalogue; Vietnamese first. */
void i18next.init({
  lng: 'vi',
  fallbackLng: 'vi',
  resources: { vi: { translation: vi } },
  initAsync: false,
  interpolation: { escapeValue: false }, // Preact escapes what it renders
});

export const t = i18next.t.bind(i18next);

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const clock = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const day = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, dateStyle: 'short' });

/** dd/mm/yyyy in Vietnam's time. */
export function dateOfDay(iso: string): string {
  return day.format(new Date(iso));
}

/** hh:mm in Vietnam's time, whatever the room PC's time zone. */
export function timeOfDay(iso: string): string {
  return clock.format(new Date(iso));
}

/** m:ss (or h:mm:ss) of a number of seconds, with a minus sign below zero. */
export function duration(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '−' : '';
  const s = Math.abs(Math.trunc(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0
    ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${sign}${minutes}:${seconds}`;
}
