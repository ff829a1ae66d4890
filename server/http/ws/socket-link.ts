import type { WebSocket } from 'ws';
import { SOCKET_CLOSES } from '../../../client-sdk/src/close-codes';
import type { SubscriberLink } from '../../live/subscriber-link';

/**
 * The link of a subscription made over `socket`. Closing the socket (not just the subscription)
 * frees what the server buffers for it; the client resumes with `afterSeq` from what it last saw.
 */
export function socketLink(socket: WebSocket | undefined, maxBufferedBytes: number): SubscriberLink {
  return socket ? new SocketLink(socket, maxBufferedBytes) : UNLINKED;
}

/** A subscription not made over a socket (over HTTP, as a one-off): nothing to watch. */
const UNLINKED: SubscriberLink = { congested: () => false, fellBehind: () => undefined };

/** One object per subscription, no closures: a national meeting holds thousands. */
class SocketLink implements SubscriberLink {
  constructor(
    private readonly socket: WebSocket,
    private readonly maxBufferedBytes: number,
  ) {}

  congested(): boolean {
    return this.socket.bufferedAmount > this.maxBufferedBytes;
  }

  fellBehind(): void {
    dropSubscriber(this.socket);
  }
}

/** Closes `socket` with 4008: the client resubscribes with `afterSeq` from what it last saw. */
export function dropSubscriber(socket: WebSocket): void {
  const { code, reason } = SOCKET_CLOSES.subscriberFellBehind;
  if (socket.readyState === socket.OPEN) socket.close(code, reason);
}
