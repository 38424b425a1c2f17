import type { Page } from '@playwright/test';
import { expect, expectAccessible, islandsStarted, test } from './helpers.ts';

/** Presses → until the presenter shows a slide matching `selector` in the current pane. */
async function advanceTo(page: Page, selector: string) {
  for (let i = 0; i < 40 && !(await page.locator(`.current ${selector}`).count()); i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator(`.current ${selector}`)).toBeVisible();
}
const slideNumber = (page: Page) => page.locator('.status').first().textContent().then((t) => Number(/第 (\d+)/.exec(t ?? '')?.[1]));

test('presenter and audience: keys move both, the audience never shows notes, and the slide survives a reload', async ({ page, context }) => {
  await page.goto('/customer-org/roles/');
  await page.getByRole('link', { name: '讲师：放映本课' }).click();
  await expect(page.getByText(/第 1 \/ \d+ 张/)).toBeVisible();
  await islandsStarted(page);

  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: '打开观众窗口' }).click();
  const audience = await popup;
  await expect(audience.getByRole('heading', { name: '客户组织的内部角色', exact: true })).toBeVisible();

  // A clicker's keys: → and PageDown forward, ← and PageUp back, Home/End.
  await page.locator('body').press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(page.getByText(/第 3 \//)).toBeVisible();
  const heading = (await page.locator('.current .slide-heading').first().textContent())!.trim();
  await expect(audience.locator('.slide-heading').first()).toHaveText(heading);
  await page.keyboard.press('PageUp');
  await expect(audience.getByText(/^2 \//)).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect(audience.getByRole('heading', { name: '客户组织的内部角色', exact: true })).toBeVisible();

  // Notes show on the presenter only; this lesson has some.
  for (let i = 0; i < 30 && (await page.locator('.notes .trainer-note').count()) === 0; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.notes .trainer-note').first()).toBeVisible();
  const n = await slideNumber(page);
  await expect(audience.getByText(new RegExp(`^${n} /`))).toBeVisible();
  await expect(audience.locator('.trainer-note')).toHaveCount(0);

  // B blacks the room out and back.
  await page.keyboard.press('b');
  await expect(audience.locator('.blackout')).toBeVisible();
  await page.keyboard.press('b');
  await expect(audience.locator('.blackout')).toHaveCount(0);

  // The URL carries the slide: a reload, or another machine on the same URL, lands there.
  expect(new URL(page.url()).searchParams.get('slide')).toBe(String(n));
  await page.reload();
  await expect(page.getByText(new RegExp(`第 ${n} /`))).toBeVisible();
  const other = await context.newPage();
  await other.goto(`/customer-org/roles/present/audience/?slide=${n}`);
  await expect(other.getByText(new RegExp(`^${n} /`))).toBeVisible();

  // Keys pressed in the audience window (a clicker aimed at the projector) move the presenter.
  await audience.keyboard.press('ArrowRight');
  await expect(page.getByText(new RegExp(`第 ${n + 1} /`))).toBeVisible();
});

test('class quiz: tallies by keys and buttons, then the reveal shows bars, the answer and every explanation', async ({ page, context }) => {
  await page.goto('/customer-org/roles/present/');
  await islandsStarted(page); // keys and clicks before the presenter starts would go nowhere
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: '打开观众窗口' }).click();
  const audience = await popup;
  await advanceTo(page, '.class-question .tally');
  // Three hands for option 1 by key, one for option 2 by button.
  for (const k of ['1', '1', '1']) await page.keyboard.press(k);
  await page.locator('.current .tally li').nth(1).getByRole('button', { name: /加一人/ }).click();
  await expect(page.locator('.current .tally li').first()).toContainText('3 人');
  await expect(audience.locator('.tally-bar')).toHaveCount(0);

  await page.keyboard.press('r');
  await expect(audience.locator('.tally-bar').first()).toBeVisible();
  await expect(audience.locator('.tally li').first()).toContainText('3 人');
  await expect(audience.locator('.tally li.is-correct')).not.toHaveCount(0);
  await expect(audience.locator('.tally .option-feedback').first()).toBeVisible();
  await expect(audience.getByText('正确答案').first()).toBeVisible();
  await expectAccessible(audience);
});

test('every question type on a slide: a categorize question shows its items, the room is counted row by row, the reveal shows the key', async ({ page, context }) => {
  await page.goto('/customer-org/roles/present/');
  await islandsStarted(page); // keys and clicks before the presenter starts would go nowhere
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: '打开观众窗口' }).click();
  const audience = await popup;

  // O: the overview grid; pick the categorize question by its name.
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: '总览' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button', { name: /^1 客户组织的内部角色/ })).toBeFocused();
  await expectAccessible(page);
  await overview.getByRole('button', { name: /全班测验 \d+：某市数据局通过公开招标/ }).click();
  await expect(overview).toHaveCount(0);

  // The room sees every item (rows) and every role (columns), with nothing to give the answer away.
  const grid = audience.getByRole('table');
  await expect(grid.getByRole('rowheader', { name: /信息中心主任/ })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: /决策者/ })).toBeVisible();
  await expect(audience.locator('.tally-grid .is-correct')).toHaveCount(0);
  expect(await grid.getByRole('rowheader').count()).toBeGreaterThanOrEqual(3);

  // Digits count hands in the current row; ] moves to the next row.
  await page.keyboard.press('2');
  await page.keyboard.press(']');
  await page.keyboard.press('3');
  await page.keyboard.press('3');
  const rows = page.locator('.current .tally-grid tbody tr');
  await expect(rows.nth(0).locator('td').nth(1)).toContainText('1 人');
  await expect(rows.nth(1).locator('td').nth(2)).toContainText('2 人');
  await expect(rows.nth(1).getByRole('button', { pressed: true })).toBeVisible();

  // The notes carry the key and why; R reveals it to the room, with the counts.
  await expect(page.locator('.notes .question-notes')).toContainText('答案');
  await page.keyboard.press('r');
  await expect(audience.locator('.tally-grid td.is-correct')).toHaveCount(await grid.getByRole('rowheader').count());
  await expect(audience.locator('.tally-grid td').filter({ hasText: '2 人' })).toHaveCount(1);
  await expectAccessible(audience);
  await expectAccessible(page);
});

test('go to a slide: G, the number, Enter — the digits typed never count a tally', async ({ page }) => {
  await page.goto('/customer-org/roles/present/');
  await islandsStarted(page); // keys and clicks before the presenter starts would go nowhere
  await advanceTo(page, '.class-question .tally');
  const quiz = await slideNumber(page);
  await page.keyboard.press('g');
  const field = page.getByRole('spinbutton', { name: /跳到第几张/ });
  await expect(field).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/第 3 \//)).toBeVisible();
  await expect(field).toHaveCount(0);
  // Back on the question, nobody was counted by the 3 typed into the field.
  await page.keyboard.press('g');
  await page.keyboard.type(String(quiz));
  await page.keyboard.press('Enter');
  await expect(page.locator('.current .tally .n').first()).toHaveText('0 人');
  await expect(page.locator('.current .tally .n').filter({ hasText: /^[1-9]/ })).toHaveCount(0);
  // Esc closes the field without moving.
  await page.keyboard.press('g');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('spinbutton', { name: /跳到第几张/ })).toHaveCount(0);
  expect(await slideNumber(page)).toBe(quiz);
});

test('group scenario: the room votes at each decision and plays to an ending, with the vote history', async ({ page, context }) => {
  await page.goto('/customer-org/soe-case/present/');
  await islandsStarted(page); // keys and clicks before the presenter starts would go nowhere
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: '打开观众窗口' }).click();
  const audience = await popup;
  await advanceTo(page, '.group-scenario');
  for (let guard = 0; guard < 20 && (await page.locator('.current .group-scenario .outcome').count()) === 0; guard++) {
    const first = page.locator('.current .group-scenario .tally li').first();
    await first.getByRole('button', { name: /记一票/ }).click();
    await first.getByRole('button', { name: /记一票/ }).click();
    await first.getByRole('button', { name: '全班选择这一项' }).click();
  }
  await expect(audience.locator('.group-scenario .outcome')).toBeVisible();
  await expect(audience.getByText('投票记录')).toBeVisible();
  await expect(audience.locator('.history li').first()).toContainText('1: 2');
  await expectAccessible(audience);
});

test('the facilitator guide prints every slide with its notes and answers', async ({ page }, info) => {
  await page.goto('/customer-org/roles/guide/');
  await expect(page.getByRole('heading', { level: 1, name: /讲师手册/ })).toBeVisible();
  await expect(page.locator('.guide-notes').first()).toBeVisible();
  await expect(page.getByText(/^答案：/).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await info.attach('guide.pdf', { body: pdf, contentType: 'application/pdf' });
  // Nothing is wider than the page: no content is cut off at the right edge.
  const overflow = await page.evaluate(() => [...document.querySelectorAll('.guide-slide *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
  expect(overflow).toBe(0);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/customer-org/roles/handout/');
  await expect(page.getByRole('heading', { name: '要点回顾' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '笔记' })).toBeVisible();
});
