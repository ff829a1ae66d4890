/** What a subscription knows of its transport: whether it is backed up, and how to drop it. */
export type SubscriberLink = {
  /** True when the transport holds more unsent data than allowed. */
  congested(): boolean;
  /** Drops a subscriber that cannot keep up (its socket is closed, it resubscribes later). */
  fellBehind(): void;
};
