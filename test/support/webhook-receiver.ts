import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { WEBHOOK_SECRET } from './factories';

/** Settings under which a test server delivers to a receiver on loopback, retrying at once. */
export const WEBHOOK_TEST_ENV = {
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_MS: '50',
  WEBHOOK_RETRY_BASE_MS: '20',
  WEBHOOK_RETRY_MAX_MS: '200',
};

export type Delivery = {
  id: string;
  headers: IncomingHttpHeaders;
  body: { type: string; timestamp: string; data: { meetingId: string; seq: number; type: string } };
  /** Checked with the Standard Webhooks reference library. */
  signatureValid: boolean;
  /** The HTTP status the receiver answered. */
  answered: number;
};

/**
 * A webhook receiver on a loopback port: records every POST, verifies its signature, and answers
 * 503 to the first `failFirst` ones and while `failing`, 204 otherwise.
 */
export class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  failing = false;
  private readonly verifier = new Webhook(WEBHOOK_SECRET);
  private readonly waiting = new Set<() => void>();
  private server!: Server;
  url = '';

  constructor(private readonly failFirst = 0) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const answered = this.failing || this.deliveries.length < this.failFirst ? 503 : 204;
        this.deliveries.push({
          id: String(req.headers['webhook-id']),
          headers: req.headers,
          body: JSON.parse(raw),
          signatureValid: this.verifies(raw, req.headers),
          answered,
        });
        res.writeHead(answered).end();
        for (const check of [...this.waiting]) check();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/diemcau`;
    return this;
  }

  /** The seqs of the deliveries it accepted, in the order received. */
  accepted(): number[] {
    return this.deliveries.filter((d) => d.answered < 300).map((d) => d.body.data.seq);
  }

  /** Resolves once `done` holds for what was received. */
  until(done: (deliveries: Delivery[]) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!done(this.deliveries)) return;
        this.waiting.delete(check);
        resolve();
      };
      this.waiting.add(check);
      check();
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private verifies(raw: string, headers: IncomingHttpHeaders): boolean {
    try {
      this.verifier.verify(raw, headers as Record<string, string>);
      return true;
    } catch {
      return false;
    }
  }
}
