import { expect, expectAccessible, storedProgress, test } from './helpers.ts';
import { answer, answerByKeyboard, questionBox, questions } from './quiz-helpers.ts';

test('one question of each type answered by keyboard, kept across a reload, then feedback and a pass', async ({ page }) => {
  await page.goto('/customer-org/discovery/');
  const check = page.getByRole('region', { name: '知识检查' });
  await check.scrollIntoViewIfNeeded();
  const ids = [...questions.values()].filter((q) => q.id.startsWith('discovery-')).map((q) => q.id);
  const types = new Set(ids.map((id) => questions.get(id)!.type));
  expect([...types].sort()).toEqual(['categorize', 'matching', 'multiple', 'ordering', 'single', 'truefalse']);

  // Every question but the last, then a reload: what was answered is still there.
  for (const id of ids.slice(0, -1)) await answerByKeyboard(page, id, true);
  await page.reload();
  await check.scrollIntoViewIfNeeded();
  for (const id of ids.slice(0, -1)) {
    const q = questions.get(id)!;
    const box = questionBox(page, id);
    if (q.type === 'single') await expect(box.getByRole('radio', { name: q.options.find((o) => o.correct)!.text, exact: true })).toBeChecked();
    if (q.type === 'truefalse') await expect(box.getByRole('radio', { name: q.answer ? '对' : '错', exact: true })).toBeChecked();
    if (q.type === 'multiple') for (const o of q.options) await expect(box.getByRole('checkbox', { name: o.text, exact: true })).toBeChecked({ checked: !!o.correct });
    if (q.type === 'ordering') await expect(box.locator('ol.ordering > li .item-text')).toHaveText(q.items.map((i) => i.text));
    if (q.type === 'matching') for (const p of q.pairs) await expect(box.getByRole('combobox', { name: p.left, exact: true })).toHaveValue(p.id);
    if (q.type === 'categorize') for (const i of q.items) await expect(box.getByRole('combobox', { name: i.text, exact: true })).toHaveValue(i.category);
  }

  // Submitting with a question open names it and moves focus there.
  await check.getByRole('button', { name: '提交答案' }).focus();
  await page.keyboard.press('Enter');
  await expect(check.getByRole('alert')).toContainText(`还有 1 题没有答完：第 ${ids.length} 题`);
  await answerByKeyboard(page, ids.at(-1)!, true);
  await check.getByRole('button', { name: '提交答案' }).focus();
  await page.keyboard.press('Enter');

  const summary = check.getByRole('status');
  await expect(summary).toContainText('本次得分 100%');
  await expect(summary).toContainText('已通过');
  await expect(summary).toBeFocused();
  await expect(check.getByText('回答正确')).toHaveCount(ids.length);
  // Every answer has its time, counted from the attempt's start: what an LMS hears as latency.
  const timed = (await storedProgress(page)).courses['customer-org'].quizzes.discovery;
  expect([Object.keys(timed.seconds).sort(), typeof timed.startedAt]).toEqual([[...ids].sort(), 'number']);

  // The result survives a reload, and retrying starts afresh.
  await page.reload();
  await expect(page.getByRole('region', { name: '知识检查' }).getByRole('status')).toContainText('最好成绩 100%，已提交 1 次');
  await page.getByRole('button', { name: '重做一次' }).click();
  await expect(page.getByRole('button', { name: '提交答案' })).toBeVisible();
  const retried = (await storedProgress(page)).courses['customer-org'].quizzes.discovery;
  expect([retried.seconds, retried.startedAt > timed.startedAt]).toEqual([undefined, true]);
});

test('wrong answers get explained, with the right answer in words and a link back to the lesson', async ({ page }) => {
  await page.goto('/customer-org/roles/');
  const ids = [...questions.keys()].filter((id) => id.startsWith('roles-'));
  for (const id of ids) await answer(page, id, false);
  await page.getByRole('button', { name: '提交答案' }).click();
  const check = page.getByRole('region', { name: '知识检查' });
  await expect(check.getByRole('status')).toContainText('未通过');
  const first = questions.get(ids[0]!)!;
  const box = questionBox(page, first.id);
  await expect(box.getByText(/正确答案：|正确顺序：/).first()).toBeVisible();
  const back = box.getByRole('link', { name: `回看本节：${first.section}` });
  await expect(back).toHaveAttribute('href', /^\/customer-org\/roles\/#/);
  await expectAccessible(page);
  await back.click();
  await expect(page.getByRole('heading', { level: 2, name: first.section })).toBeInViewport();
});

test('a lesson is complete once it is read and its check is passed', async ({ page }) => {
  await page.goto('/customer-org/types/');
  await page.getByRole('button', { name: '标记为已读' }).click();
  await page.goto('/customer-org/');
  await expect(page.getByRole('link', { name: /客户组织的四种类型.*测验未做.*已读·待通过测验/ })).toBeVisible();
  await expect(page.getByText('已完成 0 / 8 课')).toBeVisible();

  await page.goto('/customer-org/types/');
  for (const id of [...questions.keys()].filter((id) => id.startsWith('types-'))) await answer(page, id, true);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.getByRole('region', { name: '知识检查' }).getByRole('status')).toContainText('已通过');
  await page.goto('/customer-org/');
  await expect(page.getByText('已完成 1 / 8 课')).toBeVisible();
  await expect(page.getByRole('link', { name: /客户组织的四种类型.*测验 100%.*已完成/ })).toBeVisible();
  await expect(page.getByText(/一课算作完成，需要两步/)).toBeVisible();
});
