import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ACCOUNT_MAPS_BACKUP_PREFIX, ACCOUNT_MAPS_KEY } from '../../src/lib/account-map/storage.ts';
import { emptyMap } from '../../src/lib/account-map/rules.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { setDone } from '../../src/lib/progress/edit.ts';
import { exportResults } from '../../src/lib/results/file.ts';
import { expect, expectAccessible, islandsStarted, test } from './helpers.ts';

const URL_ZH = '/customer-org/account-map/';
const URL_EN = '/en/customer-org/account-map/';
const now = new Date();
const today = [now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('') + now.getFullYear();
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), ACCOUNT_MAPS_KEY);
/** Pages in a PDF: one `/Type /Page` object each. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

/** Picks an option of a closed <select> by keyboard: focus it, then arrow down `steps` times. */
async function arrowPick(page: Page, label: string, steps: number, scope = page.locator('body')) {
  await scope.getByLabel(label, { exact: true }).focus();
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
}
/** Replaces a text field's content by keyboard. */
async function typeInto(page: Page, field: ReturnType<Page['getByLabel']>, text: string) {
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

test('a trainee builds an account map by keyboard, and it survives a reload and shows in a second tab', async ({ page, context }) => {
  await page.goto(URL_ZH);
  await islandsStarted(page);
  await expect(page.getByText('不要填写机密信息')).toBeVisible();

  // A new account, named in a dialog.
  await page.getByRole('button', { name: '新建客户' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: '新建客户' });
  await expect(dialog.getByLabel('客户名称')).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.type('某市数据局');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '某市数据局' })).toBeVisible();
  await expect(page.getByText('还没有找到决策者。')).toBeVisible();

  // Type and one trait, stage, approvals.
  await arrowPick(page, '组织类型', 1);
  await page.getByRole('checkbox', { name: /许多环节要公开/ }).press('Space');
  await arrowPick(page, '所处环节', 2);
  await expect(page.getByText('典型信号：客户要资料、要案例、想参观')).toBeVisible();
  await typeInto(page, page.getByLabel(/前面还有哪些审批层级/), '局长办公会');

  // Four people with roles.
  const people = [['局长', '决策者'], ['信息中心主任', '影响者'], ['窗口工作人员', '使用者'], ['办公室主任', '采购人员']] as const;
  for (const [i, [alias, role]] of people.entries()) {
    await page.getByRole('button', { name: '添加人员' }).press('Enter');
    const person = page.locator('.am-person').nth(i);
    await typeInto(page, person.getByLabel('称呼'), alias);
    await person.getByRole('checkbox', { name: role, exact: true }).press('Space');
    // A date field takes its digits in the locale's order (month, day, year here).
    await person.getByLabel('最近联系').focus();
    await page.keyboard.type(today);
  }
  await arrowPick(page, '态度', 1, page.locator('.am-person').first());
  await page.locator('.am-person').nth(2).getByLabel('最近联系').focus();
  await page.keyboard.type('01012020');
  await expect(page.getByText('60 天内没有联系过使用者。')).toBeVisible();
  await expect(page.getByText(/天内没有联系过/)).toHaveCount(1);
  await expect(page.getByRole('link', { name: '学习：与四种角色打交道' })).toHaveAttribute('href', /\/customer-org\/roles\/#/);

  // A discovery step and a next action.
  await page.getByRole('button', { name: '添加一步' }).press('Enter');
  await arrowPick(page, '方法', 2);
  await typeInto(page, page.getByLabel('了解什么'), '审批路径');
  await page.getByRole('button', { name: '添加行动' }).press('Enter');
  await typeInto(page, page.getByLabel('行动', { exact: true }), '约信息中心主任做一次访谈');
  await expect(page.locator('[data-diagram="buying-centre"]').getByText('局长', { exact: true }).first()).toBeAttached();
  await expect(page.getByRole('heading', { name: '空白与建议（1）' })).toBeVisible();
  await expectAccessible(page);

  const map = (await stored(page)).maps[0];
  expect(map).toMatchObject({ name: '某市数据局', orgType: 'government', traits: ['transparent'], stage: 'information-search', approvals: ['局长办公会'] });
  expect(map.people.map((p: { alias: string; roles: string[] }) => [p.alias, p.roles[0]])).toEqual([['局长', 'decider'], ['信息中心主任', 'influencer'], ['窗口工作人员', 'user'], ['办公室主任', 'buyer']]);
  expect(map.people[0].stance).toBe('supporter');
  expect(map.people[2].lastContact).toBe('2020-01-01');
  expect(map.discovery).toEqual([{ method: 'interview', learn: '审批路径', from: '', by: '' }]);

  // Reload, then a second tab, which follows a rename made in the first.
  await page.reload();
  await islandsStarted(page);
  await expect(page.getByRole('heading', { level: 2, name: '某市数据局' })).toBeVisible();
  const second = await context.newPage();
  await second.goto(URL_ZH);
  await expect(second.getByRole('heading', { level: 2, name: '某市数据局' })).toBeVisible();
  await page.getByRole('button', { name: '重命名' }).press('Enter');
  await expect(page.getByRole('dialog', { name: '重命名客户' }).getByLabel('客户名称')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('数据局平台');
  await page.keyboard.press('Enter');
  await expect(second.getByRole('heading', { level: 2, name: '数据局平台' })).toBeVisible();
});

/** A completed map, as the first journey leaves it, stored before the page's first script runs. */
async function seedMap(page: Page) {
  const person = (id: string, alias: string, role: 'decider' | 'influencer' | 'user' | 'buyer') => ({ id, alias, title: '', roles: [role], influence: 3, cares: '', lastContact: '' });
  const map = {
    ...emptyMap('customer-org', '数据局平台', 1, 'map-1'), orgType: 'government', stage: 'information-search',
    people: [person('a', '局长', 'decider'), person('b', '信息中心主任', 'influencer'), person('c', '窗口工作人员', 'user'), person('d', '办公室主任', 'buyer')],
    discovery: [{ method: 'interview', learn: '审批路径', from: '', by: '' }], next: [{ text: '约信息中心主任做一次访谈', by: '' }],
  };
  await page.addInitScript(({ key, raw }) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, raw), sessionStorage.setItem('seeded', '1');
  }, { key: ACCOUNT_MAPS_KEY, raw: JSON.stringify({ version: 1, maps: [map] }) });
}

test('duplicate, print one A4 page per account, export, delete after asking, import, and share with the results', async ({ page }) => {
  await seedMap(page);
  await page.goto(URL_ZH);
  await islandsStarted(page);

  // Duplicate, then print: one A4 page per account.
  await page.getByRole('button', { name: '复制' }).press('Enter');
  await expect(page.getByRole('dialog', { name: '复制客户' }).getByLabel('客户名称')).toHaveValue('数据局平台（副本）');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '数据局平台（副本）' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(2);
  await page.emulateMedia({ media: 'screen' });

  // Export all, delete one (asking first), import the file back.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出全部（JSON）' }).press('Enter');
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(JSON.parse(text).maps).toHaveLength(2);
  await page.getByRole('button', { name: '删除' }).press('Enter');
  const ask = page.getByRole('dialog', { name: '删除“数据局平台（副本）”？' });
  await expect(ask.getByRole('button', { name: '取消' })).toBeFocused();
  await expectAccessible(page);
  await ask.getByRole('button', { name: '删除' }).press('Enter');
  await expect(page.getByRole('combobox', { name: '当前客户' }).locator('option')).toHaveCount(2); // one map and the example
  await page.getByLabel('导入客户组织地图（JSON 文件）').setInputFiles({ name: 'maps.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('dialog', { name: '合并导入的客户？' })).toContainText('文件中有 1 个新客户');
  await page.getByRole('button', { name: '合并', exact: true }).press('Enter');
  await expect(page.getByRole('status')).toContainText('已导入 maps.json：新增 1 个');
  expect((await stored(page)).maps).toHaveLength(2);

  // The results export carries the completion flag always, the maps only when ticked.
  await page.goto('/customer-org/results/');
  const exportJson = async () => {
    const d = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出学习记录（JSON）' }).click();
    return JSON.parse(readFileSync((await (await d).path())!, 'utf8'));
  };
  expect((await exportJson()).accountMaps).toEqual({ completed: { 'customer-org': true } });
  await page.getByRole('checkbox', { name: /包含我的客户组织地图/ }).check();
  expect((await exportJson()).accountMaps.maps).toHaveLength(2);
});

test('the worked example opens read-only and copies into the trainee’s accounts', async ({ page }) => {
  await page.goto(URL_ZH);
  await islandsStarted(page);
  await page.getByRole('button', { name: '打开示例：第 7 课国企案例' }).click();
  await expect(page.getByRole('heading', { name: '示例：填好的客户组织地图' })).toBeVisible();
  await expect(page.getByRole('table', { name: '人员与角色（第 4 课）' }).getByRole('row')).toHaveCount(8);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: '复制为我的客户' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '能源国企数据平台（第 7 课案例）' })).toBeVisible();
  expect((await stored(page)).maps[0].people).toHaveLength(7);
  // The fullest map of the course still prints on one A4 page.
  await page.emulateMedia({ media: 'print' });
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('the English page: a form filled directly, gaps with coaching links', async ({ page }) => {
  await page.goto(URL_EN);
  await islandsStarted(page);
  await page.getByRole('button', { name: 'New account' }).click();
  await page.getByRole('dialog').getByLabel('Account name').fill('City data bureau');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByLabel('Organization type', { exact: true }).selectOption({ label: 'Government agency' });
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Alias').fill('Bureau director');
  await page.getByRole('checkbox', { name: 'User', exact: true }).check();
  await page.getByLabel('Last contact').fill('2020-01-01');
  await expect(page.getByText('No decider identified.')).toBeVisible();
  await expect(page.getByText('No contact with the user in 60 days.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Learn: Drawing a role map and building relationships compliantly' }).first()).toHaveAttribute('href', /^\/en\/customer-org\/roles\/#/);
});

test('a damaged stored map gives the notice and a backup, and keeps what can be read', async ({ page }) => {
  const good = { ...emptyMap('customer-org', '好客户', 1, 'good') };
  const raw = JSON.stringify({ version: 1, maps: [good, { ...good, id: 'bad', people: 'x' }] });
  await page.addInitScript(({ key, raw }) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, raw), sessionStorage.setItem('seeded', '1');
  }, { key: ACCOUNT_MAPS_KEY, raw });
  await page.goto(URL_ZH);
  await islandsStarted(page);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('保存的客户组织地图有一部分无法读取');
  await expect(page.getByRole('heading', { level: 2, name: '好客户' })).toBeVisible();
  const backups = await page.evaluate((prefix) => Object.entries(localStorage).filter(([k]) => k.startsWith(prefix)).map(([, v]) => v), ACCOUNT_MAPS_BACKUP_PREFIX);
  expect(backups).toEqual([raw]);
  const download = page.waitForEvent('download');
  await notice.getByRole('link', { name: '下载备份' }).click();
  expect((await download).suggestedFilename()).toBe('account-maps-backup.json');
  await page.reload();
  await islandsStarted(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the trainer sees who shared a map and opens it read-only', async ({ page }) => {
  const map = { ...emptyMap('customer-org', '某市数据局', 5, 'm1'), orgType: 'government', people: [{ id: 'p1', alias: '局长', title: '局长', roles: ['decider' as const], influence: 5, cares: '政策目标', lastContact: '' }] };
  const file = exportResults(setDone(emptyProgress(), 'customer-org', 'roles', true, 1), new Date('2026-11-30T00:00:00Z'), '王一', { accountMaps: { completed: { 'customer-org': false }, maps: [map] } });
  await page.goto('/customer-org/dashboard/');
  await islandsStarted(page);
  await page.getByLabel('选择学员文件').setInputFiles({ name: 'wang.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: '查看 某市数据局' }).click();
  const dialog = page.getByRole('dialog', { name: '王一 分享的客户组织地图（只读）' });
  await expect(dialog.getByRole('row', { name: /局长/ })).toContainText('决策者');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '关闭' }).press('Enter');
  await expect(dialog).toBeHidden();
});
