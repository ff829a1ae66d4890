import type { DataSource } from 'typeorm';

type Escape = (sql: string, parameters: Record<string, unknown>) => [string, unknown[]];

/**
 * TypeORM's SQLite driver writes number parameters into the SQL text, so every new value (a seq, a
 * time limit) makes a statement never seen before: prepared again, and pushed through the driver's
 * cache of prepared statements (first in, first out), which then prepares the steady ones again
 * too. Integers go as bound parameters instead, as BigInt: better-sqlite3 binds a BigInt as an
 * INTEGER, as the literal was (a plain number would bind as REAL and read back as '7.0' from a text
 * column). Other numbers are left to the driver.
 */
export function bindIntegerParameters(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { escapeQueryWithParameters: Escape };
  const escape = driver.escapeQueryWithParameters.bind(driver);
  driver.escapeQueryWithParameters = (sql, parameters) => {
    if (!parameters) return escape(sql, parameters);
    let bound: Record<string, unknown> | null = null;
    for (const key in parameters) {
      const value = parameters[key];
      if (isSafeInteger(value)) {
        bound ??= { ...parameters };
        bound[key] = BigInt(value);
      }
    }
    return escape(sql, bound ?? parameters);
  };
}

/** A parameter as bindIntegerParameters binds it: an integer as a BigInt, anything else as it is. */
export function boundInteger(value: unknown): unknown {
  return isSafeInteger(value) ? BigInt(value) : value;
}

function isSafeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}
