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

/**
 * The words a correct answer is told in, from the page's dictionary: true and false, and the
 * separator between its parts (`punct.semicolon`: '；' in Chinese, '; ' in English). src/lib
 * holds no wording or locale punctuation of its own.
 */
export interface AnswerWords {
  yes: string;
  no: string;
  separator: string;
}

/** The correct answer in words, for the sentence a screen reader hears after submitting and the trainer's answer key. */
export function correctAnswerText(q: Question, words: AnswerWords): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.filter((o) => o.correct).map((o) => o.text).join(words.separator);
    case 'truefalse':
      return q.answer ? words.yes : words.no;
    case 'ordering':
      return q.items.map((i) => i.text).join(' → ');
    case 'matching':
      return q.pairs.map((p) => `${p.left} — ${p.right}`).join(words.separator);
    case 'categorize':
      return q.items.map((i) => `${i.text} — ${q.categories.find((c) => c.id === i.category)?.label}`).join(words.separator);
  }
}
