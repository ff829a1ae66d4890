/** Vietnam's time (UTC+7, no daylight saving) for the console's date and time fields. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** An ISO instant as the value of an <input type="datetime-local">, in Vietnam's time. */
export function toLocalInput(iso: string | null | undefined): string {
  return iso ? new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString().slice(0, 16) : '';
}

/** The value of a datetime-local (or date) input, read as Vietnam's time; null when empty. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const withTime = value.length === 10 ? `${value}T00:00` : value;
  return new Date(Date.parse(`${withTime}:00.000Z`) - VIETNAM_OFFSET_MS).toISOString();
}

/** The last moment of a day (a date input) in Vietnam. */
export function endOfDay(value: string): string | null {
  const start = fromLocalInput(value);
  return start && new Date(Date.parse(start) + 24 * 3600_000 - 1).toISOString();
}
