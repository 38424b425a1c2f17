import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../src/schemas/scenario.ts';
import { validateScenario } from '../../src/lib/scenario/validate.ts';
import { available, choose, startState } from '../../src/lib/scenario/engine.ts';
import { expect, test, islandsStarted } from './helpers.ts';
import { answerByKeyboard, questions } from './quiz-helpers.ts';

test('keyboard only: a whole lesson with its scenario and its knowledge check', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/customer-org/');
  // Tab from the top of the page to "start", as a keyboard user does.
  for (let i = 0; i < 40 && !(await page.getByRole('link', { name: '开始学习' }).evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '客户组织特点的定义与重要性' })).toBeVisible();
  // Straight to lesson 7 by its link in the lesson list, by keyboard.
  await page.goto('/customer-org/soe-case/');

  // The scenario, played by Tab and Enter on its choices.
  const s = ScenarioSchema.parse(parse(readFileSync(new URL('../../content/courses/customer-org/zh-CN/scenarios/soe-platform.yaml', import.meta.url), 'utf8')));
  const { bestPath } = validateScenario(s);
  let state = startState(s);
  const group = page.getByRole('group', { name: '你怎么做？' });
  await group.scrollIntoViewIfNeeded();
  for (const index of bestPath) {
    const choice = available(s, state).find((c) => c.index === index)!.choice;
    const button = group.getByRole('button', { name: choice.label, exact: true });
    await expect(button).toBeEnabled();
    await button.focus();
    await page.keyboard.press('Enter');
    state = choose(s, state, index);
  }
  await expect(page.getByRole('region', { name: '复盘报告' })).toBeVisible();

  // The knowledge check.
  for (const id of [...questions.keys()].filter((q) => q.startsWith('soe-case-'))) await answerByKeyboard(page, id, true);
  await page.getByRole('button', { name: '提交答案' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '知识检查' }).getByRole('status')).toContainText('已通过');

  // Mark it read, then move on with the keyboard.
  await page.getByRole('button', { name: '标记为已读' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('link', { name: /下一课/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '总结与展望' })).toBeVisible();
});

test('text zoomed to 200% keeps every part usable, with nothing cut off sideways', async ({ page }) => {
  // Browser zoom of 200% on a 1280 px window lays pages out like a 640 px one with doubled text.
  await page.setViewportSize({ width: 640, height: 800 });
  for (const path of ['/customer-org/', '/customer-org/roles/', '/customer-org/scenarios/private-cost/', '/customer-org/results/', '/search/?q=角色']) {
    await page.goto(path);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/customer-org/roles/');
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expect(page.getByRole('button', { name: '标记为已读' })).toBeVisible();
});

test('motion is reduced when the system asks for it', async ({ page }) => {
  // The class quiz's tally bars grow when revealed: the one thing in the course that moves.
  await page.goto('/customer-org/roles/present/');
  await islandsStarted(page); // keys before the presenter starts would go nowhere
  for (let i = 0; i < 40 && !(await page.locator('.current .class-question .tally').count()); i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('1');
  await page.keyboard.press('r');
  const bar = page.locator('.current .tally-bar > span').first();
  await expect(bar).toBeVisible();
  const moving = () => page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => { const s = getComputedStyle(el); return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none'; }).length);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(bar).toHaveCSS('transition-duration', '0.4s');
  expect(await moving()).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(bar).toHaveCSS('transition-duration', '0s');
  expect(await moving()).toBe(0);
});
