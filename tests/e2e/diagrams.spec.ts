import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/*
 * The six diagrams as a reader meets them: on each lesson page that has one, in both languages and
 * both colour schemes, axe finds nothing in the figure (contrast included; security.spec.ts sweeps
 * whole pages) and the browser reports no CSP violation. The buying centre shows the drawing that
 * fits the width (it has a wide and a narrow one), within the page on a phone.
 */
const LESSONS = ['types', 'decision-process', 'roles', 'factors', 'discovery', 'soe-case'];
const PATHS = LESSONS.flatMap((l) => [`/customer-org/${l}/`, `/en/customer-org/${l}/`]);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every diagram passes axe in the ${colorScheme} scheme, with no CSP violation`, async ({ page }) => {
    // 12 pages; generous for a busy machine, about 25 s on an idle one.
    test.setTimeout(180_000);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.emulateMedia({ colorScheme });
    for (const path of PATHS) {
      await page.goto(path);
      const figure = page.locator('figure[data-diagram]');
      await expect(figure).toHaveCount(1);
      await expect(figure.locator('figcaption')).toBeVisible();
      const { violations: found } = await new AxeBuilder({ page }).include('figure[data-diagram]').analyze();
      const summary = found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary, `${colorScheme} ${path}`).toEqual([]);
    }
    expect(violations).toEqual([]);
  });
}

test('the buying centre shows the drawing that fits: wide on a desktop, narrow on a phone', async ({ page }) => {
  for (const [width, shown, hidden] of [[1280, '.dg-bc-wide', '.dg-bc-narrow'], [390, '.dg-bc-narrow', '.dg-bc-wide']] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/customer-org/roles/');
    await expect(page.locator(shown)).toBeVisible();
    await expect(page.locator(hidden)).toBeHidden();
    const box = await page.locator(shown).boundingBox();
    expect(box!.x, `inside the page at ${width}px`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `inside the page at ${width}px`).toBeLessThanOrEqual(width);
  }
});
