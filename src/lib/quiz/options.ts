import type { Question } from '../../schemas/quiz.ts';

type TrueFalse = Extract<Question, { type: 'truefalse' }>;

export interface TrueFalseOption {
  /** The option's id in a poll and in a results file: 'true' or 'false'. */
  id: 'true' | 'false';
  /** The answer the record keeps. */
  value: boolean;
  text: string;
  correct: boolean;
  /** Why this answer is right or wrong. */
  feedback: string;
}

/** The two options of a true/false question, true first, with the page's words for them: the knowledge check, the class tally and live polls offer the same. */
export const trueFalseOptions = (q: TrueFalse, yes: string, no: string): TrueFalseOption[] =>
  [true, false].map((value) => {
    const id = String(value) as 'true' | 'false';
    return { id, value, text: value ? yes : no, correct: q.answer === value, feedback: q.feedback[id] };
  });
