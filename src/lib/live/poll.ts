/*
 * The polls a presented deck opens for phones, built by the presenter from what it shows: a class
 * question becomes rows and options exactly as src/lib/slides/tally.ts lays them out (with the ids
 * the results file needs), a scenario decision a one-row vote, a discussion a prompt.
 */
import type { Question } from '../../schemas/quiz.ts';
import type { Picks, Poll } from '../../schemas/live.ts';
import type { Answer } from '../../schemas/answer.ts';
import { presentationOrder } from '../quiz/present.ts';
import { shuffle } from '../quiz/shuffle.ts';
import { trueFalseOptions } from '../quiz/options.ts';
import { tallyModel, type TallyLabels } from '../slides/tally.ts';

/** The same seed as tally.ts, so the ids line up with its rows. */
const seedOf = (q: Question) => `class:${q.id}`;

/** Per row of tallyModel(q): the row's id and its options' ids. */
export function idsOf(q: Question): { row: string; options: string[] }[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return [{ row: '', options: q.options.map((o) => o.id) }];
    case 'truefalse':
      return [{ row: '', options: trueFalseOptions(q, '', '').map((o) => o.id) }];
    case 'ordering':
      return presentationOrder(q, seedOf(q)).map((id) => ({ row: id, options: q.items.map((_, n) => String(n + 1)) }));
    case 'matching': {
      const rights = presentationOrder(q, seedOf(q));
      return q.pairs.map((p) => ({ row: p.id, options: rights }));
    }
    case 'categorize':
      return shuffle(q.items, seedOf(q)).map((item) => ({ row: item.id, options: q.categories.map((c) => c.id) }));
  }
}

export const questionPollId = (q: Question) => `q:${q.id}`;

export function questionPoll(q: Question, labels: TallyLabels, course: string, lesson?: string): Poll {
  const model = tallyModel(q, labels);
  const ids = idsOf(q);
  return {
    id: questionPollId(q),
    kind: 'question',
    qtype: q.type,
    ref: q.id,
    course,
    ...(lesson ? { lesson } : {}),
    prompt: q.prompt,
    rows: model.rows.map((r, i) => ({ id: ids[i]!.row, label: r.label, options: r.options.map((o, j) => ({ id: ids[i]!.options[j]!, text: o.text, correct: o.correct })) })),
  };
}

export const scenarioPollId = (scenario: string, path: readonly number[]) => `s:${scenario}:${path.length}:${path.join('.')}`;

/** A decision of a group scenario: options are the choices available, by their index in the node (as the scenario engine numbers them). */
export function votePoll(scenario: string, path: readonly number[], prompt: string, choices: { index: number; label: string }[], course: string, lesson?: string): Poll {
  return {
    id: scenarioPollId(scenario, path),
    kind: 'vote',
    ref: scenario,
    step: path.length,
    course,
    ...(lesson ? { lesson } : {}),
    prompt,
    rows: [{ id: '', label: '', options: choices.map((c) => ({ id: String(c.index), text: c.label, correct: false })) }],
  };
}

export const promptPollId = (lesson: string, slide: number) => `d:${lesson}:${slide}`;

export function promptPoll(lesson: string, slide: number, prompt: string, course: string): Poll {
  return { id: promptPollId(lesson, slide), kind: 'prompt', ref: `${lesson}-${slide + 1}`, course, lesson, prompt, rows: [] };
}

/** A question's picks as the knowledge check stores an answer (src/schemas/answer.ts). */
export function answerOf(poll: Poll, picks: Picks): Answer {
  const id = (r: number, o: number) => poll.rows[r]!.options[o]!.id;
  switch (poll.qtype) {
    case 'single':
      return id(0, picks[0]![0]!);
    case 'multiple':
      return picks[0]!.map((o) => id(0, o));
    case 'truefalse':
      return id(0, picks[0]![0]!) === 'true';
    case 'ordering':
      // Items by the position each was given; two items given the same position keep the row order.
      return poll.rows.map((row, r) => ({ item: row.id, at: picks[r]![0]! })).sort((a, b) => a.at - b.at).map((x) => x.item);
    default:
      return Object.fromEntries(poll.rows.map((row, r) => [row.id, id(r, picks[r]![0]!)]));
  }
}

/** Whether picks are right on every row (a vote or a prompt is never right or wrong). */
export const isCorrect = (poll: Poll, picks: Picks) =>
  poll.kind === 'question' && poll.rows.every((row, r) => {
    const right = row.options.flatMap((o, i) => (o.correct ? [i] : []));
    const got = picks[r] ?? [];
    return right.length === got.length && right.every((i) => got.includes(i));
  });
