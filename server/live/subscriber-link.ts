import type { WebSocket } from 'ws';

/** Close codes of live delivery, besides graphql-ws's and the server's own (4403). */
export enum LiveCloseCode {
  SubscriberFellBehind = 4008,
}

export const FELL_BEHIND_REASON = 'Subscriber fell behind: resubscribe with afterSeq';

/** What a subscription knows of its transport: whether it is backed up, and how to drop it. */
export type SubscriberLink = {
  /** True when the transport holds more unsent data than allowed. */
  congested(): boolean;
  /** Drops a subscriber that cannot keep up (its socket is closed, it resubscribes later). */
  fellBehind(): void;
};

/**
 * The link of a subscription made over `socket`. Closing the socket (not just the subscription)
 * frees what the server buffers for it; the client resumes with `afterSeq` from what it last saw.
 */
export function socketLink(socket: WebSocket | undefined, maxBufferedBytes: number): SubscriberLink {
  if (!socket) return { congested: () => false, fellBehind: () => undefined };
  return {
    congested: () => socket.bufferedAmount > maxBufferedBytes,
    fellBehind: () => dropSubscriber(socket),
  };
}

/** Closes `socket` with 4008: the client resubscribes with `afterSeq` from what it last saw. */
export function dropSubscriber(socket: WebSocket): void {
  if (socket.readyState === socket.OPEN) socket.close(LiveCloseCode.SubscriberFellBehind, FELL_BEHIND_REASON);
}
