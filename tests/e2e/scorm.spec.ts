import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, type Running } from '../../scripts/serve.ts';
import { expect, test } from './helpers.ts';
import { answer } from './quiz-helpers.ts';

/*
 * The SCORM package inside a stand-in LMS: a page that provides SCORM 1.2's API with the real
 * scorm-again runtime, and shows the package's launch page in a frame, as an LMS does.
 * npm test builds the package (dist-scorm/) before this runs.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = join(root, 'dist-scorm/customer-org');
let LMS = '';

const player = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/lms/scorm12.min.js"></script>
<script>
  const q = new URLSearchParams(location.search);
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (q.get('suspend')) window.API.cmi.suspend_data = q.get('suspend');
  if (q.get('location')) window.API.cmi.core.lesson_location = q.get('location');
</script></head>
<body><main><h1>LMS</h1><iframe id="sco" title="course" src="/lms/content/launch.html" style="width:100%;height:80vh"></iframe></main></body></html>`;

let server: Running;
test.beforeAll(async () => {
  if (!existsSync(join(pkg, 'imsmanifest.xml'))) throw new Error(`No SCORM package in ${pkg}: run \`npm run build:scorm\` first (npm test builds it).`);
  const runtime = readFileSync(join(root, 'node_modules/scorm-again/dist/scorm12.min.js'));
  // Each test worker runs its own stand-in LMS on a free port.
  server = await serveStatic(pkg, {
    mount: '/lms/content',
    override: (path) => (path === '/lms/player.html' ? { body: player, type: 'text/html; charset=utf-8' } : path === '/lms/scorm12.min.js' ? { body: runtime } : undefined),
  });
  LMS = server.url.replace(/\/content$/, '');
});
test.afterAll(() => server?.close());

const cmi = (page: import('@playwright/test').Page, key: string) => page.evaluate((k) => (window as unknown as { API: { LMSGetValue(k: string): string } }).API.LMSGetValue(k), key);

test('inside an LMS: the package reports status and score, and a relaunch resumes from suspend_data', async ({ browser }) => {
  const first = await browser.newContext();
  const lms = await first.newPage();
  await lms.goto(`${LMS}/player.html`);
  const sco = lms.frameLocator('#sco').frameLocator('#course');
  await expect(sco.getByRole('heading', { level: 1, name: '客户组织特点' })).toBeVisible();
  await expect.poll(() => cmi(lms, 'cmi.core.lesson_status')).toBe('incomplete');

  // Move to a lesson: the LMS learns the location.
  await sco.getByRole('link', { name: /客户组织的内部角色/ }).first().click();
  await expect(sco.getByRole('heading', { level: 1, name: '客户组织的内部角色' })).toBeVisible();
  await expect.poll(() => cmi(lms, 'cmi.core.lesson_location')).toBe('customer-org/roles/index.html');

  // Pass the final assessment (in a second tab of the same browser, as a trainee might).
  const tab = await first.newPage();
  await tab.goto(`${LMS}/content/customer-org/assessment/index.html`);
  await tab.getByRole('button', { name: '开始测评' }).click();
  await expect(tab.locator('fieldset.question').first()).toBeVisible();
  for (const id of await tab.locator('fieldset.question').evaluateAll((els) => els.map((e) => e.id.replace(/^q-/, '')))) await answer(tab, id, true);
  await tab.getByRole('button', { name: '提交答案' }).click();
  await expect(tab.getByRole('status').filter({ hasText: '本次得分' })).toContainText('100%');

  await expect.poll(() => cmi(lms, 'cmi.core.lesson_status'), { timeout: 10_000 }).toBe('passed');
  expect(await cmi(lms, 'cmi.core.score.raw')).toBe('100');
  const suspend = await cmi(lms, 'cmi.suspend_data');
  expect(suspend.length).toBeGreaterThan(10);
  expect(suspend.length).toBeLessThan(4096);
  const location = await cmi(lms, 'cmi.core.lesson_location');
  await first.close();

  // A new browser: nothing stored locally; the LMS hands back suspend_data and the location.
  const second = await browser.newContext();
  const again = await second.newPage();
  await again.goto(`${LMS}/player.html?${new URLSearchParams({ suspend, location })}`);
  const resumed = again.frameLocator('#sco').frameLocator('#course');
  await expect(resumed.getByRole('heading', { level: 1, name: '客户组织的内部角色' })).toBeVisible();
  await resumed.getByRole('link', { name: '客户组织特点', exact: true }).last().click();
  await expect(resumed.getByText('结业测评最好成绩：100%')).toBeVisible();
  await second.close();
});

test('outside an LMS the launch page says so and the course still opens', async ({ page }) => {
  await page.goto(`${LMS}/content/launch.html`);
  await expect(page.getByText('未连接到学习管理系统')).toBeVisible();
  await expect(page.frameLocator('#course').getByRole('heading', { level: 1, name: '客户组织特点' })).toBeVisible();
});
