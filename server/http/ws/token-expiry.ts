import type { WebSocket } from 'ws';
import { SOCKET_CLOSES } from '../../../client-sdk/src/close-codes';

/** setTimeout's longest delay (about 24.8 days); tokens may live up to 30 days. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** The sockets whose tokens expire at one moment, and the timer for it. */
type Due = { sockets: Set<WebSocket>; timer: NodeJS.Timeout | null };

/**
 * Closes each socket when its token expires (a socket outliving its token would keep receiving).
 * One timer per moment of expiry, not one per socket: a site's screens share their token, and a
 * national meeting holds thousands of sockets.
 */
export class TokenExpiries {
  private readonly due = new Map<number, Due>();

  /** Closes `socket` at `expiresAt` (ms since the epoch); at once if that has passed. */
  watch(socket: WebSocket, expiresAt: number): void {
    const due = this.due.get(expiresAt);
    if (due) return void due.sockets.add(socket);
    this.due.set(expiresAt, { sockets: new Set([socket]), timer: null });
    this.arm(expiresAt);
  }

  /** `socket` closed before its token expired. */
  forget(socket: WebSocket, expiresAt: number): void {
    const due = this.due.get(expiresAt);
    if (!due?.sockets.delete(socket) || due.sockets.size > 0) return;
    if (due.timer) clearTimeout(due.timer);
    this.due.delete(expiresAt);
  }

  private arm(expiresAt: number): void {
    const due = this.due.get(expiresAt);
    if (!due) return;
    const left = expiresAt - Date.now();
    if (left > 0) {
      due.timer = setTimeout(() => this.arm(expiresAt), Math.min(left, MAX_DELAY_MS));
      return;
    }
    this.due.delete(expiresAt);
    const { code, reason } = SOCKET_CLOSES.tokenExpired;
    for (const socket of due.sockets) socket.close(code, reason);
  }
}
