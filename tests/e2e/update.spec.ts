import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/*
 * Deploying a new version, for real: the built site served by a server of this test, whose
 * sw.js the test can change, as a new deployment would.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.wasm': 'application/wasm' };
let sw = readFileSync(join(dist, 'sw.js'), 'utf8');
let server: Server;
let site = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (path === '/sw.js') return res.writeHead(200, { 'content-type': types['.js']!, 'cache-control': 'no-cache' }).end(sw);
    let file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, ok));
  site = `http://localhost:${(server.address() as { port: number }).port}`;
});
test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

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
