import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic, type Running } from '../../scripts/serve.ts';
import { DIST } from '../support/site.ts';
import { expect, test } from './helpers.ts';

/*
 * Deploying a new version, for real: the built site served by the tests' static server, whose
 * sw.js this test can change, as a new deployment would.
 */
let sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
let server: Running;
let site = '';

test.beforeAll(async () => {
  server = await serveStatic(DIST, { override: (path) => (path === '/sw.js' ? { body: sw } : undefined) });
  site = server.url;
});
test.afterAll(() => server.close());

test('a new version deployed: the notice offers to reload, and progress survives the update', async ({ page }) => {
  await page.goto(`${site}/customer-org/roles/`);
  await page.getByRole('button', { name: '标记为已读' }).click();
  await page.goto(`${site}/customer-org/`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // Deploy: the service worker the browser checks for is a new version.
  sw = sw.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"');
  await page.reload();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('课程有新版本', { timeout: 15_000 });
  // The page reloads into the new version once it has taken over.
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '立即刷新' }).click()]);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('course-'))), { timeout: 15_000 }).toEqual([expect.stringMatching(/-next$/)]);
  await expect(page.getByRole('link', { name: /客户组织的内部角色/ })).toContainText('已读·待通过测验');
});
