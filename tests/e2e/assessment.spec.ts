import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './helpers.ts';
import { answer, questions } from './quiz-helpers.ts';

/** The question ids of the attempt on screen, once it is there. */
async function drawn(page: Page): Promise<string[]> {
  await expect(page.locator('fieldset.question').first()).toBeVisible();
  return page.locator('fieldset.question').evaluateAll((els) => els.map((e) => e.id.replace(/^q-/, '')));
}

async function answerAll(page: Page, right: boolean, skip: string[] = []) {
  for (const id of await drawn(page)) if (!skip.includes(id)) await answer(page, id, right);
  await page.getByRole('button', { name: '提交答案' }).click();
}

test('final assessment: fail, retry with new questions, pass, and the course page shows the best score', async ({ page }) => {
  await page.goto('/customer-org/');
  await page.getByRole('link', { name: '参加结业测评' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '结业测评' })).toBeVisible();
  await page.getByRole('button', { name: '开始测评' }).click();

  const first = await drawn(page);
  expect(first).toHaveLength(20);
  // Every lesson is covered.
  const lessons = new Set(first.map((id) => id.replace(/-.*/, '').replace(/^decision$/, 'decision-process').replace(/^soe$/, 'soe-case')));
  expect(lessons.size).toBe(8);

  await answerAll(page, false);
  const summary = page.getByRole('status').filter({ hasText: '本次得分' });
  await expect(summary).toContainText('未通过');
  // The review names the right answer of every question, in words.
  for (const box of await page.locator('fieldset.question').all()) await expect(box).toContainText(/正确答案：|正确顺序：/);
  await expectAccessible(page);

  await page.getByRole('button', { name: '重新抽题再测一次' }).click();
  // The reviewed attempt stays on screen until the new draw replaces it; the submit button marks the new one.
  await expect(page.getByRole('button', { name: '提交答案' })).toBeVisible();
  const second = await drawn(page);
  expect(second).toHaveLength(20);
  expect(second.filter((id) => first.includes(id))).toEqual([]);

  // A reload mid-attempt keeps the draw and the answers.
  await answer(page, second[0]!, true);
  await page.reload();
  expect(await drawn(page)).toEqual(second);
  await answerAll(page, true, [second[0]!]);
  await expect(summary).toContainText('本次得分 100%');
  await expect(summary).toContainText('已通过');
  await expect(summary).toContainText('最好成绩 100%，已提交 2 次');

  // Retrying after a pass is allowed and keeps the best score.
  await page.getByRole('button', { name: '重新抽题再测一次' }).click();
  await expect(page.getByRole('button', { name: '提交答案' })).toBeVisible();
  await page.goto('/customer-org/');
  await expect(page.getByText('结业测评最好成绩：100%')).toBeVisible();
  expect(questions.size).toBeGreaterThanOrEqual(40);
});
