import type { Answer } from '../../schemas/answer.ts';
import type { Question } from '../../schemas/quiz.ts';

/*
 * Scoring, with partial credit (docs/quiz-authoring.md says the same to authors):
 * - single, true/false: 1 or 0.
 * - multiple: (right options chosen − wrong options chosen) ÷ right options, never below 0;
 *   choosing every option therefore earns nothing.
 * - ordering: the share of item pairs the trainee put in the right relative order, so one item
 *   out of place costs little and a reversed list earns 0.
 * - matching: the share of left-hand items matched to their partner.
 * - categorize: the share of items put in the right group.
 * A question is correct only with full credit. A missing or malformed answer scores 0.
 */

export interface QuestionScore {
  /** 0 to 1. */
  score: number;
  /** Full credit. */
  correct: boolean;
}

const isList = (a: Answer | undefined): a is string[] => Array.isArray(a);
const isMap = (a: Answer | undefined): a is Record<string, string> => typeof a === 'object' && a !== null && !Array.isArray(a);
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

function raw(q: Question, a: Answer | undefined): number {
  switch (q.type) {
    case 'single':
      return q.options.some((o) => o.correct && o.id === a) ? 1 : 0;
    case 'truefalse':
      return a === q.answer ? 1 : 0;
    case 'multiple': {
      if (!isList(a)) return 0;
      const chosen = new Set(a);
      const right = q.options.filter((o) => o.correct);
      const hits = right.filter((o) => chosen.has(o.id)).length;
      const misses = q.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      return Math.max(0, share(hits - misses, right.length));
    }
    case 'ordering': {
      if (!isList(a)) return 0;
      const position = new Map(a.map((id, i) => [id, i]));
      const ids = q.items.map((i) => i.id);
      if (ids.some((id) => !position.has(id))) return 0;
      let pairs = 0;
      let inOrder = 0;
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          pairs++;
          if (position.get(ids[i]!)! < position.get(ids[j]!)!) inOrder++;
        }
      }
      return share(inOrder, pairs);
    }
    case 'matching':
      return isMap(a) ? share(q.pairs.filter((p) => a[p.id] === p.id).length, q.pairs.length) : 0;
    case 'categorize':
      return isMap(a) ? share(q.items.filter((i) => a[i.id] === i.category).length, q.items.length) : 0;
  }
}

/** Scores one answer against its question. */
export function scoreQuestion(q: Question, a: Answer | undefined): QuestionScore {
  const score = Math.round(raw(q, a) * 1000) / 1000;
  return { score, correct: score === 1 };
}

/** Percentage 0–100 (whole number) over a set of questions; unanswered questions count 0. */
export function scoreQuiz(questions: readonly Question[], answers: Readonly<Record<string, Answer>>): number {
  if (!questions.length) return 0;
  const total = questions.reduce((sum, q) => sum + scoreQuestion(q, answers[q.id]).score, 0);
  return Math.round((total / questions.length) * 100);
}

/** Whether every question has an answer the trainee can submit (all parts filled in). */
export function isComplete(q: Question, a: Answer | undefined): boolean {
  switch (q.type) {
    case 'single':
      return typeof a === 'string';
    case 'truefalse':
      return typeof a === 'boolean';
    case 'multiple':
      return isList(a) && a.length > 0;
    case 'ordering':
      return isList(a) && a.length === q.items.length;
    case 'matching':
      return isMap(a) && q.pairs.every((p) => !!a[p.id]);
    case 'categorize':
      return isMap(a) && q.items.every((i) => !!a[i.id]);
  }
}
