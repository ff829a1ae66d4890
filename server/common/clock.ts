/** Time, injected so that tests can fix it (deadlines, overdue) without sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
