import type { CourseProgress, LessonProgress, Progress, QuizProgress, ScenarioProgress, ScenarioResult } from '../../schemas/progress.ts';

/*
 * Merging two records (an import into a browser that has progress of its own) keeps the best of
 * both: every visit and completion mark, the longer study time, each check's best score and the
 * attempt with more tries behind it, each scenario's best and latest play, the later position.
 * It is commutative where it matters (scores, completion) and idempotent.
 */

const min = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const max = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  // The later mark wins; on a tie "done" wins, so that no completion is lost.
  const ta = a.markedAt ?? -1;
  const tb = b.markedAt ?? -1;
  const marked = ta > tb ? a : tb > ta ? b : a.done ? a : b;
  return defined({ seconds: Math.max(a.seconds, b.seconds), done: marked.done, firstVisit: min(a.firstVisit, b.firstVisit), lastVisit: max(a.lastVisit, b.lastVisit), markedAt: marked.markedAt });
}

function mergeQuiz(a: QuizProgress, b: QuizProgress): QuizProgress {
  const more = b.attempts > a.attempts ? b : a;
  return defined({ ...more, attempts: Math.max(a.attempts, b.attempts), best: max(a.best, b.best) });
}

const better = (a?: ScenarioResult, b?: ScenarioResult) => (!a ? b : !b ? a : b.total > a.total || (b.total === a.total && b.at < a.at) ? b : a);
const later = (a?: ScenarioResult, b?: ScenarioResult) => (!a ? b : !b ? a : b.at > a.at ? b : a);

function mergeScenario(a: ScenarioProgress, b: ScenarioProgress): ScenarioProgress {
  return defined({ current: a.current ?? b.current, attempts: Math.max(a.attempts, b.attempts), latest: later(a.latest, b.latest), best: better(a.best, b.best) });
}

function mergeMap<T>(a: Record<string, T> | undefined, b: Record<string, T> | undefined, f: (x: T, y: T) => T): Record<string, T> | undefined {
  if (!a || !b) return a ?? b;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = out[k] ? f(out[k], v) : v;
  return out;
}

function mergeCourse(a: CourseProgress, b: CourseProgress): CourseProgress {
  return defined({
    lessons: mergeMap(a.lessons, b.lessons, mergeLesson)!,
    last: !a.last ? b.last : !b.last ? a.last : b.last.at > a.last.at ? b.last : a.last,
    quizzes: mergeMap(a.quizzes, b.quizzes, mergeQuiz),
    assessment: a.assessment && b.assessment ? mergeQuiz(a.assessment, b.assessment) : (a.assessment ?? b.assessment),
    scenarios: mergeMap(a.scenarios, b.scenarios, mergeScenario),
  });
}

/** Combines two records into one that keeps the progress and the best results of both. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return { version: a.version, courses: mergeMap(a.courses, b.courses, mergeCourse)! };
}

/** Whether a record holds anything a trainee would miss if it were replaced. */
export const hasProgress = (p: Progress) => Object.values(p.courses).some((c) => Object.keys(c.lessons).length || Object.keys(c.quizzes ?? {}).length || c.assessment || Object.keys(c.scenarios ?? {}).length);
