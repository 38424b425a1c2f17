import { expect, test } from './helpers.ts';

test('switching language on a lesson lands on the same lesson in English, with progress shown', async ({ page }) => {
  await page.goto('/customer-org/roles/');
  await page.getByRole('button', { name: '标记为已读' }).click();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/customer-org\/roles\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const mark = page.getByRole('button', { name: /Read/ }).first();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');

  // The course page in English counts the same progress, and its links stay in English.
  await page.getByRole('navigation').getByRole('link', { name: 'Characteristics of customer organizations' }).last().click();
  await expect(page).toHaveURL(/\/en\/customer-org\/$/);
  await expect(page.locator('[data-lesson-item="roles"]').first()).toHaveAttribute('data-state', 'read');
  for (const href of await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\//);

  // And back.
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/customer-org\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('every page names its language twins for search engines', async ({ page }) => {
  for (const path of ['/', '/customer-org/types/', '/en/customer-org/scenarios/']) {
    await page.goto(path);
    const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    const zh = path.replace(/^\/en\//, '/');
    expect(links).toEqual([`zh-CN ${zh}`, `en /en${zh}`, `x-default ${zh}`]);
  }
});

test('an English knowledge check and scenario work like the Chinese ones', async ({ page }) => {
  await page.goto('/en/customer-org/soe-case/');
  await expect(page.getByRole('region', { name: 'Knowledge check' })).toBeVisible();
  await page.goto('/en/customer-org/scenarios/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
