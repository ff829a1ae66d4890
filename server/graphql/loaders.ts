import DataLoader from 'dataloader';

/**
 * What one batch (one SQL statement) counts against the result budget, in fields: a statement costs
 * about as much as resolving 50 to 60 fields (bench:attack), counted with a margin; a subscription's
 * pushes each run theirs.
 */
export const STATEMENT_FIELDS = 75;

/**
 * Per-request DataLoaders, created on first use: a resolver asks for a loader by name with its
 * batch function, and every field of the request that needs the same kind of rows shares one query.
 * Each batch is charged to the execution's budget (result-budget.ts) when there is one.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly budget?: { charge(fields: number): void }) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      const charged = (keys: readonly K[]) => {
        this.budget?.charge(STATEMENT_FIELDS);
        return batch(keys);
      };
      loader = new DataLoader<K, V>(charged) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Groups `rows` by `key` in the order of `keys`: the shape a one-to-many batch function returns. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], key: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Picks `rows` by `key` in the order of `keys` (null where missing): a one-to-one batch result. */
export function pickBy<K, R>(keys: readonly K[], rows: R[], key: (row: R) => K): (R | null)[] {
  const byKey = new Map<K, R>(rows.map((r) => [key(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}
