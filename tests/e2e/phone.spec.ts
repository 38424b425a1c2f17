import { expect, expectAccessible, test } from './helpers.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('on a 360 px phone: nothing overflows, the lesson list folds away, and a lesson can be finished', async ({ page }) => {
  for (const path of ['/', '/customer-org/', '/en/customer-org/roles/', '/customer-org/types/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  // The phone layout is a state the desktop sweep does not see: the lesson list folded away.
  await expectAccessible(page);
  // The lesson list is folded above the lesson; opening it lets the trainee move on.
  const list = page.getByText('本课程的课节（2 / 8）');
  await expect(list).toBeVisible();
  const target = page.getByRole('group').getByRole('link', { name: /客户组织的决策过程/ });
  await expect(target).toBeHidden();
  await list.tap();
  await target.tap();
  await expect(page.getByRole('heading', { level: 1, name: '客户组织的决策过程' })).toBeVisible();
  await page.getByRole('button', { name: '标记为已读' }).tap();
  await expect(page.getByRole('button', { name: '已读（点击撤销）' })).toBeVisible();
});
