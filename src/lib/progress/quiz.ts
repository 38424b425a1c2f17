import type { Answer } from '../../schemas/answer.ts';
import type { CourseProgress, Progress, QuizProgress } from '../../schemas/progress.ts';
import { courseOf } from './record.ts';
import { hasPassed } from './record.ts';

/** Which quiz: a lesson's knowledge check (its lesson id) or the course's final assessment. */
export type QuizRef = { lesson: string } | 'assessment';

const blank = (): QuizProgress => ({ answers: {}, submitted: false, attempts: 0 });

export function getQuiz(p: Progress, course: string, ref: QuizRef): QuizProgress | undefined {
  const c = p.courses[course];
  return ref === 'assessment' ? c?.assessment : c?.quizzes?.[ref.lesson];
}

function update(p: Progress, course: string, ref: QuizRef, change: (q: QuizProgress) => QuizProgress): Progress {
  const c = courseOf(p, course);
  const next: CourseProgress = ref === 'assessment'
    ? { ...c, assessment: change(c.assessment ?? blank()) }
    : { ...c, quizzes: { ...c.quizzes, [ref.lesson]: change(c.quizzes?.[ref.lesson] ?? blank()) } };
  return { ...p, courses: { ...p.courses, [course]: next } };
}

/**
 * When an answer is given, for its latency: `now`, and `shownAt`, when the form was shown in this
 * page view (the attempt's start, if the record has none yet: a first attempt, or one begun
 * before answer times were kept).
 */
export interface AnswerTime {
  now: number;
  shownAt?: number;
}

/** Whole seconds from `from` to `to`, never negative (a clock set back gives 0). */
const secondsBetween = (from: number, to: number) => Math.max(0, Math.round((to - from) / 1000));

/**
 * Records an answer while the attempt is open; once submitted, answers stay as marked until a
 * retry. With `time`, also when: the attempt's `startedAt` (kept if set, else `shownAt` or now)
 * and the seconds from it to this answer, replacing those of an earlier change.
 */
export function setAnswer(p: Progress, course: string, ref: QuizRef, question: string, answer: Answer, time?: AnswerTime): Progress {
  if (getQuiz(p, course, ref)?.submitted) return p;
  return update(p, course, ref, (q) => {
    const next: QuizProgress = { ...q, answers: { ...q.answers, [question]: answer } };
    if (!time) return next;
    const startedAt = q.startedAt ?? Math.min(time.shownAt ?? time.now, time.now);
    return { ...next, startedAt, seconds: { ...q.seconds, [question]: secondsBetween(startedAt, time.now) } };
  });
}

/** Marks the attempt: counts it and keeps the last and the best score. */
export function submitQuiz(p: Progress, course: string, ref: QuizRef, score: number): Progress {
  if (getQuiz(p, course, ref)?.submitted) return p;
  return update(p, course, ref, (q) => ({ ...q, submitted: true, attempts: q.attempts + 1, last: score, best: Math.max(q.best ?? 0, score) }));
}

/**
 * Opens a new attempt: answers and their times cleared, a new seed (a new option order), `now`
 * as its start (when given), and for the assessment the newly drawn questions, remembering the
 * last attempt's so the draw after can avoid them. Always allowed, also after a pass.
 */
export function startAttempt(p: Progress, course: string, ref: QuizRef, seed: string, questions?: string[], now?: number): Progress {
  return update(p, course, ref, (q) => {
    const { startedAt: _startedAt, seconds: _seconds, ...rest } = q;
    const next: QuizProgress = { ...rest, answers: {}, submitted: false, seed, ...(now === undefined ? {} : { startedAt: now }) };
    if (questions) {
      next.questions = questions;
      if (q.questions) next.previous = q.questions;
    }
    return next;
  });
}

export { hasPassed };

/** The attempt just marked passed, for the message under its score: the last score reaches the pass mark (an earlier pass does not count). */
export const lastAttemptPassed = (q: Pick<QuizProgress, 'last'> | undefined, passPercent: number) => (q?.last ?? -1) >= passPercent;
