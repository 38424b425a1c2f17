import type { Page } from '@playwright/test';
import { drawAssessment } from '../../src/lib/quiz/draw.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { setAnswer, startAttempt, submitQuiz } from '../../src/lib/progress/quiz.ts';
import { expect, expectAccessible, test } from './helpers.ts';
import { answer, pool, questions, wrongAnswer } from './quiz-helpers.ts';

const C = 'customer-org';

/** The question ids of the attempt on screen, once it is there. */
async function drawn(page: Page): Promise<string[]> {
  await expect(page.locator('fieldset.question').first()).toBeVisible();
  return page.locator('fieldset.question').evaluateAll((els) => els.map((e) => e.id.replace(/^q-/, '')));
}

/** A trainee who took the assessment once and got every answer wrong. */
function failedOnce() {
  const first = drawAssessment(pool, { size: 20, seed: 'first' });
  let p = startAttempt(emptyProgress(), C, 'assessment', 'first', first);
  for (const id of first) p = setAnswer(p, C, 'assessment', id, wrongAnswer(questions.get(id)!));
  return { first, progress: submitQuiz(p, C, 'assessment', 0) };
}

test('final assessment: a failed attempt reviewed, a retry with new questions passed, and the best score on the course page', async ({ page, seedProgress }) => {
  // Answering twenty questions by hand is the knowledge checks' job; here the first, failed attempt is seeded.
  const { first, progress } = failedOnce();
  expect(new Set(first.map((id) => pool.find((q) => q.id === id)!.lesson)).size).toBe(8);
  await seedProgress(progress);
  await page.goto(`/${C}/`);
  await page.getByRole('link', { name: '参加结业测评' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '结业测评' })).toBeVisible();

  const summary = page.getByRole('status').filter({ hasText: '本次得分' });
  await expect(summary).toContainText('未通过');
  expect(await drawn(page)).toEqual(first);
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
  for (const id of second.slice(1)) await answer(page, id, true);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(summary).toContainText('本次得分 100%');
  await expect(summary).toContainText('已通过');
  await expect(summary).toContainText('最好成绩 100%，已提交 2 次');

  // Retrying after a pass is allowed and keeps the best score.
  await page.getByRole('button', { name: '重新抽题再测一次' }).click();
  await expect(page.getByRole('button', { name: '提交答案' })).toBeVisible();
  await page.goto(`/${C}/`);
  await expect(page.getByText('结业测评最好成绩：100%')).toBeVisible();
});
