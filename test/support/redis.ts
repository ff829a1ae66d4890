/** The Redis of the tests, when there is one (TEST_REDIS_URL): its cases skip without it. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

/** `describe`, or `describe.skip` when TEST_REDIS_URL is unset: for the Redis-backed cases. */
export const describeWithRedis = TEST_REDIS_URL ? describe : describe.skip;

/** A server's environment that picks one implementation of the event bus, presence and rate limits. */
export type Backend = { name: 'in process' | 'Redis'; env: Record<string, string> };

/**
 * One contract suite, run over both implementations the server chooses between: in process, and
 * through Redis (REDIS_URL; skipped without TEST_REDIS_URL). `suite` starts its servers with
 * `backend.env`.
 */
export function describeBackends(title: string, suite: (backend: Backend) => void): void {
  describe(`${title}, in process`, () => suite({ name: 'in process', env: {} }));
  describeWithRedis(`${title}, through Redis`, () =>
    suite({ name: 'Redis', env: { REDIS_URL: TEST_REDIS_URL ?? '' } }),
  );
}
