// A live class from start to end: the classroom server (started here, on a free loopback port),
// a presenter and three phones. The phones reach the server by a test host name mapped to
// 127.0.0.1, so their pages are not a secure context, like a phone on the Wi-Fi. One phone
// closes its page and comes back; the server is restarted mid-session; every count is checked.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../../scripts/serve.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browser.ts';
import type { Question } from '../../src/schemas/quiz.ts';
import type { ResultsFile } from '../../src/schemas/results.ts';
import { expect, expectAccessible, test } from './helpers.ts';

const HOST = 'classroom.test';
const quiz = (lesson: string) => (parse(readFileSync(`content/courses/customer-org/zh-CN/quizzes/${lesson}.yaml`, 'utf8')) as { questions: Question[] }).questions;
const ordering = quiz('decision-process').find((q) => q.type === 'ordering')!;
const categorize = quiz('decision-process').find((q) => q.type === 'categorize')!;

/** The classroom server as `npm run classroom` runs it; resolves once it listens. */
function startServer(port: number, journal: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/classroom.ts', '--port', String(port), '--journal', journal, '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((done, fail) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && done(child));
    child.on('exit', (code) => fail(new Error(`classroom server exited (${code})`)));
  });
}
const stopServer = (child: ChildProcess) => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM'))));

/** Presses → until the current slide matches. */
async function advanceTo(page: Page, selector: string, text?: string) {
  const here = () => (text ? page.locator(`.current ${selector}`, { hasText: text }) : page.locator(`.current ${selector}`));
  for (let i = 0; i < 60 && !(await here().count()); i++) await page.keyboard.press('ArrowRight');
  await expect(here().first()).toBeVisible();
}

/** A phone answers a row question: for each item (row label), the option with that text. */
async function answerRows(phone: Page, prompt: string, rows: [label: string, option: string][]) {
  await expect(phone.getByRole('heading', { name: prompt })).toBeVisible();
  for (const [label, option] of rows) await phone.getByLabel(label, { exact: true }).selectOption({ label: option });
  // The server's answer, not just the note (which a second answer finds already there).
  const saved = phone.waitForResponse((r) => r.url().endsWith('/live/api/answer') && r.ok());
  await phone.getByRole('button', { name: '提交' }).click();
  await saved;
  await expect(phone.getByText('已提交。截止前可以修改。')).toBeVisible();
}

let browser: Browser;
let server: ChildProcess;
let dir: string;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
  dir = mkdtempSync(join(tmpdir(), 'live-e2e-'));
});
test.afterAll(async () => {
  if (server) await stopServer(server);
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a live class: join, answer an ordering and a categorize question, vote through a scenario; a phone drops, the server restarts, every count is right', async () => {
  // Seconds on an idle machine; the allowance is for a busy two-core one.
  test.setTimeout(150_000);
  const port = await freePort();
  const journal = join(dir, 'live.jsonl');
  server = await startServer(port, journal);
  const header = JSON.parse(readFileSync(journal, 'utf8').split('\n')[0]!) as { code: string; key: string };
  const local = `http://127.0.0.1:${port}`;
  const lan = `http://${HOST}:${port}`;

  // The presenter, on the trainer's laptop, from the address the server printed.
  const trainer = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const page = await trainer.newPage();
  await page.goto(`${local}/customer-org/decision-process/present/#trainer=${header.key}`);
  await expect(page.locator('.live-panel')).toContainText(header.code);
  expect(page.url(), 'the key leaves the address bar').not.toContain(header.key);
  const popup = trainer.waitForEvent('page');
  await page.getByRole('button', { name: '打开观众窗口' }).click();
  const audience = await popup;
  await expect(audience.getByRole('img', { name: '加入课堂的二维码' })).toBeVisible();
  await expect(audience.locator('.join-box')).toContainText(header.code);

  // Three phones: two with names, one anonymous, from the join link (not a secure context).
  const phones: { context: BrowserContext; page: Page }[] = [];
  for (const name of ['王芳', '<b>李雷</b>', '']) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await phone.goto(`${lan}/live/?c=${header.code}`);
    expect(await phone.evaluate(() => window.isSecureContext)).toBe(false);
    if (name) await phone.getByLabel('显示名（可不填，匿名参加）').fill(name);
    await phone.getByRole('button', { name: '加入课堂' }).click();
    await expect(phone.getByText(`已加入：${name || '匿名'}`)).toBeVisible();
    await expect(phone.getByText('请看大屏幕')).toBeVisible();
    phones.push({ context, page: phone });
  }
  await expect(page.locator('.live-panel')).toContainText('已加入 3 人');

  // The ordering question: phones 1 and 2 answer right; phone 3 puts everything first.
  if (ordering.type !== 'ordering' || categorize.type !== 'categorize') throw new Error('fixture');
  await advanceTo(page, '.class-question .slide-heading', ordering.prompt);
  const right = ordering.items.map((item, n) => [item.text, `第 ${n + 1} 步`] as [string, string]);
  await Promise.all([
    answerRows(phones[0]!.page, ordering.prompt, right),
    answerRows(phones[1]!.page, ordering.prompt, right),
    answerRows(phones[2]!.page, ordering.prompt, ordering.items.map((i) => [i.text, '第 1 步'])),
  ]);
  await expect(page.locator('.live-answered')).toHaveText('已作答 3 / 3');
  await expectAccessible(phones[2]!.page);
  await expectAccessible(page);

  // Phone 1 loses its page and comes back: the same seat, its answer still there, sent again without counting twice.
  await phones[0]!.page.close();
  const back = await phones[0]!.context.newPage();
  await back.goto(`${lan}/live/?c=${header.code}`);
  await expect(back.getByText('已加入：王芳')).toBeVisible();
  await expect(back.getByLabel(ordering.items[0]!.text, { exact: true })).toHaveValue(/\d/);
  await back.getByRole('button', { name: '提交' }).click();
  await expect(back.getByText('已提交。截止前可以修改。')).toBeVisible();
  phones[0]!.page = back;
  await expect(page.locator('.live-panel')).toContainText('已加入 3 人');
  await expect(page.locator('.live-answered')).toHaveText('已作答 3 / 3');

  // Reveal: on the room's screen the grid shows the counts, and the phones see the key.
  await page.keyboard.press('r');
  const firstRow = audience.locator('.tally-grid tbody tr').first();
  await expect(firstRow.locator('td.is-correct')).toContainText(/[23] 人/);
  await expect(phones[1]!.page.getByText('答案已公布。')).toBeVisible();

  // The server stops mid-class and comes back from its journal.
  await stopServer(server);
  server = await startServer(port, journal);
  await expect(page.locator('.live-panel')).toContainText('已加入 3 人');

  // The categorize question after the restart: all three answer; phone 3 changes its mind once.
  await advanceTo(page, '.class-question .slide-heading', categorize.prompt);
  const label = (id: string) => categorize.categories.find((c) => c.id === id)!.label;
  const rightCats = categorize.items.map((i) => [i.text, label(i.category)] as [string, string]);
  await Promise.all([
    answerRows(phones[0]!.page, categorize.prompt, rightCats),
    answerRows(phones[1]!.page, categorize.prompt, rightCats),
    answerRows(phones[2]!.page, categorize.prompt, categorize.items.map((i) => [i.text, categorize.categories[0]!.label])).then(() => answerRows(phones[2]!.page, categorize.prompt, rightCats)),
  ]);
  await expect(page.locator('.live-answered')).toHaveText('已作答 3 / 3');

  // Closed: the phones see it, and a late answer is refused with a clear message.
  await page.getByRole('button', { name: '截止作答' }).click();
  await expect(phones[2]!.page.getByText('已截止作答。')).toBeVisible();
  const token = await phones[2]!.page.evaluate(() => JSON.parse(localStorage.getItem('sales-course:live-seat')!).token as string);
  const late = await fetch(`${local}/live/api/answer`, { method: 'POST', body: JSON.stringify({ token, poll: `q:${categorize.id}`, picks: categorize.items.map(() => [0]) }) });
  expect([late.status, ((await late.json()) as { message: string }).message]).toEqual([409, 'This question is closed: answers are no longer taken.']);
  // A discussion prompt: a short response from a phone, listed for the presenter, shown to the room on request.
  await advanceTo(page, '.slide-discussion');
  await phones[1]!.page.getByLabel(/你的回应/).fill('先找<i>信息中心</i>了解需求');
  await phones[1]!.page.getByRole('button', { name: '发送' }).click();
  await expect(page.locator('.live-responses li')).toHaveText('<b>李雷</b>：先找<i>信息中心</i>了解需求');
  await page.getByRole('button', { name: '在大屏幕上显示' }).click();
  await expect(audience.locator('.room-responses li')).toHaveText('<b>李雷</b>：先找<i>信息中心</i>了解需求');

  // The join code cannot control the session.
  const hijack = await fetch(`${local}/live/api/presenter/command?code=${header.code}`, { method: 'POST', body: JSON.stringify({ type: 'close', poll: `q:${ordering.id}` }) });
  expect(hijack.status).toBe(403);

  // The group scenario of lesson 7, in the same session (the key stays with this tab).
  await page.goto(`${local}/customer-org/soe-case/present/`);
  await expect(page.locator('.live-panel')).toContainText('已加入 3 人');
  const popup2 = trainer.waitForEvent('page');
  await page.getByRole('button', { name: '打开观众窗口' }).click();
  const room = await popup2;
  await expect(room.locator('.join-box')).toContainText(header.code);
  await advanceTo(page, '.group-scenario');
  let decisions = 0;
  for (; decisions < 20 && (await page.locator('.current .group-scenario .outcome').count()) === 0; decisions++) {
    const choices = page.locator('.current .group-scenario .tally li');
    const first = (await choices.first().locator('.option-label').textContent())!.replace(/^\d+/, '').trim();
    await Promise.all(
      phones.map(async (p) => {
        await p.page.getByRole('radio', { name: first, exact: true }).check();
        await p.page.getByRole('button', { name: '投票' }).click();
        await expect(p.page.getByText('已提交。截止前可以修改。')).toBeVisible();
      }),
    );
    await expect(choices.first()).toContainText('3 票');
    await choices.first().getByRole('button', { name: '全班选择这一项' }).click();
  }
  await expect(room.locator('.group-scenario .outcome')).toBeVisible();
  await expect(room.locator('.history li').first()).toContainText('3');

  // Every count, from the session's export: three trainees, each with both answers and every vote.
  const results = (await (await fetch(`${local}/live/api/presenter/results`, { headers: { 'x-trainer-key': header.key } })).json()) as { seat: string; file: ResultsFile }[];
  expect(results.map((r) => r.file.name)).toEqual(['王芳', '<b>李雷</b>', 'anonymous 3']);
  for (const { file } of results) {
    expect(file.origin).toMatchObject({ kind: 'live', course: 'customer-org' });
    expect(file.live!.answers[ordering.id]).toBeDefined();
    expect(file.live!.answers[categorize.id]).toEqual(Object.fromEntries(categorize.items.map((i) => [i.id, i.category])));
    expect(file.live!.votes['soe-platform']).toHaveLength(decisions);
  }
  expect(results[0]!.file.live!.answers[ordering.id]).toEqual(ordering.items.map((i) => i.id));
  const csv = await (await fetch(`${local}/live/api/presenter/answers.csv`, { headers: { 'x-trainer-key': header.key } })).text();
  expect(csv.trim().split('\r\n')).toHaveLength(1 + 3 * (2 + decisions) + 1);
  expect(Object.values(results[1]!.file.live!.responses)).toEqual(['先找<i>信息中心</i>了解需求']);

  // The names are text on the presenter's screen, never HTML.
  await expect(page.locator('.live-panel b')).toHaveCount(0);
  for (const p of phones) await p.context.close();
  await trainer.close();
});
