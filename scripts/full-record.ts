// A progress record of a trainee who has done everything in the course, with long answers and
// their times (minutes apart, so each takes several digits):
// the worst case for SCORM's suspend_data. Used by the suspend_data test and npm run bench.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Answer } from '../src/schemas/answer.ts';
import type { Progress } from '../src/schemas/progress.ts';
import type { Question } from '../src/schemas/quiz.ts';
import { emptyProgress } from '../src/lib/progress/record.ts';
import { addSeconds, setDone, setPosition, visitLesson } from '../src/lib/progress/edit.ts';
import { setAnswer, startAttempt, submitQuiz } from '../src/lib/progress/quiz.ts';
import { finishScenario, setScenarioPath } from '../src/lib/progress/scenario.ts';

const dir = new URL('../content/courses/customer-org/zh-CN/', import.meta.url);
const C = 'customer-org';
const T = 1_795_000_000_000;

/** An answer of the right shape for a question. */
function answerFor(q: Question): Answer {
  switch (q.type) {
    case 'single': return q.options[0]!.id;
    case 'multiple': return q.options.map((o) => o.id);
    case 'truefalse': return true;
    case 'ordering': return q.items.map((i) => i.id).reverse();
    case 'matching': return Object.fromEntries(q.pairs.map((p) => [p.id, p.id]));
    case 'categorize': return Object.fromEntries(q.items.map((i) => [i.id, i.category]));
  }
}

export function fullRecord(): Progress {
  const banks = readdirSync(new URL('quizzes/', dir)).map((f) => parse(readFileSync(new URL(`quizzes/${f}`, dir), 'utf8')) as { lesson: string; questions: Question[] });
  let p = emptyProgress();
  for (const [i, bank] of banks.entries()) {
    const ref = { lesson: bank.lesson };
    p = addSeconds(setDone(visitLesson(p, C, bank.lesson, T + i), C, bank.lesson, true, T + i + 1), C, bank.lesson, 3600);
    for (let attempt = 0; attempt < 3; attempt++) {
      p = startAttempt(p, C, ref, `seed-${attempt}-${i}`, undefined, T + attempt);
      for (const [n, q] of bank.questions.entries()) p = setAnswer(p, C, ref, q.id, answerFor(q), { now: T + attempt + (n + 1) * 61_000 });
      p = submitQuiz(p, C, ref, 60 + attempt * 15);
    }
  }
  const all = banks.flatMap((b) => b.questions);
  for (let attempt = 0; attempt < 4; attempt++) {
    const drawn = all.slice(attempt * 5, attempt * 5 + 20);
    p = startAttempt(p, C, 'assessment', `assessment-${attempt}`, drawn.map((q) => q.id), T + attempt);
    for (const [n, q] of drawn.entries()) p = setAnswer(p, C, 'assessment', q.id, answerFor(q), { now: T + attempt + (n + 1) * 61_000 });
    p = submitQuiz(p, C, 'assessment', 70 + attempt * 8);
  }
  // A fifth attempt in progress, half answered: its answers must survive.
  const drawn = all.slice(20, 40);
  p = startAttempt(p, C, 'assessment', 'assessment-4', drawn.map((q) => q.id), T + 4);
  for (const [n, q] of drawn.slice(0, 10).entries()) p = setAnswer(p, C, 'assessment', q.id, answerFor(q), { now: T + 4 + (n + 1) * 617_000 });
  for (const id of readdirSync(new URL('scenarios/', dir)).map((f) => f.replace('.yaml', ''))) {
    const path = [0, 1, 0, 1, 0, 1, 0, 1];
    p = finishScenario(p, C, id, { path, scores: { roles: 5, insight: 8, value: 9, compliance: 3 }, total: 25, ending: 'ending-good-long-node-id', at: T });
    p = finishScenario(p, C, id, { path: [1, 0, 1, 0], scores: { roles: -3, insight: -1, value: -4, compliance: -6 }, total: -14, ending: 'ending-poor', at: T + 5 });
    p = setScenarioPath(p, C, id, [0, 0, 1]);
  }
  return setPosition(p, C, 'summary', '展望大数据与人工智能', T + 99);
}
