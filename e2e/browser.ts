import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { giveDemoSecondFactor } from '../src/app/demo-second-factor.js';
import { repoRoot } from '../src/app/paths.js';
import { DEMO_PASSWORD } from '../src/app/testing.js';

/** Debian's chromium (CI installs it); Playwright's own browser downloads are not allowed here. */
export const CHROMIUM = process.env.TINHSO_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const skipWithoutChromium = hasChromium
  ? false
  : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;

export const SCREENSHOTS = path.join(repoRoot, 'test-results', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context as every test uses it. Pages are checked as they settle, not mid-fade: the app turns Ant Design's
 * motion off for users who ask for reduced motion (axe once caught a message toast at half opacity as a contrast
 * failure).
 */
export function openContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ reducedMotion: 'reduce', ...options });
}

/**
 * Waits until no CSS animation or transition is running: axe judges colours as drawn, and a dialog or toast caught
 * mid-fade reads as a contrast failure (seen on a loaded machine, where a fade outlasts the reduced-motion setting).
 */
export async function settled(page: Page): Promise<void> {
  // Endless ones (a loading spinner) never finish and change no colour that matters.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
}

/** Serious and critical accessibility violations on the page (or the part `include` selects) once it has settled. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await settled(page);
  // Only violations are read: axe then skips gathering the passing nodes (about a quarter of its time on our pages).
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/**
 * A full-page screenshot for the people who read the journeys (test-results/screenshots). CI sets
 * TINHSO_SCREENSHOTS=off: nobody reads them there, and encoding them costs browser time on every leg.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  if (process.env.TINHSO_SCREENSHOTS === 'off') return file;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Types into a date or time field as a person does, and confirms it: a day as dd/mm/yyyy (web components/DateInput),
 * a time as hh:mm (TimeInput), in both languages.
 */
export async function typeIntoPicker(page: Page, field: string | Locator, text: string): Promise<void> {
  await (typeof field === 'string' ? page.getByTestId(field) : field).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  // Tab leaves the field with the typed value kept; Enter would also submit the form the field is in.
  await page.keyboard.press('Tab');
}

/** A new browser context (Vietnamese, the given width) signed in as a demo account, on the page after sign-in. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  width = 1280,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await openContext(browser, { viewport: { width, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await afterPassword(page, username);
  return { context, page };
}

/**
 * After the password was sent: the demo account's second factor when it asks for one (leaders, issue 20), then
 * the page the sign-in leads to.
 */
export async function afterPassword(page: Page, username: string): Promise<void> {
  await page.waitForURL(
    (url) => !url.pathname.startsWith('/login') || url.pathname === '/login/second-factor',
  );
  if (new URL(page.url()).pathname === '/login/second-factor') await giveDemoCode(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * A demo leader's second factor on the page that asks for it (issue 20 §2): codes from the public demo secret, the
 * neighbouring steps when this step's code was used by an earlier sign-in of the same account.
 */
export async function giveDemoCode(page: Page, username: string): Promise<void> {
  await giveDemoSecondFactor(
    username,
    async (code) => {
      await page.getByTestId('second-factor-code').fill(code);
      await page.getByTestId('second-factor-submit').click();
      const outcome = await Promise.race([
        page.waitForURL((url) => url.pathname !== '/login/second-factor').then(() => true),
        page
          .getByTestId('problem')
          .waitFor()
          .then(() => false),
      ]);
      return outcome;
    },
    async () => {},
  );
}
