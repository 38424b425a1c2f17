import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './helpers.ts';

/*
 * The six diagrams in the dark scheme, which the page sweep (light, sweep.spec.ts) does not see:
 * axe on the figure alone (contrast included), one test per lesson page and language. And the
 * buying centre shows the drawing that fits the width (it has a wide and a narrow one).
 */
const LESSONS = ['types', 'decision-process', 'roles', 'factors', 'discovery', 'soe-case'];

for (const path of LESSONS.flatMap((l) => [`/customer-org/${l}/`, `/en/customer-org/${l}/`])) {
  test(`the diagram of ${path} passes axe in the dark scheme`, async ({ sweepPage: { page } }) => {
    // The sweep's warm page; each sweep test sets its own scheme.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const figure = page.locator('figure[data-diagram]');
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('figcaption')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).include('figure[data-diagram]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('the buying centre shows the drawing that fits: wide on a desktop, narrow on a phone', async ({ page }) => {
  await page.goto('/customer-org/roles/');
  for (const [width, shown, hidden] of [[1280, '.dg-bc-wide', '.dg-bc-narrow'], [390, '.dg-bc-narrow', '.dg-bc-wide']] as const) {
    await page.setViewportSize({ width, height: 800 });
    await expect(page.locator(shown)).toBeVisible();
    await expect(page.locator(hidden)).toBeHidden();
    const box = await page.locator(shown).boundingBox();
    expect(box!.x, `inside the page at ${width}px`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `inside the page at ${width}px`).toBeLessThanOrEqual(width);
  }
});
