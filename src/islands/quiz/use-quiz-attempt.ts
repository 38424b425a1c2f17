import type { Answer } from '../../schemas/answer.ts';
import type { Question } from '../../schemas/quiz.ts';
import { getQuiz, type QuizRef } from '../../lib/progress/quiz.ts';
import { progress } from '../../stores/progress.ts';
import { answer, retry, submit, type AnswerChange } from '../../stores/quiz.ts';
import { useProgress } from '../use-progress.ts';
import { useShownAt } from './use-answer-times.ts';
import type { Attempt } from './QuizForm.tsx';

/**
 * One quiz attempt as stored, with its actions: the knowledge check (`{ lesson }`) and the final
 * assessment (`'assessment'`) both run through it. `seed` orders the options until the record has one.
 */
export function useQuizAttempt(course: string, ref: QuizRef, seed = '') {
  const { progress: p, ready } = useProgress();
  const shownAt = useShownAt();
  const saved = getQuiz(p, course, ref);
  // The answers as stored right now: a click and a quick Enter can beat the re-render.
  const latest = (): Record<string, Answer> => getQuiz(progress.get(), course, ref)?.answers ?? {};
  const attempt: Attempt = { answers: saved?.answers ?? {}, submitted: saved?.submitted ?? false, seed: saved?.seed ?? seed, attempts: saved?.attempts ?? 0, last: saved?.last, best: saved?.best };
  return {
    ready,
    saved,
    attempt,
    latest,
    /** Every answer the trainee gives enters the record here, once, stamped with its time (seconds since the form was shown or the attempt started). */
    answer: (question: string, change: AnswerChange) => answer(course, ref, question, change, shownAt),
    /** Marks the attempt: the stored answers, plus those accepted as shown (orderings left untouched). */
    submit: (questions: readonly Question[], presented: Record<string, Answer>) => submit(course, ref, questions, latest(), presented),
    /** A new attempt; the assessment passes its fresh draw and seed. */
    retry: (questions?: string[], seed?: string) => retry(course, ref, questions, seed),
  };
}
