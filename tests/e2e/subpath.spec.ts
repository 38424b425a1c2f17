import { fileURLToPath } from 'node:url';
import { serveStatic, type Running } from '../../scripts/serve.ts';
import { expect, expectAccessible, test } from './helpers.ts';

/*
 * The site built for a sub-path (BASE_PATH=/training/ into dist-training/; npm test builds it),
 * served only under /training/ by a server of its own: anything that still asked for "/…" would
 * get a 404. tests/build/subpath.test.ts follows every link statically; this is what only a
 * browser shows: the service worker registers for /training/ (its install fetches every file it
 * keeps), a person follows links there, and search results lead there.
 */
const BUILD = fileURLToPath(new URL('../../dist-training/', import.meta.url));
let site: Running;

test.beforeAll(async () => {
  site = await serveStatic(BUILD, { mount: '/training' });
});
test.afterAll(async () => {
  await site?.close();
});

test('the site built for /training/ works there: offline, its links and search', async ({ page }) => {
  await page.goto(`${site.url}/`);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/training/');

  await page.getByRole('link', { name: '客户组织特点' }).click();
  await page.getByRole('link', { name: /客户组织的内部角色/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户组织的内部角色' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/training/customer-org/roles/');
  await expectAccessible(page);

  // The header's search, then a result: Pagefind puts the folder it is served from before each stored URL.
  await page.getByRole('searchbox', { name: '搜索课程' }).fill('把关者');
  await page.getByRole('searchbox', { name: '搜索课程' }).press('Enter');
  await expect(page).toHaveURL(/\/training\/search\/\?q=/);
  const first = page.locator('[data-search-results]').getByRole('link').first();
  await expect(first).toBeVisible();
  expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toMatch(/^\/training\/customer-org\//);
});
