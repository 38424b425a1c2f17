import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/quiz.ts';
import { trueFalseOptions } from '../../src/lib/quiz/options.ts';
import { tallyModel } from '../../src/lib/slides/tally.ts';
import { idsOf } from '../../src/lib/live/poll.ts';
import { scoreShare } from '../../src/lib/scenario/meter.ts';

type TrueFalse = Extract<Question, { type: 'truefalse' }>;
const tf = (answer: boolean): TrueFalse => ({ id: 't', type: 'truefalse', prompt: '问', section: '节', answer, feedback: { true: 'why true', false: 'why false' } });

describe('trueFalseOptions: the two options every view of a true/false question offers', () => {
  it.each([
    [true, [{ id: 'true', value: true, text: '对', correct: true, feedback: 'why true' }, { id: 'false', value: false, text: '错', correct: false, feedback: 'why false' }]],
    [false, [{ id: 'true', value: true, text: '对', correct: false, feedback: 'why true' }, { id: 'false', value: false, text: '错', correct: true, feedback: 'why false' }]],
  ])('answer %s', (answer, expected) => {
    expect(trueFalseOptions(tf(answer), '对', '错')).toEqual(expected);
  });

  it('the class tally and the live poll offer the same options, in the same order', () => {
    const q = tf(false);
    const options = trueFalseOptions(q, 'True', 'False');
    expect(tallyModel(q, { yes: 'True', no: 'False', position: String }).rows[0]!.options).toEqual(options.map(({ text, correct, feedback }) => ({ text, correct, feedback })));
    expect(idsOf(q)).toEqual([{ row: '', options: options.map((o) => o.id) }]);
  });
});

describe('scoreShare: how full a score bar is', () => {
  it.each([
    ['the worst score', 0, 10, 0, 0],
    ['the best score', 10, 10, 0, 1],
    ['halfway', 5, 10, 0, 0.5],
    ['a range below zero', -2, 4, -4, 0.25],
    ['best equals worst', 3, 3, 3, 1],
    ['above the best (scenario edited since)', 12, 10, 0, 1],
    ['below the worst (scenario edited since)', -3, 10, 0, 0],
  ])('%s: %d of %d..%d → %d', (_, score, best, worst, share) => {
    expect(scoreShare(score, best, worst)).toBe(share);
  });
});
