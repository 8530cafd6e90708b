// A real browser for the web UI's end-to-end tests: the system Chromium driven by
// playwright-core (never Playwright's downloaded browsers), pages that record every console
// error and uncaught exception, full-page screenshots under test-output/screenshots/, and
// small polling helpers (playwright-core has no `expect`) so tests wait on real state with a
// deadline instead of sleeping.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { type DatabaseKind, type Hearth, needsRoot, startHearth } from './hearth.ts';

export type { Browser, Locator, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url).pathname;
export const SCREENSHOT_DIR = join(ROOT, 'test-output', 'screenshots');

/** false, or why the browser suite cannot run here (for `describe(..., { skip })`) */
export const needsBrowser: string | false = existsSync(CHROMIUM)
  ? false
  : `needs a system Chromium at ${CHROMIUM}`;

/** a browser suite that also runs VMs with NICs (TAP devices: root) */
export const needsBrowserAndRoot: string | false = needsBrowser || needsRoot;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Theme = 'light' | 'dark';

export interface PageOptions {
  theme?: Theme;
  /** a 390×844 phone viewport instead of 1280×800 */
  mobile?: boolean;
  baseUrl?: string;
}

export interface UiPage {
  page: Page;
  context: BrowserContext;
  /** console errors and uncaught page errors seen so far */
  errors: string[];
  close(): Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const MOBILE = { width: 390, height: 844 } as const;

/** A fresh context (own storage, so a theme choice never leaks between tests) and page. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<UiPage> {
  const context = await browser.newContext({
    viewport: options.mobile ? MOBILE : DESKTOP,
    colorScheme: options.theme ?? 'light',
    ...(options.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
    ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location();
    errors.push(
      `console.error: ${msg.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`,
    );
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message}`));
  return { page, context, errors, close: () => context.close() };
}

/**
 * Saves test-output/screenshots/<name>.png: the full page, or only the viewport (for a modal:
 * its fixed overlay covers the viewport, so a full-page shot shows an undimmed strip below).
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true } = {},
): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `fn` until it returns a value other than false/undefined/null (or stops throwing) and
 * returns that value; after `timeout` ms fails with the last error or `message`.
 */
export async function eventually<T>(
  fn: () => Promise<T | false | null | undefined> | T | false | null | undefined,
  { timeout = 15_000, interval = 100, message = 'condition not met' } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== false && value !== null && value !== undefined) return value;
      last = undefined;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? `: ${last.message}` : '';
      throw new Error(`timed out after ${timeout} ms: ${message}${why}`);
    }
    await sleep(interval);
  }
}

/** Waits until the locator's text matches (a substring or a pattern) and returns the text. */
export async function waitForText(
  locator: Locator,
  expected: string | RegExp,
  timeout = 15_000,
): Promise<string> {
  let seen = '';
  try {
    return await eventually(
      async () => {
        seen = (await locator.textContent({ timeout: 1000 })) ?? '';
        return (typeof expected === 'string' ? seen.includes(expected) : expected.test(seen))
          ? seen
          : false;
      },
      { timeout },
    );
  } catch {
    throw new Error(
      `timed out after ${timeout} ms waiting for ${expected} in ${locator}; saw:\n${seen}`,
    );
  }
}

/**
 * Picks the option shown as `option` (the whole text, or a pattern) in the select-like
 * control named `label` inside `scope`: a native <select>, or an ARIA combobox with a
 * listbox popup, whichever the UI renders.
 */
export async function choose(
  page: Page,
  scope: Page | Locator,
  label: string,
  option: string | RegExp,
  nth = 0,
) {
  const control = scope.getByRole('combobox', { name: label, exact: true }).nth(nth);
  await control.waitFor();
  if ((await control.evaluate((el) => el.tagName)) === 'SELECT') {
    const labels = await control.evaluate((el) =>
      Array.from((el as HTMLSelectElement).options).map((o) => o.label),
    );
    const found = labels.find((l) => (typeof option === 'string' ? l === option : option.test(l)));
    if (found === undefined)
      throw new Error(`"${label}" has no option ${option}: ${JSON.stringify(labels)}`);
    await control.selectOption({ label: found });
    return;
  }
  await control.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

/**
 * Builds the UI if its sources changed (the manager serves packages/web/dist at `/`); the
 * script shares one build between test files that run in parallel.
 */
export async function ensureWebBuild(): Promise<void> {
  // a .mjs script outside the TypeScript project: imported by URL
  const script = new URL('../../scripts/ensure-web-build.mjs', import.meta.url).href;
  const mod: { ensureWebBuild(options?: { quiet?: boolean }): Promise<unknown> } = await import(
    script
  );
  await mod.ensureWebBuild();
}

export interface BrowserSuite {
  hearth: Hearth;
  browser: Browser;
  close(): Promise<void>;
}

/** One built UI, one Hearth on `kind` and one browser: a test file's `before`. */
export async function startBrowserSuite(kind: DatabaseKind): Promise<BrowserSuite> {
  await ensureWebBuild();
  const hearth = await startHearth(kind);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await hearth.close();
    throw err;
  }
  return {
    hearth,
    browser,
    close: async () => {
      await browser.close().catch(() => {});
      await hearth.close();
    },
  };
}
