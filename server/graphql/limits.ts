import {
  FieldNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  NamedTypeNode,
  NoSchemaIntrospectionCustomRule,
  SelectionSetNode,
  typeFromAST,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { LIST_BOUNDS } from './list-bounds';

/** How big one operation may be; 0 turns a limit off. */
export type OperationLimits = { depth: number; cost: number; aliases: number };

/** A list not in LIST_BOUNDS and not paged (none, checked by a test): priced as the largest cap. */
const UNKNOWN_LIST = Math.max(...Object.values(LIST_BOUNDS));
/**
 * Items assumed for a `first` given by a variable (validation runs before variables are known): the
 * list's own bound when it has one (`Meeting.events`: 500), else a connection's full page.
 */
const VARIABLE_PAGE = 100;

type Measure = { depth: number; cost: number; aliases: number };
type Field = GraphQLField<unknown, unknown>;

const NOTHING: Measure = { depth: 0, cost: 0, aliases: 0 };

/**
 * Measures the selections of one document: depth (nested fields), aliases, and cost, where each field
 * costs 1 and what is selected inside a list costs once per item it can hold: its page (`first`), or
 * the cap on its rows (LIST_BOUNDS). So the cost is the most fields the answer can have, whatever the
 * data: a back-reference (`speeches { agendaItem { speeches … } }`) multiplies by the caps. Fragments are measured once each,
 * so a document that spreads fragments exponentially is measured in linear time (and refused).
 */
class Meter {
  private readonly fragments = new Map<string, Measure>();
  private readonly measuring = new Set<string>();

  constructor(private readonly ctx: ValidationContext) {}

  /**
   * `page`: the `first` of the field above, for a connection's `edges` list. A value of a union or an
   * interface is one of its object types: priced as the costliest of them (what each one selects,
   * its own inline fragments and those on the abstract type), while every alias of every branch counts.
   */
  selections(set: SelectionSetNode, type: GraphQLNamedType | undefined, page?: number): Measure {
    if (!isAbstractType(type)) return this.measure(set, type, page);
    const written = this.measure(set, type, page);
    const branches = this.ctx
      .getSchema()
      .getPossibleTypes(type)
      .map((member) => this.measure(set, member, page));
    return {
      depth: Math.max(0, ...branches.map((b) => b.depth)),
      cost: Math.max(0, ...branches.map((b) => b.cost)),
      aliases: written.aliases,
    };
  }

  /** `type` narrows the selection: fragments on other object types select nothing from it. */
  private measure(set: SelectionSetNode, type: GraphQLNamedType | undefined, page?: number): Measure {
    const total = { ...NOTHING };
    for (const s of set.selections) {
      const m =
        s.kind === Kind.FIELD
          ? this.field(s, type, page)
          : s.kind === Kind.INLINE_FRAGMENT
            ? this.inline(s.selectionSet, this.typeOf(s.typeCondition), type, page)
            : this.fragment(s.name.value, type, page);
      total.depth = Math.max(total.depth, m.depth);
      total.cost += m.cost;
      total.aliases += m.aliases;
    }
    return total;
  }

  /** A fragment on `condition` inside a selection on `type`: nothing when they cannot meet. */
  private inline(
    set: SelectionSetNode,
    condition: GraphQLNamedType | undefined,
    type: GraphQLNamedType | undefined,
    page?: number,
  ): Measure {
    if (!isObjectType(type) || !condition) return this.selections(set, condition ?? type, page);
    return selectsFrom(this.ctx.getSchema(), condition, type) ? this.measure(set, type, page) : NOTHING;
  }

  private field(node: FieldNode, parent: GraphQLNamedType | undefined, page?: number): Measure {
    const aliases = node.alias ? 1 : 0;
    // Introspection is allowed or refused as a whole (see operationRules); its own depth is not the API's.
    if (node.name.value.startsWith('__')) return { ...NOTHING, aliases };
    const def =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    const bound = LIST_BOUNDS[`${parent?.name}.${def?.name}`];
    const own = this.first(node, def, bound);
    const list = def !== undefined && isListType(getNullableType(def.type));
    const inner = node.selectionSet
      ? this.selections(node.selectionSet, def && getNamedType(def.type), list ? undefined : own)
      : NOTHING;
    const items = list ? (own ?? page ?? bound ?? UNKNOWN_LIST) : 1;
    return { depth: 1 + inner.depth, cost: 1 + items * inner.cost, aliases: aliases + inner.aliases };
  }

  /** The page a `first` argument asks for: its literal, the largest page for a variable, or its default. */
  private first(node: FieldNode, def: Field | undefined, bound: number | undefined): number | undefined {
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    if (arg?.value.kind === Kind.INT) return Math.max(Number(arg.value.value), 0);
    if (arg?.value.kind === Kind.VARIABLE) return bound ?? VARIABLE_PAGE;
    const fallback = def?.args.find((a) => a.name === 'first')?.defaultValue;
    return typeof fallback === 'number' ? fallback : undefined;
  }

  private fragment(name: string, type: GraphQLNamedType | undefined, page?: number): Measure {
    const key = `${name}/${type?.name ?? ''}/${page ?? ''}`;
    const known = this.fragments.get(key);
    if (known) return known;
    const def = this.ctx.getFragment(name);
    // Unknown and cyclic fragments are reported by graphql's own rules.
    if (!def || this.measuring.has(name)) return NOTHING;
    this.measuring.add(name);
    const m = this.inline(def.selectionSet, this.typeOf(def.typeCondition), type, page);
    this.measuring.delete(name);
    this.fragments.set(key, m);
    return m;
  }

  private typeOf(node: NamedTypeNode | undefined): GraphQLNamedType | undefined {
    return node ? typeFromAST(this.ctx.getSchema(), node) : undefined;
  }
}

/** Whether a fragment on `condition` selects anything from a value of object type `type`. */
export function selectsFrom(
  schema: GraphQLSchema,
  condition: GraphQLNamedType,
  type: GraphQLObjectType,
): boolean {
  return condition === type || (isAbstractType(condition) && schema.isSubType(condition, type));
}

/** Refuses an operation over the depth, cost or alias limit, with the measured value in the message. */
export function limitRule(limits: OperationLimits): ValidationRule {
  return (ctx) => {
    const meter = new Meter(ctx);
    return {
      OperationDefinition(op) {
        const root = ctx.getSchema().getRootType(op.operation) ?? undefined;
        const m = meter.selections(op.selectionSet, root);
        const checks: [string, number, number][] = [
          ['depth', m.depth, limits.depth],
          ['cost', m.cost, limits.cost],
          ['aliases', m.aliases, limits.aliases],
        ];
        for (const [what, value, max] of checks) {
          if (max > 0 && value > max) {
            ctx.reportError(
              new GraphQLError(`The operation's ${what} (${value}) is over the limit of ${max}`, {
                nodes: [op],
              }),
            );
          }
        }
      },
    };
  };
}

/**
 * The validation rules of every operation besides graphql's own, for HTTP and WebSocket alike:
 * the limits, and no introspection when it is off.
 */
export function operationRules(limits: OperationLimits, introspection: boolean): ValidationRule[] {
  return [limitRule(limits), ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}
