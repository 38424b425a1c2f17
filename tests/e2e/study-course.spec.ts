import { expect, expectAccessible, storedProgress, test } from './helpers.ts';

test('a trainee opens the course from the home page and starts the first lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '政企销售训练营' })).toBeVisible();

  await page.getByRole('link', { name: '客户组织特点' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户组织特点' })).toBeVisible();
  const lessons = page.getByRole('region', { name: '课节' }).getByRole('listitem');
  await expect(lessons).toHaveCount(8);
  await expect(page.getByText('已完成 0 / 8 课')).toBeVisible();

  await page.getByRole('link', { name: '开始学习' }).click();
  await expect(page).toHaveURL(/\/customer-org\/definition\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '客户组织特点的定义与重要性' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '学习目标' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '要点回顾' })).toBeVisible();
});

test('studying a lesson: mark it read, reload, and see the mark everywhere', async ({ page }) => {
  await page.goto('/customer-org/roles/');
  await page.getByRole('button', { name: '标记为已读' }).click();
  const done = page.getByRole('button', { name: '已读（点击撤销）' });
  await expect(done).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  // The sidebar marks the lesson for screen readers as well as visually.
  const nav = page.getByRole('navigation', { name: '本课程的课节' }).last();
  await expect(nav.getByRole('link', { name: /客户组织的内部角色.*已读·待通过测验/ })).toBeVisible();

  await page.getByRole('link', { name: '客户组织特点', exact: true }).last().click();
  await expect(page.getByRole('link', { name: /客户组织的内部角色.*已读·待通过测验/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /客户组织的四种类型.*未开始/ })).toBeVisible();

  // Taking the mark back is one more press.
  await page.goBack();
  await page.getByRole('button', { name: '已读（点击撤销）' }).click();
  await expect(page.getByRole('button', { name: '标记为已读' })).toHaveAttribute('aria-pressed', 'false');
  expect((await storedProgress(page)).courses['customer-org'].lessons.roles.done).toBe(false);
});

test('continue where you left off, then previous and next', async ({ page }) => {
  await page.goto('/customer-org/types/');
  // Reading a section puts its heading near the top of the screen.
  await page.getByRole('heading', { name: '非营利组织：看社会效益，受出资方影响' }).evaluate((h) => h.scrollIntoView());
  await expect.poll(async () => (await storedProgress(page)).courses['customer-org'].last.section).toBe('非营利组织看社会效益受出资方影响');

  await page.goto('/customer-org/');
  const resume = page.getByRole('link', { name: '继续学习' });
  await expect(resume).toHaveAttribute('href', `/customer-org/types/#${encodeURIComponent('非营利组织看社会效益受出资方影响')}`);
  await resume.click();
  await expect(page.getByRole('heading', { level: 1, name: '客户组织的四种类型' })).toBeVisible();

  await page.getByRole('link', { name: /下一课/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户组织的决策过程' })).toBeVisible();
  await page.getByRole('link', { name: /上一课/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户组织的四种类型' })).toBeVisible();
});

test('resetting progress asks first, and cancelling keeps everything', async ({ page }) => {
  await page.goto('/customer-org/definition/');
  await page.getByRole('button', { name: '标记为已读' }).click();
  await page.goto('/customer-org/');
  const row = page.getByRole('link', { name: /客户组织特点的定义与重要性/ });
  await expect(row).toContainText('已读·待通过测验');

  await page.getByRole('button', { name: '重置学习进度' }).click();
  const dialog = page.getByRole('dialog', { name: '确定重置本课程的学习进度？' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('已读·待通过测验');

  await page.getByRole('button', { name: '重置学习进度' }).click();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(row).toContainText('已读·待通过测验');

  await page.getByRole('button', { name: '重置学习进度' }).click();
  await dialog.getByRole('button', { name: '确定重置' }).click();
  await expect(row).toContainText('未开始');
  await expect(page.getByRole('status')).toHaveText('本课程的学习进度已重置。');
  await expect(page.getByRole('link', { name: '开始学习' })).toBeVisible();
});
