import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, SCREEN } from './browser';
import { Clock } from '../../server/common/clock';
import { ADMIN, startTestServer, TestServer } from './server';
import { useSeededRun } from './sdk';

/**
 * For a describe block: a reference meeting seeded and started (its host the administrator), and
 * a browser.
 */
export function useStartedMeetingAndBrowser(scenario: string) {
  const seeded = useSeededRun(scenario);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    await seeded.run.host.mutate.startMeeting({ id: seeded.run.meetingId });
  });
  afterAll(() => browser?.close());
  return {
    get run() {
      return seeded.run;
    },
    get browser() {
      return browser!;
    },
    get origin() {
      return `http://127.0.0.1:${seeded.t.server.port}`;
    },
  };
}

/**
 * For a describe block: a test server (its meeting rules on `clock` when given, one the test moves
 * on to bring deadlines near and past), and a browser.
 */
export function useServerAndBrowser(clock?: Clock) {
  let t: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestServer({ clock }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  return {
    get t() {
      return t!;
    },
    get browser() {
      return browser!;
    },
    get origin() {
      return `http://127.0.0.1:${t!.server.port}`;
    },
  };
}

/**
 * A host's browser on the console, counting what the secretary does: each click, each key press
 * (a shortcut, a Tab), and each field typed into (with its characters).
 */
export class ConsoleUser {
  clicks = 0;
  keys = 0;
  fields = 0;
  characters = 0;

  private constructor(readonly page: Page) {}

  /** Its own browser context (as another desk's PC), 1920×1080, not in Vietnam's time zone. */
  static async open(browser: Browser, origin: string): Promise<ConsoleUser> {
    const context = await browser.newContext({
      viewport: SCREEN,
      timezoneId: 'Europe/Paris',
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    await page.goto(`${origin}/host`);
    return new ConsoleUser(page);
  }

  /** The administrator's console on a meeting's live screen. */
  static async onLiveScreen(browser: Browser, origin: string, meetingId: string): Promise<ConsoleUser> {
    const host = await ConsoleUser.open(browser, origin);
    await host.signIn(ADMIN.username, ADMIN.password);
    await host.page.getByRole('button', { name: 'Tạo hội nghị mới' }).waitFor();
    await host.page.goto(`${origin}/host/meetings/${meetingId}/live`);
    await host.page.getByTestId('live-console').waitFor();
    return host;
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.fill(this.page.getByLabel('Tên đăng nhập'), username);
    await this.fill(this.page.getByLabel('Mật khẩu'), password);
    await this.click(this.page.getByRole('button', { name: 'Đăng nhập' }));
  }

  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks++;
  }

  /** A button by its name (exact), where there is one of that name in `within`. */
  async button(name: string, within: Locator | Page = this.page): Promise<void> {
    await this.click(within.getByRole('button', { name, exact: true }));
  }

  async fill(target: Locator, text: string): Promise<void> {
    await target.fill(text);
    this.fields++;
    this.characters += text.length;
  }

  async select(target: Locator, option: string | { label: string }): Promise<void> {
    await target.selectOption(option);
    this.clicks++;
  }

  /** A key pressed with the focus on the page (not in a field): the live screen's shortcuts. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.keys++;
  }

  /** Picks `path` down a unit picker (the top, then each level below). */
  async pickUnit(picker: string, path: string[]): Promise<void> {
    for (const [level, name] of path.entries()) {
      const select = this.page.locator(`[data-picker="${picker}"] select`).nth(level);
      await select.locator('option', { hasText: name }).first().waitFor({ state: 'attached' });
      await this.select(select, { label: name });
    }
  }

  /** The outcome line says `text` (done, or a refusal). */
  async outcome(text: string | RegExp): Promise<void> {
    await this.page.getByTestId('outcome').filter({ hasText: text }).first().waitFor();
  }

  get actions(): number {
    return this.clicks + this.keys;
  }

  close(): Promise<void> {
    return this.page.context().close();
  }
}
