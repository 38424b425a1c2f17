import { expect, test } from './helpers.ts';

test('after one visit, a lesson, its quiz and the search work with no network', async ({ page, context }) => {
  await page.goto('/customer-org/');
  // The service worker installs every page, asset and the search index, then takes control.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');

  await context.setOffline(true);
  await page.goto('/customer-org/roles/');
  await expect(page.getByRole('heading', { level: 1, name: '客户组织的内部角色' })).toBeVisible();
  await page.getByRole('button', { name: '标记为已读' }).click();
  const check = page.getByRole('region', { name: '知识检查' });
  await check.scrollIntoViewIfNeeded();
  await expect(page.locator('form.quiz-form')).toHaveAttribute('aria-busy', 'false');
  await check.getByRole('radio').first().check();
  await expect(check.getByRole('radio').first()).toBeChecked();

  await page.goto('/search/?q=把关者');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();

  // An English page, never visited, is there too.
  await page.goto('/en/customer-org/types/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.setOffline(false);
});
