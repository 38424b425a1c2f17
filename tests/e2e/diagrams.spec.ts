import { expect, test } from './helpers.ts';

/*
 * The buying centre shows the drawing that fits the width (it has a wide and a narrow one). Every
 * diagram is checked by axe in both schemes by the page sweep (sweep.spec.ts).
 */
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
