import { builtSite, templatePages } from '../support/site.ts';
import { expect, expectAccessible, islandsStarted, test } from './helpers.ts';

/*
 * Every built page as it first shows, one test per page so the two workers share them and each
 * page has its own time, on one warm page per worker:
 * - axe (legacy mode) once the page's islands have started;
 * - in the browser, no request to another origin and no Content Security Policy violation. On one
 *   page per page template and language (derived from src/pages, so a new template is covered
 *   without editing this file) the check also waits until every request has ended, for what
 *   started islands and the service worker fetch late;
 * - a lesson diagram again in the dark scheme, which the first view (light) does not show.
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
    if (await page.locator('figure[data-diagram]').count()) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectAccessible(page, 'figure[data-diagram]');
    }
    if (idle.has(path)) await sweepPage.settled();
    expect(sweepPage.breaches()).toEqual({ foreign: [], violations: [] });
  });
}
