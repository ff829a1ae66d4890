import { MaxLength, Matches, ValidationOptions } from 'class-validator';
import { badInput, ErrorReason } from './errors';

/**
 * The bound of a rule, kept with it for the message (graphql/validation.ts): class-validator's
 * errors name the rule, and its `context` carries what the rule's own message would have said.
 */
export const limit = (value: number): ValidationOptions => ({ context: { limit: value } });

/** A required text: not blank (whitespace only is refused) and at most `max` characters. */
export function RequiredText(max: number): PropertyDecorator {
  return (target, key) => {
    Matches(/\S/)(target, key);
    MaxLength(max, limit(max))(target, key);
  };
}

/** An optional text: when given, not blank and at most `max` characters (null clears it). */
export function OptionalText(max: number): PropertyDecorator {
  return (target, key) => {
    Matches(/\S/)(target, key);
    MaxLength(max, limit(max))(target, key);
  };
}

/** An optional text as stored: trimmed, and null when missing or blank. */
export const trimmedOrNull = (value: string | null | undefined): string | null => value?.trim() || null;

/** A link given by a user, as stored: an absolute http(s) URL, trimmed; else INVALID_FORMAT on `field`. */
export function httpLink(field: string, value: string): string {
  const link = value.trim();
  const protocol = URL.canParse(link) ? new URL(link).protocol : null;
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw badInput(field, ErrorReason.INVALID_FORMAT, { example: 'https://…' });
  }
  return link;
}
