import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/schemas/answer.ts';
import { QuestionSchema, type Question } from '../../src/schemas/quiz.ts';
import { isComplete, scoreQuestion, scoreQuiz } from '../../src/lib/quiz/score.ts';

const base = { prompt: '题干', section: '某节' };
const fb = '理由。';
const q = (x: Record<string, unknown>) => QuestionSchema.parse({ ...base, ...x }) as Question;

const single = q({ id: 's', type: 'single', options: [{ id: 'a', text: 'A', correct: true, feedback: fb }, { id: 'b', text: 'B', feedback: fb }, { id: 'c', text: 'C', feedback: fb }] });
const multiple = q({ id: 'm', type: 'multiple', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, correct: id === 'a' || id === 'b', feedback: fb })) });
const truefalse = q({ id: 't', type: 'truefalse', answer: false, feedback: { true: fb, false: fb } });
const ordering = q({ id: 'o', type: 'ordering', items: ['1', '2', '3', '4'].map((id) => ({ id: `i${id}`, text: id, feedback: fb })) });
const matching = q({ id: 'x', type: 'matching', pairs: ['a', 'b', 'c', 'd'].map((id) => ({ id, left: id, right: id.toUpperCase(), feedback: fb })) });
const categorize = q({
  id: 'c', type: 'categorize',
  categories: [{ id: 'gov', label: '政府' }, { id: 'soe', label: '国企' }],
  items: [{ id: 'i1', text: '1', category: 'gov', feedback: fb }, { id: 'i2', text: '2', category: 'gov', feedback: fb }, { id: 'i3', text: '3', category: 'soe', feedback: fb }, { id: 'i4', text: '4', category: 'soe', feedback: fb }],
});

describe('scoreQuestion', () => {
  it.each<[string, Question, Answer | undefined, number]>([
    ['single: the right option', single, 'a', 1],
    ['single: a wrong option', single, 'b', 0],
    ['single: an option that does not exist', single, 'z', 0],
    ['single: no answer', single, undefined, 0],
    ['single: a list instead of an id', single, ['a'], 0],
    ['true/false: right', truefalse, false, 1],
    ['true/false: wrong', truefalse, true, 0],
    ['true/false: the string "false" is not an answer', truefalse, 'false', 0],
    ['multiple: exactly the right set', multiple, ['b', 'a'], 1],
    ['multiple: half of the right ones', multiple, ['a'], 0.5],
    ['multiple: one right, one wrong', multiple, ['a', 'c'], 0],
    ['multiple: both right plus one wrong', multiple, ['a', 'b', 'c'], 0.5],
    ['multiple: everything chosen earns nothing', multiple, ['a', 'b', 'c', 'd'], 0],
    ['multiple: only wrong ones never goes below zero', multiple, ['c', 'd'], 0],
    ['multiple: the same id twice counts once', multiple, ['a', 'a'], 0.5],
    ['multiple: no answer', multiple, undefined, 0],
    ['ordering: the right order', ordering, ['i1', 'i2', 'i3', 'i4'], 1],
    ['ordering: two neighbours swapped (5 of 6 pairs)', ordering, ['i2', 'i1', 'i3', 'i4'], 0.833],
    ['ordering: the last moved first (3 of 6 pairs)', ordering, ['i4', 'i1', 'i2', 'i3'], 0.5],
    ['ordering: reversed', ordering, ['i4', 'i3', 'i2', 'i1'], 0],
    ['ordering: an item missing', ordering, ['i1', 'i2', 'i3'], 0],
    ['ordering: not a list', ordering, 'i1', 0],
    ['matching: all pairs', matching, { a: 'a', b: 'b', c: 'c', d: 'd' }, 1],
    ['matching: two crossed', matching, { a: 'b', b: 'a', c: 'c', d: 'd' }, 0.5],
    ['matching: one answered', matching, { a: 'a' }, 0.25],
    ['matching: a list instead of a map', matching, ['a'], 0],
    ['categorize: all placed right', categorize, { i1: 'gov', i2: 'gov', i3: 'soe', i4: 'soe' }, 1],
    ['categorize: three of four', categorize, { i1: 'gov', i2: 'soe', i3: 'soe', i4: 'soe' }, 0.75],
    ['categorize: all in one group', categorize, { i1: 'gov', i2: 'gov', i3: 'gov', i4: 'gov' }, 0.5],
    ['categorize: unknown group', categorize, { i1: 'npo', i2: 'npo', i3: 'npo', i4: 'npo' }, 0],
  ])('%s → %s', (_, question, answer, expected) => {
    const { score, correct } = scoreQuestion(question, answer);
    expect(score).toBe(expected);
    expect(correct).toBe(expected === 1);
  });
});

describe('scoreQuiz', () => {
  const all = [single, multiple, truefalse, ordering, matching];
  it.each<[string, Record<string, Answer>, number]>([
    ['all right', { s: 'a', m: ['a', 'b'], t: false, o: ['i1', 'i2', 'i3', 'i4'], x: { a: 'a', b: 'b', c: 'c', d: 'd' } }, 100],
    ['nothing answered', {}, 0],
    ['partial credit adds up', { s: 'a', m: ['a'], t: false }, 50],
    ['rounds to a whole percent', { s: 'a', o: ['i2', 'i1', 'i3', 'i4'] }, 37],
  ])('%s → %s%%', (_, answers, expected) => {
    expect(scoreQuiz(all, answers)).toBe(expected);
  });
  it('an empty quiz scores 0', () => expect(scoreQuiz([], {})).toBe(0));
});

describe('isComplete', () => {
  it.each<[string, Question, Answer | undefined, boolean]>([
    ['single answered', single, 'b', true],
    ['single not answered', single, undefined, false],
    ['true/false answered 错', truefalse, false, true],
    ['multiple with nothing ticked', multiple, [], false],
    ['multiple with one ticked', multiple, ['c'], true],
    ['ordering with every item', ordering, ['i4', 'i3', 'i2', 'i1'], true],
    ['ordering with an item missing', ordering, ['i1'], false],
    ['matching with a row empty', matching, { a: 'a', b: 'b', c: 'c' }, false],
    ['matching with every row', matching, { a: 'b', b: 'a', c: 'c', d: 'd' }, true],
    ['categorize with a row empty', categorize, { i1: 'gov' }, false],
  ])('%s → %s', (_, question, answer, expected) => {
    expect(isComplete(question, answer)).toBe(expected);
  });
});
