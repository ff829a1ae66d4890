import { createHash } from 'node:crypto';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '../common/errors';
import { createLimiter, LimiterStore, retryAfterSeconds } from '../common/limiter-store';

/** Wrong attempts of one name from one address before each further one has to wait. */
export const FREE_FAILURES = 5;
/** The longest wait of one name from one address: a lockout shared by a NAT does not last. */
export const MAX_BACKOFF_SECONDS = 300;
/** How long a name+address pair's count of consecutive failures is kept without a new one. */
const FAILURE_MEMORY_SECONDS = 24 * 3600;

/**
 * Budgets of `login` and `joinSite`, whatever token the request carries (OWASP authentication
 * guidance): per name (a username, or an access code) and address, consecutive failures beyond
 * FREE_FAILURES make the next attempt wait 1, 2, 4 … s (at most MAX_BACKOFF_SECONDS), until one
 * succeeds; per name from every address, `budget` failures per window; per address, `budget`
 * attempts per window, where the attempts refused by a pair's backoff are not counted, so one
 * flooded name does not lock out everyone behind the address.
 */
export class SignInThrottle {
  private readonly pairFailures: RateLimiterAbstract;
  private readonly pairLock: RateLimiterAbstract;
  private readonly nameFailures: RateLimiterAbstract;
  private readonly addressAttempts: RateLimiterAbstract;

  constructor(
    store: LimiterStore,
    private readonly budget: number,
    windowSeconds: number,
    /** Counts a refusal (for the metrics). */
    private readonly onRefused: () => void = () => undefined,
  ) {
    const make = (keyPrefix: string, points: number, duration: number) =>
      createLimiter(store, { keyPrefix: `signin:${keyPrefix}`, points, duration });
    this.pairFailures = make('pair-failures', Number.MAX_SAFE_INTEGER, FAILURE_MEMORY_SECONDS);
    this.pairLock = make('pair-lock', 1, 1);
    this.nameFailures = make('name-failures', budget, windowSeconds);
    this.addressAttempts = make('address', budget, windowSeconds);
  }

  /** Runs `attempt` for `name` from `ip` within the budgets; its UNAUTHENTICATED counts as a failure. */
  async attempt<T>(name: string, ip: string, attempt: () => Promise<T>): Promise<T> {
    if (this.budget === 0) return attempt();
    const nameKey = createHash('sha256').update(name.normalize('NFC').toLowerCase()).digest('base64url');
    const pairKey = `${nameKey}:${ip}`;
    await this.refuseWhile(this.pairLock, pairKey, 1);
    await this.refuseWhile(this.nameFailures, nameKey, this.budget - 1);
    try {
      await this.addressAttempts.consume(ip);
    } catch (e) {
      throw this.refused(e);
    }
    try {
      const result = await attempt();
      await Promise.all([this.pairFailures.delete(pairKey), this.pairLock.delete(pairKey)]);
      return result;
    } catch (e) {
      if (e instanceof DomainError && e.code === ErrorCode.Unauthenticated) {
        await this.nameFailures.penalty(nameKey);
        const failures = (await this.pairFailures.penalty(pairKey)).consumedPoints;
        if (failures >= FREE_FAILURES) {
          const wait = Math.min(2 ** (failures - FREE_FAILURES), MAX_BACKOFF_SECONDS);
          await this.pairLock.block(pairKey, wait);
          // Told at once: a client waits instead of being refused (it learns nothing it would not).
          throw new DomainError(e.code, e.message, { ...e.details, retryAfterSeconds: wait });
        }
      }
      throw e;
    }
  }

  /** Refuses while `limiter` holds more than `allowed` points for `key`. */
  private async refuseWhile(limiter: RateLimiterAbstract, key: string, allowed: number): Promise<void> {
    const state = await limiter.get(key);
    if (state && state.consumedPoints > allowed) throw this.refused(state);
  }

  private refused(e: unknown): DomainError {
    if (!(e instanceof RateLimiterRes)) throw e;
    this.onRefused();
    const seconds = retryAfterSeconds(e.msBeforeNext);
    return new DomainError(ErrorCode.RateLimited, `Too many sign-in attempts: try again in ${seconds} s`, {
      retryAfterSeconds: seconds,
    });
  }
}
