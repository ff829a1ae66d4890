import { getNamedType } from 'graphql';
import { validate, ValidationError } from 'class-validator';
import { ResolverData } from 'type-graphql';
import { badInput } from '../common/errors';

function firstProblem(errors: ValidationError[], path: string[]): { field: string; message: string } | null {
  for (const e of errors) {
    const here = [...path, e.property];
    if (e.constraints)
      return { field: here.join('.'), message: `${here.join('.')} ${Object.values(e.constraints)[0]}` };
    const nested = firstProblem(e.children ?? [], here);
    if (nested) return nested;
  }
  return null;
}

/**
 * Validates an input-object argument with its class-validator rules; the first problem becomes
 * BAD_USER_INPUT whose `field` is the path from the argument (`input.title`, `filter.status` …).
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
  const problem = firstProblem(errors, [arg?.name ?? 'input']) ?? {
    field: arg?.name ?? 'input',
    message: 'Invalid input',
  };
  throw badInput(problem.field, problem.message);
}
