import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  ExecutionResult,
  FormattedExecutionResult,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLNamedType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { DomainError, ErrorCode } from '../common/errors';
import { selectsFrom } from './limits';

/** How much one execution may produce; 0 turns a limit off. */
export type ResultLimits = {
  /** Fields in the answer (each item of a list counted with what it selects). */
  fields: number;
  /** Bytes of the answer's JSON (UTF-8), counted before it is serialized. */
  bytes: number;
  /** Wall time from the start of the request to the end of its execution. */
  ms: number;
};

export enum ResultTooLargeReason {
  Fields = 'FIELDS',
  Bytes = 'BYTES',
  Time = 'TIME',
}

/**
 * The budget of one execution (a request, an operation over the WebSocket, one push of a
 * subscription). Every list charges its items as it resolves, so an answer that grows past the
 * budget stops growing there: the static cost (limits.ts) prices what a document may ask for, this
 * bounds what the data makes of it.
 */
export class ResultBudget {
  private fields = 0;
  private readonly deadline: number;
  /** Why the execution was stopped, once it was: then every further list fails at once. */
  stopped: DomainError | null = null;

  constructor(private readonly limits: ResultLimits) {
    this.deadline = limits.ms > 0 ? performance.now() + limits.ms : Infinity;
  }

  /** The fields charged so far. */
  get spent(): number {
    return this.fields;
  }

  charge(fields: number): void {
    if (this.stopped) throw this.stopped;
    this.fields += fields;
    const { fields: max, ms } = this.limits;
    if (max > 0 && this.fields > max)
      this.stop(ResultTooLargeReason.Fields, `The answer has more than ${max} fields`, max);
    if (performance.now() > this.deadline)
      this.stop(ResultTooLargeReason.Time, `The operation took more than ${ms} ms`, ms);
  }

  /**
   * An answer or a push as its message will carry it: the JSON text when it is within the budget (serialized once,
   * its size read from the text rather than walked apart), else the result to format.
   */
  serialized(result: ExecutionResult): ExecutionResult | string {
    if (this.stopped || result.errors) return this.verdict(result);
    const json = JSON.stringify(result);
    const max = this.limits.bytes;
    if (max <= 0 || Buffer.byteLength(json) <= max) return json;
    this.stopped = tooLarge(ResultTooLargeReason.Bytes, `The answer is over ${max} bytes`, max);
    return this.verdict(result);
  }

  /**
   * The result to send: `result` itself, or one RESULT_TOO_LARGE error in its place when the budget
   * was spent or the answer is over the byte budget (checked before anything is serialized).
   */
  verdict(result: ExecutionResult): ExecutionResult {
    const max = this.limits.bytes;
    if (!this.stopped && max > 0 && jsonLength(result.data, max) > max)
      this.stopped = tooLarge(ResultTooLargeReason.Bytes, `The answer is over ${max} bytes`, max);
    if (!this.stopped) return result;
    return { errors: [new GraphQLError(this.stopped.message, { originalError: this.stopped })] };
  }

  private stop(reason: ResultTooLargeReason, message: string, limit: number): never {
    throw (this.stopped = tooLarge(reason, message, limit));
  }
}

const tooLarge = (reason: ResultTooLargeReason, message: string, limit: number) =>
  new DomainError(ErrorCode.ResultTooLarge, `${message}: ask for less (fewer lists, aliases or items)`, {
    reason,
    limit,
  });

/**
 * An HTTP answer already serialized within its budget (`ResultBudget.serialized`), in the place of
 * its data: `stringifyAnswer` writes the JSON as it is rather than serializing ~36,000 values again.
 */
export class SerializedAnswer {
  constructor(
    /** The whole answer, `{"data":…}`. */
    readonly json: string,
  ) {}

  /** For a serializer other than stringifyAnswer: the data itself. */
  toJSON(): unknown {
    return (JSON.parse(this.json) as ExecutionResult).data;
  }

  /** The answer Apollo sends, with this in the place of its data (see stringifyAnswer). */
  get result(): FormattedExecutionResult {
    return { data: this as unknown as Record<string, unknown> };
  }
}

/** Apollo's `stringifyResult`: an answer serialized already as it is, any other as Apollo writes it. */
export function stringifyAnswer(result: FormattedExecutionResult): string {
  if (result.data instanceof SerializedAnswer && !result.errors && !result.extensions)
    return result.data.json + '\n';
  return JSON.stringify(result) + '\n';
}

/** Where an execution finds its budget: the context of every resolver. */
type Budgeted = { budget?: ResultBudget };

/**
 * Over HTTP: an answer is serialized here, once, and its size read from the text (as a push is);
 * one whose execution spent its budget, or that is over the byte budget, is replaced by its one
 * RESULT_TOO_LARGE error (formatted by the one error mapper). Apollo then writes the text as it is
 * (stringifyAnswer).
 */
export function resultBudgetOnAnswers<C extends Budgeted>(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const { body } = response;
          if (body.kind !== 'single' || !contextValue.budget) return;
          const answer = body.singleResult;
          // Served from the answer cache (answer-cache.ts), which stores only answers within budget.
          if (answer.data instanceof SerializedAnswer) return;
          const { budget } = contextValue;
          // An answer with errors or extensions is left to Apollo's serializer; only its data is checked.
          const result =
            answer.errors || answer.extensions
              ? budget.verdict({ data: answer.data })
              : budget.serialized({ data: answer.data });
          if (typeof result === 'string') {
            body.singleResult = new SerializedAnswer(result).result;
            return;
          }
          if (!result.errors) return;
          body.singleResult = { errors: result.errors.map((e) => format(e.toJSON(), e)) };
        },
      };
    },
  };
}

/**
 * Makes every list of `schema` charge its items to the execution's budget. Only lists: the fields
 * outside them are bounded by the document (its cost and token limits), and a per-field wrapper would
 * cost a national meeting's answer some 50,000 calls.
 */
export function withResultBudget(schema: GraphQLSchema): GraphQLSchema {
  const weights = new WeakMap<GraphQLResolveInfo['fieldNodes'], number>();
  const weightOf = (info: GraphQLResolveInfo): number => {
    let weight = weights.get(info.fieldNodes);
    if (weight === undefined) {
      weight = itemWeight(info);
      weights.set(info.fieldNodes, weight);
    }
    return weight;
  };
  const charged = (items: unknown, context: Budgeted, info: GraphQLResolveInfo): unknown => {
    if (Array.isArray(items)) context.budget?.charge(items.length * weightOf(info));
    return items;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Budgeted, info) => {
        const items: unknown = resolve(source, args, context, info);
        return items instanceof Promise
          ? items.then((resolved) => charged(resolved, context, info))
          : charged(items, context, info);
      };
    }
  }
  return schema;
}

/**
 * The fields one item of the list at `info` adds to the answer: what it selects, with what the
 * objects (not the lists, which charge for themselves) inside it select. At least 1 (a scalar item).
 * A union or an interface weighs as the heaviest of its object types: a value is one of them.
 */
function itemWeight(info: GraphQLResolveInfo): number {
  const { schema } = info;
  const fragments = new Map<string, number>();
  const weigh = (set: SelectionSetNode, type: GraphQLNamedType | undefined): number =>
    isAbstractType(type)
      ? Math.max(0, ...schema.getPossibleTypes(type).map((member) => weighOn(set, member)))
      : weighOn(set, type);
  // What `set` selects from a value of `type`; fragments on other object types select nothing.
  const narrowed = (
    set: SelectionSetNode,
    condition: string | undefined,
    type: GraphQLNamedType | undefined,
  ) => {
    const on = condition ? schema.getType(condition) : type;
    if (!isObjectType(type) || !on) return weigh(set, on ?? type);
    return selectsFrom(schema, on, type) ? weighOn(set, type) : 0;
  };
  const weighOn = (set: SelectionSetNode, type: GraphQLNamedType | undefined): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const def = isObjectType(type) || isInterfaceType(type) ? type.getFields()[s.name.value] : undefined;
        const inner =
          def && s.selectionSet && !isListType(getNullableType(def.type))
            ? weigh(s.selectionSet, getNamedType(def.type))
            : 0;
        total += 1 + inner;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += narrowed(s.selectionSet, s.typeCondition?.name.value, type);
      } else {
        total += fragment(info.fragments[s.name.value], type);
      }
    }
    return total;
  };
  const fragment = (def: FragmentDefinitionNode | undefined, type: GraphQLNamedType | undefined): number => {
    if (!def) return 0;
    const key = `${def.name.value}/${type?.name ?? ''}`;
    let weight = fragments.get(key);
    if (weight === undefined) {
      weight = narrowed(def.selectionSet, def.typeCondition.name.value, type);
      fragments.set(key, weight);
    }
    return weight;
  };
  const type = getNamedType(info.returnType);
  let weight = 0;
  for (const node of info.fieldNodes) if (node.selectionSet) weight += weigh(node.selectionSet, type);
  return Math.max(weight, 1);
}

/**
 * The length of `value` as JSON, counted up to just past `max` (then it stops): strings by their
 * UTF-8 bytes, numbers and booleans by a fixed width. Nothing is serialized.
 */
function jsonLength(value: unknown, max: number): number {
  let total = 0;
  // Plain loops: the national snapshot has ~36,000 values; an entries array per object cost more
  // than the count itself.
  const walk = (v: unknown): void => {
    if (typeof v === 'string') total += Buffer.byteLength(v) + 2;
    else if (v === null || typeof v !== 'object') total += 8;
    else if (Array.isArray(v)) {
      total += 2;
      for (let i = 0; i < v.length && total <= max; i++) walk(v[i]);
    } else {
      total += 2;
      const object = v as Record<string, unknown>;
      for (const key in object) {
        if (total > max) return;
        total += key.length + 4;
        walk(object[key]);
      }
    }
  };
  walk(value);
  return total;
}
