import type { WebSocket } from 'ws';
import { SOCKET_CLOSES } from '../../../client-sdk/src/close-codes';

/**
 * Closes a signed-in user's socket once its token no longer opens a session (the account disabled,
 * its password reset): checked every `intervalMs` on the instance holding the socket, so a change
 * made through another instance is seen too. A check that fails for another reason (the database
 * away) keeps the socket: only a refusal closes it. Returns the cancel function.
 */
export function closeWhenSignedOut(
  socket: WebSocket,
  intervalMs: number,
  stillSignedIn: () => Promise<boolean>,
): () => void {
  if (intervalMs <= 0) return () => undefined;
  const { code, reason } = SOCKET_CLOSES.signedOut;
  const timer = setInterval(() => {
    stillSignedIn().then(
      (yes) => yes || socket.close(code, reason),
      () => undefined,
    );
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
