import { expect, expectAccessible, test } from './helpers.ts';

test('a Chinese search from the header finds the lesson, by keyboard', async ({ page }) => {
  await page.goto('/customer-org/types/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: '搜索课程' })).toBeFocused();
  await page.keyboard.type('把关者');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.locator('[data-search-results] li');
  await expect(page.getByRole('status')).toContainText('找到');
  await expect(results.filter({ hasText: '客户组织的内部角色' }).first()).toBeVisible();
  await expectAccessible(page);
  // A knowledge-check explanation is found too, and links to the lesson section that teaches it.
  await page.getByRole('searchbox', { name: '搜索课程' }).last().fill('先预算后采购');
  const question = results.filter({ hasText: '知识检查' }).first();
  await expect(question).toBeVisible();
  await expect(question.getByRole('link')).toHaveAttribute('href', /^\/customer-org\/[a-z-]+\/#/);
});

test('an English search finds the English lesson', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search the course' })).toBeFocused();
  await page.keyboard.type('gatekeeper');
  await page.keyboard.press('Enter');
  const results = page.locator('[data-search-results] li');
  await expect(results.first()).toBeVisible();
  const links = await results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.some((h) => h?.startsWith('/en/customer-org/roles/'))).toBe(true);
  expect(links.every((h) => h?.startsWith('/en/'))).toBe(true);
});
