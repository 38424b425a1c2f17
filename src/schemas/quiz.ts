import { z } from './zod.ts';
import { SlugSchema } from './course.ts';

const Text = z.string().trim().min(1);
/** An id unique within its list: lower-case letters, digits and hyphens. */
const Id = SlugSchema;

/** One option of a single or multiple choice question. */
export const OptionSchema = z
  .object({
    /** Id, unique within the question (a, b, c … is fine). */
    id: Id,
    /** What the trainee reads. */
    text: Text,
    /** This option is (one of) the right answer(s). */
    correct: z.boolean().default(false),
    /** Why this option is right or wrong, shown after submitting. */
    feedback: Text,
  })
  .strict();

const base = {
  /** Id, unique within the course; used to save answers and in results. */
  id: Id,
  /** The question. */
  prompt: Text,
  /** The lesson section (its `##` heading text) that teaches this; the feedback links there. */
  section: Text,
  /** Optional note shown after submitting, whatever the answer. */
  explanation: Text.optional(),
  /** Ids from the course's sources.yaml that back a legal or numeric claim in this question. */
  sources: z.array(SlugSchema).min(1).optional(),
};

/** Choose one option. Exactly one option is correct. */
export const SingleSchema = z.object({ ...base, type: z.literal('single'), options: z.array(OptionSchema).min(3).max(6) }).strict();
/** Choose every option that applies. At least two are correct and at least one is not. */
export const MultipleSchema = z.object({ ...base, type: z.literal('multiple'), options: z.array(OptionSchema).min(4).max(7) }).strict();
/** A statement that is true or false. */
export const TrueFalseSchema = z
  .object({
    ...base,
    type: z.literal('truefalse'),
    /** Whether the statement in `prompt` is true. */
    answer: z.boolean(),
    /** Feedback for a trainee who answered 对 (true) and for one who answered 错 (false). */
    feedback: z.object({ true: Text, false: Text }).strict(),
  })
  .strict();
/** Put items in order. Write `items` in the correct order; the page shuffles them. */
export const OrderingSchema = z
  .object({
    ...base,
    type: z.literal('ordering'),
    /** Items in the correct order; each feedback says why it stands where it does. */
    items: z.array(z.object({ id: Id, text: Text, feedback: Text }).strict()).min(3).max(7),
  })
  .strict();
/** Match each left-hand item to its right-hand partner. */
export const MatchingSchema = z
  .object({
    ...base,
    type: z.literal('matching'),
    /** Pairs; the right-hand sides are offered, shuffled, as choices for each left-hand side. */
    pairs: z.array(z.object({ id: Id, left: Text, right: Text, feedback: Text }).strict()).min(3).max(6),
  })
  .strict();
/** Sort items into categories. */
export const CategorizeSchema = z
  .object({
    ...base,
    type: z.literal('categorize'),
    /** The groups, e.g. the four buying roles. */
    categories: z.array(z.object({ id: Id, label: Text }).strict()).min(2).max(5),
    /** Items to sort; `category` is the id of the right group. */
    items: z.array(z.object({ id: Id, text: Text, category: Id, feedback: Text }).strict()).min(3).max(8),
  })
  .strict();

/** Ids within one list must differ: they are how answers are saved. */
function uniqueIds(ctx: z.RefinementCtx, list: { id: string }[], field: string) {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [field, i, 'id'], message: `id "${x.id}" is used twice` });
    seen.add(x.id);
  });
}

export const QuestionSchema = z
  .discriminatedUnion('type', [SingleSchema, MultipleSchema, TrueFalseSchema, OrderingSchema, MatchingSchema, CategorizeSchema])
  .superRefine((q, ctx) => {
    if (q.type === 'single' || q.type === 'multiple') {
      uniqueIds(ctx, q.options, 'options');
      const right = q.options.filter((o) => o.correct).length;
      if (q.type === 'single' && right !== 1) ctx.addIssue({ code: 'custom', path: ['options'], message: `a single-choice question needs exactly one option with correct: true (found ${right})` });
      if (q.type === 'multiple' && (right < 2 || right === q.options.length)) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: `a multiple-choice question needs at least two correct options and at least one wrong one (found ${right} of ${q.options.length} correct)` });
      }
    }
    if (q.type === 'ordering') uniqueIds(ctx, q.items, 'items');
    if (q.type === 'matching') {
      uniqueIds(ctx, q.pairs, 'pairs');
      const rights = new Set(q.pairs.map((p) => p.right));
      if (rights.size !== q.pairs.length) ctx.addIssue({ code: 'custom', path: ['pairs'], message: 'two pairs have the same right-hand text, so the match would be ambiguous' });
    }
    if (q.type === 'categorize') {
      uniqueIds(ctx, q.categories, 'categories');
      uniqueIds(ctx, q.items, 'items');
      const ids = new Set(q.categories.map((c) => c.id));
      q.items.forEach((item, i) => {
        if (!ids.has(item.category)) ctx.addIssue({ code: 'custom', path: ['items', i, 'category'], message: `"${item.category}" is not one of the categories (${[...ids].join(', ')})` });
      });
    }
  });

/** `content/courses/<course>/<locale>/quizzes/<lesson-id>.yaml`: the knowledge check of one lesson. */
export const QuizSchema = z
  .object({
    /** The lesson this bank belongs to; the file is named after it. */
    lesson: Id,
    /** Questions, at least five; the lesson's knowledge check shows them all. */
    questions: z.array(QuestionSchema).min(5),
  })
  .strict()
  .superRefine((quiz, ctx) => uniqueIds(ctx, quiz.questions, 'questions'));

export type Option = z.output<typeof OptionSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type Quiz = z.output<typeof QuizSchema>;
