import type { WebSocket } from 'ws';
import { SOCKET_CLOSES } from '../../../client-sdk/src/close-codes';
import type { SubscriberLink } from '../../live/subscriber-link';

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
  const { code, reason } = SOCKET_CLOSES.subscriberFellBehind;
  if (socket.readyState === socket.OPEN) socket.close(code, reason);
}
