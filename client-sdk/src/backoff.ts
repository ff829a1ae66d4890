/** Delays between attempts: exponential, with jitter. */
export type BackoffOptions = {
  /** First delay before another attempt; doubles on each failed attempt (with jitter). Default 250 ms. */
  initialDelayMs?: number;
  /** Longest delay between attempts. Default 10 s. */
  maxDelayMs?: number;
};

export function backoff(retry: BackoffOptions, failures: number): number {
  const base = Math.min(retry.maxDelayMs ?? 10_000, (retry.initialDelayMs ?? 250) * 2 ** failures);
  return Math.round(base * (0.5 + Math.random() / 2));
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
