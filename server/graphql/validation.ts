import { getNamedType } from 'graphql';
import { validate, ValidationError } from 'class-validator';
import { ResolverData } from 'type-graphql';
import { badInput, ErrorReason } from '../common/errors';

/** The reason of each class-validator rule the inputs use; any other is INVALID_VALUE. */
const REASONS: Record<string, ErrorReason> = {
  isDefined: ErrorReason.REQUIRED,
  matches: ErrorReason.BLANK,
  minLength: ErrorReason.TOO_SHORT,
  maxLength: ErrorReason.TOO_LONG,
  arrayMaxSize: ErrorReason.TOO_MANY,
  min: ErrorReason.TOO_SMALL,
  max: ErrorReason.TOO_LARGE,
};

type Problem = { field: string; rule: string; limit?: number };

function firstProblem(errors: ValidationError[], path: string[]): Problem | null {
  for (const e of errors) {
    const here = [...path, e.property];
    const rule = Object.keys(e.constraints ?? {})[0];
    if (rule)
      return { field: here.join('.'), rule, limit: (e.contexts?.[rule] as { limit?: number })?.limit };
    const nested = firstProblem(e.children ?? [], here);
    if (nested) return nested;
  }
  return null;
}

/**
 * Validates an input-object argument with its class-validator rules; the first problem becomes
 * BAD_USER_INPUT whose `field` is the path from the argument (`input.title`, `filter.status` …) and
 * whose reason says which rule (its bound, `limit(n)` of common/validation.ts, fills the message).
 */
export async function validateArgument(
  value: unknown,
  type: unknown,
  data: ResolverData<object>,
): Promise<void> {
  if (value === null || typeof value !== 'object' || typeof type !== 'function') return;
  const errors = await validate(value, { forbidUnknownValues: false, stopAtFirstError: true });
  if (errors.length === 0) return;
  const field = data.info.parentType.getFields()[data.info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === (type as { name: string }).name);
  const problem = firstProblem(errors, [arg?.name ?? 'input']) ?? { field: arg?.name ?? 'input', rule: '' };
  const reason = REASONS[problem.rule] ?? ErrorReason.INVALID_VALUE;
  throw badInput(problem.field, reason, problem.limit === undefined ? {} : { limit: problem.limit });
}
