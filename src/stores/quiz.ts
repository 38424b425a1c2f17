import type { Answer } from '../schemas/answer.ts';
import type { Question } from '../schemas/quiz.ts';
import { getQuiz, setAnswer, startAttempt, submitQuiz, type QuizRef } from '../lib/progress/quiz.ts';
import { scoreQuiz } from '../lib/quiz/score.ts';
import { update } from './progress.ts';

/** A new answer, or how to change the stored one: quick successive clicks each build on the last. */
export type AnswerChange = Answer | ((previous: Answer | undefined) => Answer);

/**
 * Records one answer of the attempt in progress (saved at once, so a reload keeps it), with the
 * time it was given; `shownAt`: when the form was shown (src/islands/quiz/use-answer-times.ts).
 */
export const answer = (course: string, ref: QuizRef, question: string, change: AnswerChange, shownAt?: number) =>
  update((p) => setAnswer(p, course, ref, question, typeof change === 'function' ? change(getQuiz(p, course, ref)?.answers[question]) : change, { now: Date.now(), ...(shownAt === undefined ? {} : { shownAt }) }));

/**
 * Submits the attempt: `presented` fills in answers the trainee accepted as shown (an ordering
 * left in the order offered), then the attempt is scored and counted.
 */
export function submit(course: string, ref: QuizRef, questions: readonly Question[], answers: Readonly<Record<string, Answer>>, presented: Readonly<Record<string, Answer>> = {}) {
  const full = { ...presented, ...answers };
  update((p) => {
    let next = p;
    // An answer accepted as shown was given when the sheet was submitted.
    for (const [id, value] of Object.entries(presented)) if (!(id in answers)) next = setAnswer(next, course, ref, id, value, { now: Date.now() });
    return submitQuiz(next, course, ref, scoreQuiz(questions, full));
  });
}

/** Starts a new attempt now, with a fresh seed (and, for the assessment, freshly drawn questions). */
export const retry = (course: string, ref: QuizRef, questions?: string[], seed = Date.now().toString(36)) => update((p) => startAttempt(p, course, ref, seed, questions, Date.now()));
