import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { PROGRESS_KEY } from '../../src/lib/progress/storage.ts';
import type { Progress } from '../../src/schemas/progress.ts';

export { expect, PROGRESS_KEY };

/**
 * Fails the test with a readable list when axe finds any violation on the page as it is now (or,
 * given a selector, in that part of it).
 * Legacy mode runs axe in the page's own frame only (no cross-frame messaging), about twice as
 * fast here; the pages have no frames but the SCORM launch page, which the sweep covers anyway.
 * Gathering violations only (not every passing node) saves another third on a long page.
 */
export async function expectAccessible(page: Page, only?: string): Promise<void> {
  // Only violations are asserted, so only they are gathered in full (axe still runs every rule).
  const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const { violations } = await (only ? axe.include(only) : axe).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Waits until every island of the page has started. Islands that start when visible are brought
 * into view one by one, as a reader scrolling down would; a started island loses its `ssr` mark.
 */
export async function islandsStarted(page: Page): Promise<void> {
  // In the page, not through a locator: an island can start between two looks at it.
  const left = () =>
    page.evaluate(() => {
      const waiting = document.querySelectorAll('astro-island[ssr]');
      // An island is `display: contents` (no box of its own): bring its first element into view.
      const first = waiting[0];
      (first?.firstElementChild ?? first)?.scrollIntoView({ block: 'center' });
      return waiting.length;
    });
  await expect.poll(left, { message: 'islands still waiting to start', intervals: [50, 100, 250] }).toBe(0);
}

/** What the page has stored, parsed. */
export const storedProgress = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);

/** What a page did that the site's policy forbids: requests to other origins, CSP violations. */
export interface Breaches {
  foreign: string[];
  violations: string[];
}

/**
 * `seedProgress(record)` stores a progress record (or any raw string) before the page's first
 * script runs, once per tab: reloads and later visits see what the page made of it.
 * `sweepPage` is one page per worker for sweeps over many pages: its renderer stays warm, so each
 * visit and each axe run costs about half what a fresh page costs; `breaches()` reports what the
 * page did since the last call.
 */
export const test = base.extend<{ seedProgress: (value: Progress | string) => Promise<void> }, { sweepPage: { page: Page; settled(): Promise<void>; breaches(): Breaches } }>({
  seedProgress: async ({ page }, use) => {
    await use(async (value) => {
      await page.addInitScript(({ key, raw }) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, raw), sessionStorage.setItem('seeded', '1');
      }, { key: PROGRESS_KEY, raw: typeof value === 'string' ? value : JSON.stringify(value) });
    });
  },
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, viewport });
      const page = await context.newPage();
      const origin = new URL(baseURL!).origin;
      let found: Breaches = { foreign: [], violations: [] };
      const pending = new Set<Request>();
      context.on('request', (r) => {
        pending.add(r);
        const url = new URL(r.url());
        if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) found.foreign.push(`${page.url()} → ${r.url()}`);
      });
      context.on('requestfinished', (r) => pending.delete(r));
      context.on('requestfailed', (r) => pending.delete(r));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/.test(m.text())) found.violations.push(`${page.url()}: ${m.text()}`);
      });
      await context.addInitScript(() => {
        addEventListener('securitypolicyviolation', (e) => console.error(`Refused to (CSP) ${e.violatedDirective} ${e.blockedURI}`));
      });
      await use({
        page,
        // Every request the page (and its service worker) started has ended: what networkidle
        // waits for, without its half second of silence.
        settled: () => expect.poll(() => pending.size, { intervals: [25, 50, 100] }).toBe(0),
        breaches: () => {
          const out = found;
          found = { foreign: [], violations: [] };
          return out;
        },
      });
      await context.close();
    },
    { scope: 'worker' },
  ],
});
