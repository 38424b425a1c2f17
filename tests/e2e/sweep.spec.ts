import { builtSite, templatePages } from '../support/site.ts';
import { expect, expectAccessible, islandsStarted, test } from './helpers.ts';

/*
 * Every built page as it first shows, one test per page so the two workers share them and each
 * page has its own time, on one warm page per worker:
 * - axe (legacy mode) once the page's islands have started;
 * - in the browser, no request to another origin and no Content Security Policy violation. On one
 *   page per page template and language (derived from src/pages, so a new template is covered
 *   without editing this file) the check also waits until the network is idle, for what started
 *   islands and the service worker fetch late.
 * Journeys check the states a first view cannot reach (dialogs, feedback, reports, the
 * certificate); tests/build checks the static facts of every page in milliseconds.
 */
const idle = new Set(templatePages().map((p) => p.path));

for (const { path } of builtSite()) {
  test(`${path}: axe, no request leaves the site, no CSP violation`, async ({ sweepPage }) => {
    const { page } = sweepPage;
    sweepPage.breaches();
    // The warm page is shared with the deck and diagram sweeps, which resize it and darken it.
    await page.setViewportSize(test.info().project.use.viewport ?? { width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await islandsStarted(page);
    await expectAccessible(page);
    if (idle.has(path)) await page.waitForLoadState('networkidle');
    expect(sweepPage.breaches()).toEqual({ foreign: [], violations: [] });
  });
}
