import { readFileSync } from 'node:fs';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { setDone, visitLesson, addSeconds } from '../../src/lib/progress/edit.ts';
import { setAnswer, startAttempt, submitQuiz } from '../../src/lib/progress/quiz.ts';
import { finishScenario } from '../../src/lib/progress/scenario.ts';
import { exportResults } from '../../src/lib/results/file.ts';
import type { Progress } from '../../src/schemas/progress.ts';
import { expect, expectAccessible, storedProgress, test } from './helpers.ts';
import { answer, questions } from './quiz-helpers.ts';

const C = 'customer-org';
const LESSONS = ['definition', 'types', 'decision-process', 'roles', 'factors', 'discovery', 'soe-case', 'summary'];

/** A trainee who has done everything but pass the last lesson's check. */
function nearlyDone(): Progress {
  let p = emptyProgress();
  for (const id of LESSONS) {
    p = addSeconds(setDone(visitLesson(p, C, id, 1_000), C, id, true, 2_000), C, id, 600);
    if (id !== 'summary') p = submitQuiz(p, C, { lesson: id }, 90);
  }
  p = submitQuiz(setAnswer(startAttempt(p, C, 'assessment', 's', ['roles-title-not-role']), C, 'assessment', 'roles-title-not-role', false), C, 'assessment', 85);
  for (const [id, ending] of [['soe-platform', 'x'], ['gov-open-tender', 'y'], ['private-cost', 'z']] as const) {
    p = finishScenario(p, C, id, { path: [0], scores: { roles: 1 }, total: 1, ending, at: 3_000 });
  }
  return p;
}

test('meeting the course rule brings the certificate, which prints on its own', async ({ page, seedProgress }, info) => {
  await seedProgress(nearlyDone());
  await page.goto(`/${C}/results/`);
  await expect(page.getByText('还有 1 课未完成')).toBeVisible();

  // The last step, as a trainee does it: pass the summary lesson's check.
  await page.goto(`/${C}/summary/`);
  for (const id of [...questions.keys()].filter((q) => q.startsWith('summary-'))) await answer(page, id, true);
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.getByRole('region', { name: '知识检查' }).getByRole('status')).toContainText('已通过');

  await page.goto(`/${C}/results/`);
  await expect(page.getByText('已完成 8 / 8 课，累计学习 80 分钟')).toBeVisible();
  const print = page.getByRole('button', { name: '打印证书或另存为 PDF' });
  await expect(print).toBeDisabled();
  await page.getByRole('textbox', { name: '证书上的姓名' }).fill('张晓明');
  await expect(page.getByRole('article', { name: '结业证书' })).toContainText('兹证明 张晓明 已完成《客户组织特点》');
  await expect(print).toBeEnabled();
  await expectAccessible(page);

  // Printed, only the certificate shows.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: '结业证书' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '课节' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '导出与导入' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await info.attach('certificate.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  // The name was kept locally, for next time.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(page.getByRole('textbox', { name: '证书上的姓名' })).toHaveValue('张晓明');
});

test('export, clear the browser, import, and everything is back', async ({ page, context, seedProgress }) => {
  await seedProgress(nearlyDone());
  await page.goto(`/${C}/results/`);
  const before = await storedProgress(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出学习记录（JSON）' }).click();
  const file = await (await download).path();
  const text = readFileSync(file!, 'utf8');
  expect(JSON.parse(text).format).toBe('sales-course-results');

  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText('已完成 0 / 8 课')).toBeVisible();

  await page.getByLabel('从文件导入学习记录').setInputFiles({ name: 'my-results.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toHaveText('已导入“my-results.json”，学习记录已更新。');
  await expect(page.getByText('已完成 7 / 8 课')).toBeVisible();
  expect(await storedProgress(page)).toEqual(before);

  // Importing into a browser that has progress asks first; merging keeps the best of both.
  await page.getByLabel('从文件导入学习记录').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const dialog = page.getByRole('dialog', { name: '合并导入的学习记录？' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '合并导入' }).click();
  expect(await storedProgress(page)).toEqual(before);
});

test('a corrupt, foreign or newer file gets a clear message and changes nothing', async ({ page, seedProgress }) => {
  await seedProgress(nearlyDone());
  await page.goto(`/${C}/results/`);
  const before = await storedProgress(page);
  const input = page.getByLabel('从文件导入学习记录');
  for (const [name, body, message] of [
    ['broken.json', '{"format":"sales-course-results", oops', '“broken.json”不是有效的 JSON 文件，未做任何更改。'],
    ['photo.json', '{"kind":"photo"}', '“photo.json”不是本平台导出的学习记录文件，未做任何更改。'],
    ['future.json', JSON.stringify({ format: 'sales-course-results', version: 7 }), '“future.json”来自更新版本的平台，当前版本无法读取，未做任何更改。'],
    ['tampered.json', JSON.stringify({ ...exportResults(emptyProgress(), new Date()), progress: { version: 2, courses: { [C]: { lessons: { roles: { seconds: 'lots', done: true } } } } } }), '“tampered.json”的内容有误（字段 progress.customer-org.lessons.roles.seconds），未做任何更改。'.replace('progress.customer-org', 'progress.courses.customer-org')],
  ] as const) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.getByRole('alert')).toHaveText(message);
  }
  expect(await storedProgress(page)).toEqual(before);
  await expectAccessible(page);
});

test('the trainer loads three result files and sees the class', async ({ page }) => {
  const files = ['王一', '李二', '赵三'].map((name, i) => {
    let p = nearlyDone();
    if (i === 1) p = submitQuiz(setAnswer(startAttempt(p, C, 'assessment', 't', ['roles-title-not-role']), C, 'assessment', 'roles-title-not-role', false), C, 'assessment', 95);
    return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exportResults(p, new Date(`2026-11-2${i}T00:00:00Z`), name))) };
  });
  await page.goto(`/${C}/dashboard/`);
  await page.getByLabel('选择学员文件').setInputFiles([...files, { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello') }]);
  await expect(page.getByRole('status')).toHaveText('已载入 3 位学员。');
  await expect(page.getByRole('alert')).toContainText('“notes.json”不是有效的 JSON 文件');
  const table = page.getByRole('region', { name: '全班概况' }).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /李二/ })).toContainText('95%');
  await expect(table.getByRole('row', { name: /王一/ })).toContainText('7 / 8');
  // Each trainee answered one question in the assessment: it shows with its share correct.
  const hardest = page.getByRole('region', { name: '题目难度' }).getByRole('row').nth(1);
  await expect(hardest).toContainText(questions.get('roles-title-not-role')!.prompt.slice(0, 10));
  await expect(hardest.getByRole('cell').first()).toHaveText('3');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出全班成绩（CSV）' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  expect(csv).toContain('李二,李二.json,自学,7/8');
});
