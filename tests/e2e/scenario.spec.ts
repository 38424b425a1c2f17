import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { ScenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { validateScenario } from '../../src/lib/scenario/validate.ts';
import { startState, choose, available } from '../../src/lib/scenario/engine.ts';
import { expect, expectAccessible, test } from './helpers.ts';

const load = (id: string): Scenario => ScenarioSchema.parse(parse(readFileSync(new URL(`../../content/courses/customer-org/zh-CN/scenarios/${id}.yaml`, import.meta.url), 'utf8')));

/** Takes the choice with this label (the keyboard-only journey plays a scenario by keys). */
async function take(page: Page, label: string) {
  await page.getByRole('group', { name: '你怎么做？' }).getByRole('button', { name: label, exact: true }).click();
}

test('play a scenario: resume after a reload, reach an ending, read the report, retry', async ({ page }) => {
  const s = load('gov-open-tender');
  const { bestPath } = validateScenario(s);
  await page.goto('/customer-org/scenarios/');
  await page.getByRole('link', { name: s.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();

  // Follow the best path; halfway, reload and carry on from where we were.
  let state = startState(s);
  const half = Math.ceil(bestPath.length / 2);
  for (const [n, index] of bestPath.entries()) {
    if (n === half) {
      await page.reload();
      await expect(page.getByText(s.nodes[state.node]!.text)).toBeVisible();
      // What was discovered so far is still shown in the cast list.
      for (const id of state.revealed) await expect(page.locator('.cast .role.known')).toHaveCount(state.revealed.length);
    }
    const choice = available(s, state).find((c) => c.index === index)!.choice;
    await take(page, choice.label);
    await expect(page.getByText(choice.consequence).last()).toBeVisible();
    state = choose(s, state, index);
  }

  // The report: outcome, a score per dimension against the best, both paths, the debrief.
  const report = page.getByRole('region', { name: '复盘报告' });
  await expect(report.getByRole('heading', { name: '复盘报告' })).toBeFocused();
  await expect(report).toContainText(s.nodes[state.node]!.ending!.title);
  for (const d of s.dimensions) await expect(report).toContainText(`${d.label}：${state.scores[d.id]} 分`);
  await expect(report).toContainText('你走的正是最佳路线。');
  await expect(report.getByRole('link', { name: /回看课节/ }).first()).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('region', { name: '复盘报告' })).toBeVisible();
  await page.getByRole('button', { name: '再玩一次' }).click();
  await expect(page.getByRole('group', { name: '你怎么做？' })).toBeVisible();
  await expect(page.getByText(s.nodes[s.start]!.text)).toBeVisible();

  // The scenarios page shows the best result.
  await page.goto('/customer-org/scenarios/');
  const total = Object.values(state.scores).reduce((a, b) => a + b, 0);
  await expect(page.getByText(`最好成绩：${total} /`)).toBeVisible();
});

test('a worse path shows the best path beside it, and the role is shown once discovered', async ({ page }) => {
  const s = load('private-cost');
  await page.goto(`/customer-org/scenarios/${s.id}/`);
  await expect(page.locator('.cast .role.known')).toHaveCount(0);
  let state = startState(s);
  // Always take the last offered choice (often the tempting one) until the story ends.
  while (!s.nodes[state.node]!.ending) {
    const last = available(s, state).at(-1)!;
    await take(page, last.choice.label);
    state = choose(s, state, last.index);
  }
  const report = page.getByRole('region', { name: '复盘报告' });
  await expect(report.getByRole('heading', { name: '最佳路线' })).toBeVisible();
  await expect(report.getByRole('heading', { name: '你的路线' })).toBeVisible();
});
