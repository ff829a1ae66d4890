import { badInput, ErrorReason } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is bad input (BAD_USER_INPUT naming the field); a well-formed unknown one is NOT_FOUND. */
export function assertId(field: string, value: string): void {
  if (typeof value !== 'string' || !UUID.test(value)) throw badInput(field, ErrorReason.INVALID_ID);
}

export function assertOptionalId(field: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined) assertId(field, value);
}
