/*
 * The room's answer to a class question, counted per row: one model for every question type, used
 * by the presenter today and meant for the live-class server later.
 *
 * - single / multiple choice and true/false: one row, whose options are the answers;
 * - ordering: a row per item (in a shuffled order that is never the answer), options the positions;
 * - matching: a row per left-hand item, options the right-hand sides (shuffled);
 * - categorize: a row per item (shuffled), options the categories.
 *
 * Counts are hands (or votes) per option of each row. Pure functions; nothing is mutated.
 */
import type { Question } from '../../schemas/quiz.ts';
import { presentationOrder } from '../quiz/present.ts';
import { shuffle } from '../quiz/shuffle.ts';
import { trueFalseOptions } from '../quiz/options.ts';

export interface TallyOption {
  text: string;
  correct: boolean;
  /** Why this option is right or wrong (choice questions). */
  feedback?: string;
}
export interface TallyRow {
  /** What this row asks about (the item, the left-hand side); empty for a choice question's single row. */
  label: string;
  options: TallyOption[];
  /** Why the right option is right, for this row (ordering, matching, categorize). */
  feedback?: string;
}
export interface TallyModel {
  rows: TallyRow[];
}

/** Words the model needs in the page's language. */
export interface TallyLabels {
  yes: string;
  no: string;
  /** "第 {n} 步" / "Step {n}": the n-th position of an ordering question. */
  position: (n: number) => string;
}

/** A seed fixed per question, so the presenter, the audience window and a printed deck show the same order. */
const seedOf = (q: Question) => `class:${q.id}`;

/** The rows and options a room answers a question by. */
export function tallyModel(q: Question, labels: TallyLabels): TallyModel {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { rows: [{ label: '', options: q.options.map((o) => ({ text: o.text, correct: o.correct, feedback: o.feedback })) }] };
    case 'truefalse':
      return { rows: [{ label: '', options: trueFalseOptions(q, labels.yes, labels.no).map(({ text, correct, feedback }) => ({ text, correct, feedback })) }] };
    case 'ordering': {
      const order = presentationOrder(q, seedOf(q));
      return {
        rows: order.map((id) => {
          const at = q.items.findIndex((i) => i.id === id);
          return { label: q.items[at]!.text, feedback: q.items[at]!.feedback, options: q.items.map((_, n) => ({ text: labels.position(n + 1), correct: n === at })) };
        }),
      };
    }
    case 'matching': {
      const rights = presentationOrder(q, seedOf(q)).map((id) => q.pairs.find((p) => p.id === id)!);
      return { rows: q.pairs.map((p) => ({ label: p.left, feedback: p.feedback, options: rights.map((r) => ({ text: r.right, correct: r.id === p.id })) })) };
    }
    case 'categorize':
      return {
        rows: shuffle(q.items, seedOf(q)).map((item) => ({ label: item.text, feedback: item.feedback, options: q.categories.map((c) => ({ text: c.label, correct: c.id === item.category })) })),
      };
  }
}

export type Counts = number[][];

/** Counts after `by` more hands for an option of a row, between 0 and 999; rows and options missing so far count 0. */
export function addTally(counts: Counts | undefined, row: number, option: number, by: number, options: number): Counts {
  const out = (counts ?? []).map((r) => [...r]);
  while (out.length <= row) out.push([]);
  const r = out[row]!;
  while (r.length < options) r.push(0);
  r[option] = Math.max(0, Math.min(999, (r[option] ?? 0) + by));
  return out;
}

/** One row's counts as whole percentages of its hands (all 0 when nobody answered). */
export function shares(counts: Counts | undefined, row: number, options: number): number[] {
  const r = Array.from({ length: options }, (_, i) => counts?.[row]?.[i] ?? 0);
  const total = r.reduce((a, b) => a + b, 0);
  return r.map((n) => (total ? Math.round((n / total) * 100) : 0));
}

/**
 * How the room did on each row: the option most hands went to (null when none, or a tie for
 * the top), and the share of hands on a correct option.
 */
export function roomAnswer(model: TallyModel, counts: Counts | undefined): { top: number | null; correctShare: number }[] {
  return model.rows.map((row, r) => {
    const c = row.options.map((_, i) => counts?.[r]?.[i] ?? 0);
    const max = Math.max(0, ...c);
    const tops = c.flatMap((n, i) => (n === max && max > 0 ? [i] : []));
    const total = c.reduce((a, b) => a + b, 0);
    const right = c.reduce((a, n, i) => a + (row.options[i]!.correct ? n : 0), 0);
    return { top: tops.length === 1 ? tops[0]! : null, correctShare: total ? Math.round((right / total) * 100) : 0 };
  });
}

/** The row after `row`, moving by `by` and wrapping around (for the presenter's [ and ] keys). */
export const nextRow = (model: TallyModel, row: number, by: number) => (model.rows.length ? (((row + by) % model.rows.length) + model.rows.length) % model.rows.length : 0);
