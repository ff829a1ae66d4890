import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * A push that goes to thousands of sockets, framed once. ws's `send` builds a frame header on every
 * call and writes header and payload as two chunks (cork, write, write, uncork: a writev), which is
 * most of what a delivery costs; a frame built once per push is one chunk, one write per socket.
 */
export class TextFrame {
  readonly frame: Buffer;
  /** The message itself: a view of the frame's payload, not a second copy. */
  readonly message: Buffer;

  /** The frame of the message made of `parts`, copied once, straight into the frame. */
  constructor(...parts: Buffer[]) {
    // RFC 6455 §5.2: FIN and the text opcode; an unmasked length of 7, 7+16 or 7+64 bits.
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
    const frame = Buffer.allocUnsafe(header + length);
    frame[0] = 0x81;
    if (header === 2) frame[1] = length;
    else if (header === 4) {
      frame[1] = 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 127;
      frame.writeBigUInt64BE(BigInt(length), 2);
    }
    let at = header;
    for (const part of parts) at += part.copy(frame, at);
    this.frame = frame;
    this.message = frame.subarray(header);
  }

  /** Writes the frame to `socket`'s connection as is (`connection`: see directConnection). */
  writeTo(socket: WebSocket, connection: Socket | null): void {
    if (!connection) socket.send(this.message, { binary: false });
    else if (connection.writable) connection.write(this.frame);
  }
}

/**
 * The connection under `socket` when frames may be written to it as they are, else null (found
 * once per socket: ws's `extensions` joins a new string on every read). Only where nothing else
 * frames it: a socket with an extension (permessage-deflate compresses each message) goes through
 * ws's `send`. ws's sender queues nothing on a socket without one (it queues only while
 * compressing), so the order of messages holds whichever way each went.
 */
export function directConnection(socket: WebSocket): Socket | null {
  const connection = (socket as unknown as { _socket?: Socket })._socket;
  return socket.extensions === '' && connection ? connection : null;
}
