import { badInput, ErrorReason } from '../common/errors';

/**
 * Passwords are hashed as typed: normalizing them would lock out one set before, or through
 * ADMIN_PASSWORD; they are still refused when ill-formed.
 */
const AS_TYPED = new Set(['password']);

/** With the u flag a surrogate pair is one code point: only a lone surrogate is matched. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The one place text enters the API: every string in a root field's arguments (variables and
 * literals alike, over HTTP and WebSocket) is refused when it is not well-formed Unicode — a lone
 * surrogate cannot be stored in utf8mb4, logged or answered as the same string — and otherwise put
 * in NFC, so that what is validated, stored, logged and answered is one and the same string.
 */
export function normalizedInput<T>(value: T, path: string[] = []): T {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) {
      throw badInput(path.join('.'), ErrorReason.ILL_FORMED_UNICODE);
    }
    return (AS_TYPED.has(path[path.length - 1]) ? value : value.normalize('NFC')) as T;
  }
  if (Array.isArray(value)) return value.map((v, i) => normalizedInput(v, [...path, String(i)])) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizedInput(v, [...path, k]);
    return out as T;
  }
  return value;
}
