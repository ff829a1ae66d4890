/** The Redis of the tests, when there is one (TEST_REDIS_URL): its cases skip without it. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

/** `describe`, or `describe.skip` when TEST_REDIS_URL is unset: for the Redis-backed cases. */
export const describeWithRedis = TEST_REDIS_URL ? describe : describe.skip;
