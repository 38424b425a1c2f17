import type { Question } from '../../schemas/quiz.ts';
import { shuffle, shuffleAway } from './shuffle.ts';

/**
 * The order in which a question offers its parts, fixed by the attempt's seed: options of single
 * and multiple choice, the starting order of an ordering question, the right-hand sides of a
 * matching question. True/false and categories keep the author's order (对/错, and groups such as
 * the four roles, read best in their natural order).
 */
export function presentationOrder(q: Question, seed: string): string[] {
  const s = `${seed}:${q.id}`;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return shuffle(q.options.map((o) => o.id), s);
    case 'ordering':
      return shuffleAway(q.items.map((i) => i.id), s);
    case 'matching':
      return shuffle(q.pairs.map((p) => p.id), s);
    case 'categorize':
      return q.categories.map((c) => c.id);
    case 'truefalse':
      return [];
  }
}

/** The correct answer in words, for the sentence a screen reader hears after submitting. */
export function correctAnswerText(q: Question, yes: string, no: string): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.filter((o) => o.correct).map((o) => o.text).join('；');
    case 'truefalse':
      return q.answer ? yes : no;
    case 'ordering':
      return q.items.map((i) => i.text).join(' → ');
    case 'matching':
      return q.pairs.map((p) => `${p.left} — ${p.right}`).join('；');
    case 'categorize':
      return q.items.map((i) => `${i.text} — ${q.categories.find((c) => c.id === i.category)?.label}`).join('；');
  }
}
