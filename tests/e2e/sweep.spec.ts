import { builtSite } from '../support/site.ts';
import { expectAccessible, islandsStarted, test } from './helpers.ts';

/*
 * Accessibility of every built page as it first shows, one test per page so the two workers share
 * them and each page has its own time. Journeys check the states a first view cannot reach
 * (dialogs, feedback, reports, the certificate).
 */
for (const { path } of builtSite()) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await islandsStarted(page);
    await expectAccessible(page);
  });
}
