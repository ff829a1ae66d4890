import { MaxLength, Matches } from 'class-validator';

/** A required text: not blank (whitespace only is refused) and at most `max` characters. */
export function RequiredText(max: number): PropertyDecorator {
  return (target, key) => {
    Matches(/\S/, { message: 'must not be empty or blank' })(target, key);
    MaxLength(max, { message: `must be at most ${max} characters` })(target, key);
  };
}

/** An optional text: when given, not blank and at most `max` characters (null clears it). */
export function OptionalText(max: number): PropertyDecorator {
  return (target, key) => {
    Matches(/\S/, { message: 'must not be blank' })(target, key);
    MaxLength(max, { message: `must be at most ${max} characters` })(target, key);
  };
}

/** An optional text as stored: trimmed, and null when missing or blank. */
export const trimmedOrNull = (value: string | null | undefined): string | null => value?.trim() || null;
