import type { WebSocket } from 'ws';
import { SOCKET_CLOSES } from '../../../client-sdk/src/close-codes';

/** setTimeout's longest delay (about 24.8 days); tokens may live up to 30 days. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Closes `socket` when its token expires at `expiresAt` (a socket outliving its token would keep
 * receiving). Returns the cancel function, for when the socket closes first.
 */
export function closeAtExpiry(socket: WebSocket, expiresAt: Date): () => void {
  const { code, reason } = SOCKET_CLOSES.tokenExpired;
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = expiresAt.getTime() - Date.now();
    if (left <= 0) socket.close(code, reason);
    else timer = setTimeout(arm, Math.min(left, MAX_DELAY_MS));
  };
  arm();
  return () => clearTimeout(timer);
}
