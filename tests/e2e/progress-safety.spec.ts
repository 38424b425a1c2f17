import { BACKUP_PREFIX } from '../../src/lib/progress/storage.ts';
import { expect, expectAccessible, storedProgress, test } from './helpers.ts';

test('a second tab sees a lesson marked in the first', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/customer-org/factors/');
  await second.goto('/customer-org/');
  const row = second.getByRole('link', { name: /影响客户组织特点的因素/ });
  await expect(row).toContainText('学习中');

  await first.getByRole('button', { name: '标记为已读' }).click();
  await expect(row).toContainText('已读·待通过测验');

  // And the other way round, while the first tab keeps its own mark.
  await second.goto('/customer-org/discovery/');
  await second.getByRole('button', { name: '标记为已读' }).click();
  const nav = first.getByRole('navigation', { name: '本课程的课节' }).last();
  await expect(nav.getByRole('link', { name: /挖掘客户组织特点的三种方法.*已读·待通过测验/ })).toBeVisible();
  const lessons = (await storedProgress(first)).courses['customer-org'].lessons;
  expect(lessons.factors.done && lessons.discovery.done).toBe(true);
});

test('corrupted saved progress gives a notice, a backup and a working page', async ({ page, seedProgress }) => {
  await seedProgress('{"version":2,"courses":{"customer-org":{"quizzes":{},"lessons":{"roles":{"seconds":30,"done":true},"types":{"seconds":"lots"}}}}}');
  await page.goto('/customer-org/');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('部分学习记录已损坏');
  await expectAccessible(page);

  // What could be read is kept; what could not is kept raw under a backup key.
  await expect(page.getByRole('link', { name: /客户组织的内部角色/ })).toContainText('已读·待通过测验');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);

  const download = page.waitForEvent('download');
  await notice.getByRole('link', { name: '下载备份' }).click();
  expect((await download).suggestedFilename()).toBe('progress-backup.json');
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toBeHidden();

  // The page works, and the repaired record no longer triggers the notice.
  await page.goto('/customer-org/types/');
  await page.getByRole('button', { name: '标记为已读' }).click();
  await page.reload();
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page.getByRole('button', { name: '已读（点击撤销）' })).toBeVisible();
});

test('progress saved by the previous version is migrated, with a notice and a backup', async ({ page, seedProgress }) => {
  // Version 2, before answer times: what trainees' browsers hold when version 3 is deployed.
  const v2 = '{"version":2,"courses":{"customer-org":{"lessons":{"roles":{"seconds":600,"done":true}},"quizzes":{"roles":{"answers":{},"submitted":true,"attempts":1,"best":50,"last":50}}}}}';
  await seedProgress(v2);
  await page.goto('/customer-org/');
  await expect(page.getByRole('alert')).toContainText('你的学习记录来自旧版本，已自动升级');
  await expect(page.getByText('累计学习 10 分钟')).toBeVisible();
  await expect(page.getByRole('link', { name: /客户组织的内部角色/ })).toContainText('已读·待通过测验');
  const backups = await page.evaluate((prefix) => Object.entries(localStorage).filter(([k]) => k.startsWith(prefix)).map(([, v]) => v), BACKUP_PREFIX);
  expect(backups).toEqual([v2]);
  expect((await storedProgress(page)).version).toBe(3);
});

test('junk that is not even JSON resets cleanly with a notice', async ({ page, seedProgress }) => {
  await seedProgress('not json at all');
  await page.goto('/customer-org/roles/');
  await expect(page.getByRole('alert')).toContainText('保存的学习记录无法读取');
  await page.getByRole('button', { name: '标记为已读' }).click();
  expect((await storedProgress(page)).courses['customer-org'].lessons.roles.done).toBe(true);
});
