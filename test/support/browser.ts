/// <reference lib="dom" /> // page.evaluate() callbacks run in the browser
import { createServer, Server, Socket } from 'node:net';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web';

/** Debian's chromium (installed by .ci/run); playwright-core downloads no browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the tests save their screenshots; `SCREENSHOTS_DIR=docs/screenshots` refreshes the README's. */
export const SCREENSHOTS = path.resolve(
  process.env.SCREENSHOTS_DIR ?? path.resolve(__dirname, '../../test-results/screenshots'),
);
export const SCREEN = { width: 1920, height: 1080 };

/** Builds web/dist when its sources are newer, then starts the browser. */
export async function launchBrowser(): Promise<Browser> {
  await buildWeb();
  // Root in a container has no user namespace for chromium's sandbox.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/**
 * A page of its own (own storage, as another room's PC), 1920×1080, in another time zone than
 * Vietnam's, its clock `clockOffsetMs` off the real time.
 */
export async function roomPage(
  browser: Browser,
  origin: string,
  code: string,
  clockOffsetMs = 0,
): Promise<Page> {
  const context = await browser.newContext({ viewport: SCREEN, timezoneId: 'Europe/Paris', locale: 'vi-VN' });
  if (clockOffsetMs !== 0) {
    await context.clock.install({ time: Date.now() + clockOffsetMs });
    await context.clock.resume();
  }
  const page = await context.newPage();
  await page.goto(`${origin}/site?code=${encodeURIComponent(code)}`);
  await page.getByTestId('board').waitFor();
  return page;
}

/**
 * A TCP proxy in front of the server that the test can cut for real: every open connection reset
 * and new ones refused until restored. (Chromium's offline mode keeps open WebSockets alive.)
 */
export class CuttableProxy {
  private server: Server;
  private readonly sockets = new Set<Socket>();
  private refusing = false;

  private constructor(targetPort: number) {
    this.server = createServer((client) => {
      if (this.refusing) return void client.destroy();
      const upstream = new Socket();
      upstream.connect(targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  static async start(targetPort: number): Promise<CuttableProxy> {
    const proxy = new CuttableProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  cut(): void {
    this.refusing = true;
    for (const s of this.sockets) s.resetAndDestroy();
  }

  restore(): void {
    this.refusing = false;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** What a site's board shows, as text (without the ticking clocks): to compare screens. */
export function boardText(page: Page) {
  return page.evaluate(() => {
    const text = (selector: string) => document.querySelector<HTMLElement>(selector)?.innerText ?? '';
    const countdown = document.querySelector('[data-testid=countdown]');
    return {
      seq: Number(document.querySelector('.screen')?.getAttribute('data-seq')),
      status: text('[data-testid=meeting-status]'),
      item: text('.item-title'),
      speaker: text('[data-testid=speaker-name]'),
      speakerUnit: text('.speaker-unit'),
      queue: text('[data-testid=queue]'),
      hands: text('[data-testid=hands]'),
      remaining: countdown ? Number(countdown.getAttribute('data-remaining')) : null,
    };
  });
}

/** Waits until the page shows the meeting at `seq` (or later) and is connected. */
export async function waitForSeq(page: Page, seq: number): Promise<void> {
  await page.waitForFunction(
    (seq) => {
      const screen = document.querySelector('.screen');
      return (
        Number(screen?.getAttribute('data-seq')) >= seq && screen?.getAttribute('data-connected') === 'true'
      );
    },
    seq,
    { timeout: 20_000 },
  );
}
