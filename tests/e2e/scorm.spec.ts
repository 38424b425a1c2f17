import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { serveStatic, type Running } from '../../scripts/serve.ts';
import { expect, test } from './helpers.ts';
import { parse } from 'yaml';
import { questions } from './quiz-helpers.ts';
import { answerKey } from '../../src/lib/scorm/interactions.ts';
import { scorm2004Time } from '../../src/lib/scorm/time.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { addSeconds, setDone, visitLesson } from '../../src/lib/progress/edit.ts';
import { setAnswer, startAttempt, submitQuiz } from '../../src/lib/progress/quiz.ts';
import { finishScenario } from '../../src/lib/progress/scenario.ts';
import type { Answer } from '../../src/schemas/answer.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';

/*
 * The SCORM packages inside a stand-in LMS: a page that provides the LMS API with scorm-again's real
 * runtime (SCORM 1.2 or 2004, ?v=12 or ?v=2004), takes the learner's id and name in its query string
 * as an LMS knows them, records every non-zero error code after Initialize, SetValue, Commit and
 * Finish/Terminate, and shows the package's launch page in a frame, as an LMS does.
 * npm test builds the packages (dist-scorm/) before this runs; without them these tests fail.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const PKG = { '12': join(root, 'dist-scorm/customer-org-scorm12'), '2004': join(root, 'dist-scorm/customer-org-scorm2004') } as const;
type V = keyof typeof PKG;
const RUNTIME: Record<V, string> = { '12': 'scorm12.min.js', '2004': 'scorm2004.min.js' };
let LMS = '';

const player = (v: V) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/lms/${v}/runtime.js"></script>
<script>
  const q = new URLSearchParams(location.search);
  const v12 = ${v === '12'};
  const api = v12 ? (window.API = new Scorm12API({ autocommit: false, logLevel: 5 })) : (window.API_1484_11 = new Scorm2004API({ autocommit: false, logLevel: 5 }));
  const core = v12 ? api.cmi.core : api.cmi;
  core[v12 ? 'student_id' : 'learner_id'] = q.get('learner') ?? '';
  core[v12 ? 'student_name' : 'learner_name'] = q.get('name') ?? '';
  if (q.get('location')) core[v12 ? 'lesson_location' : 'location'] = q.get('location');
  if (q.get('suspend')) api.cmi.suspend_data = q.get('suspend');
  window.lmsErrors = [];
  window.lmsCommits = 0;
  const lastError = v12 ? 'LMSGetLastError' : 'GetLastError';
  for (const name of v12 ? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'SetValue', 'Commit', 'Terminate']) {
    const call = api[name].bind(api);
    api[name] = (...args) => {
      const result = call(...args);
      const code = String(api[lastError]());
      if (code !== '0') {
        window.lmsErrors.push(name + '(' + args.join(', ') + ') → ' + code);
        // Kept across page loads too, so that an error while a learner leaves is not lost.
        localStorage.setItem('lms:errors', JSON.stringify([...JSON.parse(localStorage.getItem('lms:errors') ?? '[]'), window.lmsErrors.at(-1)]));
      }
      if (/Commit/.test(name)) window.lmsCommits++;
      // What the session ended with, for the test to read once the learner has left.
      if (/Finish|Terminate/.test(name)) localStorage.setItem('lms:finished:' + (q.get('learner') ?? ''), JSON.stringify(window.lmsRecord()));
      return result;
    };
  }
  window.lmsRecord = () => JSON.parse(JSON.stringify(api.cmi));
</script></head>
<body><main><h1>LMS</h1><iframe id="sco" title="course" src="/lms/${v}/content/launch.html" style="width:100%;height:80vh"></iframe></main></body></html>`;

let server: Running;
test.beforeAll(async () => {
  for (const dir of Object.values(PKG)) expect(existsSync(join(dir, 'imsmanifest.xml')), `${dir} is missing: run npm run build:scorm first`).toBe(true);
  // The tests' static server over dist-scorm/: /lms/<v>/content/… is that version's package.
  server = await serveStatic(join(root, 'dist-scorm'), {
    mount: '/lms',
    override: (path) => {
      const m = /^\/lms\/(12|2004)\/(player\.html|runtime\.js)$/.exec(path);
      if (!m) return undefined;
      const v = m[1] as V;
      return m[2] === 'player.html' ? { body: player(v), type: 'text/html; charset=utf-8' } : { body: readFileSync(join(root, 'node_modules/scorm-again/dist', RUNTIME[v])) };
    },
    rewrite: (path) => {
      const m = /^\/(12|2004)\/content(\/.*)$/.exec(path);
      return m ? `/${PKG[m[1] as V].split('/').at(-1)}${m[2]}` : undefined;
    },
  });
  // Each test worker runs its own stand-in LMS on a free port.
  LMS = server.url;
});
test.afterAll(() => server?.close());

/** The LMS's record of the learner in this session, as the stand-in holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cmi = Record<string, any>;
const record = (lms: Page) => lms.evaluate(() => (window as unknown as { lmsRecord(): Cmi }).lmsRecord());
const errors = (lms: Page) => lms.evaluate(() => [...(window as unknown as { lmsErrors: string[] }).lmsErrors, ...JSON.parse(localStorage.getItem('lms:errors') ?? '[]')]);
const finished = (lms: Page, learner: string) => lms.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as Cmi | null, `lms:finished:${learner}`);
const commits = (lms: Page) => lms.evaluate(() => (window as unknown as { lmsCommits: number }).lmsCommits);
const courseFrame = (lms: Page): Frame => lms.frames().find((f) => /\/content\/customer-org\//.test(f.url()))!;
const rows = (o: Cmi | undefined) => Object.values(o ?? {}) as Cmi[];

const C = 'customer-org';
const LESSONS = ['definition', 'types', 'decision-process', 'roles', 'factors', 'discovery', 'soe-case', 'summary'];
const scenario = (id: string) => parse(readFileSync(join(root, `content/courses/${C}/zh-CN/scenarios/${id}.yaml`), 'utf8')) as Scenario;
/** The question ids of a lesson's knowledge check. */
const bank = (lesson: string) => (parse(readFileSync(join(root, `content/courses/${C}/zh-CN/quizzes/${lesson}.yaml`), 'utf8')) as { questions: { id: string }[] }).questions.map((q) => q.id);
const endingOf = (s: Scenario, rating: string) => Object.entries(s.nodes).find(([, n]) => n.ending?.rating === rating)![0];

/**
 * What learner A did earlier in this session, seeded rather than clicked through: every lesson read
 * (a minute each) with its check passed, the final assessment with one wrong answer of 20 (95 %),
 * and three scenarios finished, one per ending rating.
 */
function seedCourseDone() {
  const right = (id: string) => answerKey(questions.get(id)!).correct as Answer;
  let p = emptyProgress();
  for (const [i, lesson] of LESSONS.entries()) {
    p = addSeconds(setDone(visitLesson(p, C, lesson, 1000 + i), C, lesson, true, 2000 + i), C, lesson, 60);
    const ids = bank(lesson);
    p = startAttempt(p, C, { lesson }, `s${i}`);
    for (const id of ids) p = setAnswer(p, C, { lesson }, id, right(id));
    p = submitQuiz(p, C, { lesson }, 100);
  }
  const drawn = [...questions.keys()].slice(0, 20);
  const wrong = drawn.find((id) => questions.get(id)!.type === 'truefalse')!;
  // The assessment with answer times: the k-th answer given 7·k seconds after the start.
  p = startAttempt(p, C, 'assessment', 'a1', drawn, 1_795_000_000_000);
  for (const [k, id] of drawn.entries()) p = setAnswer(p, C, 'assessment', id, id === wrong ? !right(id) : right(id), { now: 1_795_000_000_000 + 7000 * (k + 1) });
  p = submitQuiz(p, C, 'assessment', 95);
  for (const [i, [id, rating]] of [['soe-platform', 'good'], ['gov-open-tender', 'mixed'], ['private-cost', 'poor']].entries()) {
    const s = scenario(id!);
    const scores = Object.fromEntries(s.dimensions.map((d, k) => [d.id, k - 1]));
    p = finishScenario(p, C, id!, { path: [0], scores, total: Object.values(scores).reduce((a, b) => a + b, 0), ending: endingOf(s, rating!), at: 3000 + i });
  }
  return { record: p, wrong, drawn };
}

for (const v of ['12', '2004'] as const) {
  const is12 = v === '12';
  const status = (cmi: Cmi) => (is12 ? { status: cmi.core.lesson_status, score: cmi.core.score.raw } : { completion: cmi.completion_status, success: cmi.success_status, score: cmi.score.scaled });

  test(`SCORM ${is12 ? '1.2' : '2004'}: two learners in turn on one browser each keep their own record; time, answers, plays, lessons and name reach the LMS`, async ({ browser }) => {
    const context = await browser.newContext();
    const lms = await context.newPage();
    const logged: string[] = [];
    lms.on('console', (m) => { if (/LMS error/.test(m.text())) logged.push(m.text()); });
    const sco = lms.frameLocator('#sco').frameLocator('#course');

    // Learner A opens the course in the LMS.
    await lms.goto(`${LMS}/${v}/player.html?${new URLSearchParams({ learner: 'a-100', name: 'Smith, Anna' })}`);
    await expect(sco.getByRole('heading', { level: 1, name: '客户组织特点' })).toBeVisible();
    await expect.poll(async () => (await record(lms))[is12 ? 'core' : 'location']).toEqual(is12 ? expect.objectContaining({ lesson_location: 'customer-org/index.html' }) : 'customer-org/index.html');
    const { record: done, wrong, drawn } = seedCourseDone();
    await courseFrame(lms).evaluate((r) => localStorage.setItem('sales-course:progress', r), JSON.stringify(done));

    // The certificate carries the LMS's name in speaking order; A corrects it.
    await sco.getByRole('link', { name: '查看学习记录与证书' }).first().click();
    const name = sco.getByRole('textbox', { name: '证书上的姓名' });
    await expect(name).toHaveValue('Anna Smith');
    await name.fill('Anna M. Smith');

    // Status and score; lessons as objectives; answers and plays as interactions; study time.
    await expect.poll(async () => status(await record(lms)), { timeout: 10_000 }).toEqual(is12 ? { status: 'passed', score: '95' } : { completion: 'completed', success: 'passed', score: '0.95' });
    const a = await record(lms);
    expect(rows(a.objectives).map((o) => o.id)).toEqual(LESSONS);
    for (const o of rows(a.objectives)) expect(is12 ? [o.status, o.score.raw] : [o.success_status, o.completion_status, o.score.scaled]).toEqual(is12 ? ['passed', '100'] : ['passed', 'completed', '1']);
    const interactions = rows(a.interactions);
    const assessment = interactions.filter((i) => i.id.startsWith('assessment.1.'));
    expect(assessment.map((i) => i.id)).toEqual(drawn.map((id) => `assessment.1.${id}`));
    expect(new Set(assessment.map((i) => i.type))).toEqual(new Set(drawn.map((id) => ({ single: 'choice', multiple: 'choice', truefalse: 'true-false', ordering: 'sequencing', matching: 'matching', categorize: 'matching' })[questions.get(id)!.type])));
    for (const i of assessment) {
      expect(i.result, i.id).toBe(i.id.endsWith(`.${wrong}`) ? (is12 ? 'wrong' : 'incorrect') : 'correct');
      expect(i[is12 ? 'student_response' : 'learner_response'], i.id).not.toBe('');
      expect(i.correct_responses['0'].pattern, i.id).not.toBe('');
    }
    // Each answer's latency; the 1.2 runtime gives a CMITimespan back as HH:MM:SS, so 1.2 compares seconds.
    const seconds = (span: string) => span.split(':').reduce((n, x) => n * 60 + Number(x), 0);
    expect(assessment.map((i) => (is12 ? seconds(i.latency) : i.latency))).toEqual(drawn.map((_, k) => (is12 ? 7 * (k + 1) : scorm2004Time(7 * (k + 1)))));
    const wrongRow = assessment.find((i) => i.id.endsWith(`.${wrong}`))!;
    expect([wrongRow.correct_responses['0'].pattern, wrongRow[is12 ? 'student_response' : 'learner_response']]).toEqual(is12 ? [expect.stringMatching(/^[tf]$/), expect.stringMatching(/^[tf]$/)] : [expect.stringMatching(/^(true|false)$/), expect.stringMatching(/^(true|false)$/)]);
    expect(interactions.filter((i) => i.id.startsWith('check.'))).toHaveLength(LESSONS.reduce((n, l) => n + bank(l).length, 0));
    const plays = interactions.filter((i) => i.type === 'performance');
    expect(plays.map((i) => [i.id, i.result])).toEqual([
      ['scenario.gov-open-tender.1', 'neutral'],
      ['scenario.private-cost.1', is12 ? 'wrong' : 'incorrect'],
      ['scenario.soe-platform.1', 'correct'],
    ]);
    const sep = is12 ? { l: ',', p: '.' } : { l: '[,]', p: '[.]' };
    expect(plays[2]![is12 ? 'student_response' : 'learner_response']).toBe([`ending${sep.p}${endingOf(scenario('soe-platform'), 'good')}`, `rating${sep.p}good`, `roles${sep.p}-1`, `insight${sep.p}0`, `value${sep.p}1`, `compliance${sep.p}2`, `total${sep.p}2`].join(sep.l));
    // Eight lessons of a minute each were studied in this session.
    expect(is12 ? a.core.session_time : a.session_time).toMatch(is12 ? /^0{2,4}:08:00(\.0+)?$/ : /^PT8M$/);
    const suspendA: string = a.suspend_data;
    expect(suspendA.length).toBeGreaterThan(10);
    expect(await errors(lms)).toEqual([]);

    // A leaves; learner B logs in to the LMS on the same browser.
    await lms.goto('about:blank');
    await lms.goto(`${LMS}/${v}/player.html?${new URLSearchParams({ learner: 'b-200', name: '王, 建国' })}`);
    await expect(sco.getByRole('heading', { level: 1, name: '客户组织特点' })).toBeVisible();
    await expect(sco.getByRole('link', { name: /客户组织的内部角色.*未开始/ })).toBeVisible();
    // The launch has reported (its commit and the first page's): B's record is still empty.
    await expect.poll(() => commits(lms)).toBeGreaterThanOrEqual(2);
    const b = await record(lms);
    expect(b.suspend_data).toBe('');
    expect(status(b)).toEqual(is12 ? { status: 'incomplete', score: '' } : { completion: 'incomplete', success: 'unknown', score: '' });
    expect([rows(b.interactions), rows(b.objectives)]).toEqual([[], []]);
    expect(await courseFrame(lms).evaluate(() => localStorage.getItem('sales-course:name'))).toBe('王建国');
    // A's session ended as it should: suspended, with the time studied.
    const endA = (await finished(lms, 'a-100'))!;
    expect(is12 ? [endA.core.exit, endA.core.session_time] : [endA.exit, endA.session_time]).toEqual(is12 ? ['suspend', expect.stringMatching(/^0{2,4}:08:00(\.0+)?$/)] : ['suspend', 'PT8M']);

    // B marks a lesson read: their own record fills, and never takes A's status.
    await sco.getByRole('link', { name: /客户组织的内部角色/ }).first().click();
    await sco.getByRole('button', { name: '标记为已读' }).click();
    await expect(sco.getByRole('button', { name: '已读（点击撤销）' })).toHaveAttribute('aria-pressed', 'true');
    // The lesson is an objective: read, its check not yet passed.
    await expect.poll(async () => rows((await record(lms)).objectives).map((o) => [o.id, is12 ? o.status : o.completion_status]), { timeout: 10_000 }).toEqual([['roles', is12 ? 'incomplete' : 'completed']]);
    await expect.poll(async () => (await record(lms)).suspend_data).not.toBe('');
    const b2 = await record(lms);
    expect(status(b2)).toEqual(is12 ? { status: 'incomplete', score: '' } : { completion: 'incomplete', success: 'unknown', score: '' });
    expect(rows(b2.interactions)).toEqual([]);
    expect(b2.suspend_data).not.toBe(suspendA);
    expect(await errors(lms)).toEqual([]);

    // A comes back to this browser: their record from the LMS, and the name as they corrected it.
    await lms.goto('about:blank');
    await lms.goto(`${LMS}/${v}/player.html?${new URLSearchParams({ learner: 'a-100', name: 'Smith, Anna', suspend: suspendA, location: 'customer-org/results/index.html' })}`);
    await expect(sco.getByRole('textbox', { name: '证书上的姓名' })).toHaveValue('Anna M. Smith');
    await expect.poll(() => commits(lms)).toBeGreaterThanOrEqual(2);
    const back = await record(lms);
    // Nothing already reported is reported again.
    expect([rows(back.interactions), back.suspend_data]).toEqual([[], suspendA]);
    expect(await errors(lms)).toEqual([]);
    expect(logged).toEqual([]);
    await context.close();

    // On another computer, the LMS's record alone brings A's progress back.
    const other = await browser.newContext();
    const again = await other.newPage();
    await again.goto(`${LMS}/${v}/player.html?${new URLSearchParams({ learner: 'a-100', name: 'Smith, Anna', suspend: suspendA })}`);
    await expect(again.frameLocator('#sco').frameLocator('#course').getByText('结业测评最好成绩：95%')).toBeVisible();
    expect(await errors(again)).toEqual([]);
    await other.close();
  });
}

test('outside an LMS the launch page says so and the course still opens', async ({ page }) => {
  await page.goto(`${LMS}/12/content/launch.html`);
  await expect(page.getByText('未连接到学习管理系统')).toBeVisible();
  await expect(page.frameLocator('#course').getByRole('heading', { level: 1, name: '客户组织特点' })).toBeVisible();
});
