import { describe, expect, it } from 'vitest';
import { appliedScale, largestFittingScale, MIN_FIT } from '../../src/lib/slides/fit.ts';
import { keyAction } from '../../src/islands/present/keys.ts';

describe('fit-text scale', () => {
  // Content that fits from `at` down, counting how many layouts the search needs.
  const search = (at: number) => {
    const tried: number[] = [];
    const scale = largestFittingScale((s) => (tried.push(s), s <= at));
    return { scale, layouts: tried.length };
  };
  it.each<[string, number, number]>([
    ['fits as it is', 1, 1],
    ['needs a little', 0.93, 0.93],
    ['needs exactly 80 %', 0.8, 0.8],
    ['needs more than fit-text may give: reported as it is', 0.64, 0.64],
    ['fits nowhere above the floor: the floor', 0.3, 0.5],
    ['between hundredths: rounded down', 0.875, 0.87],
  ])('%s', (what, at, scale) => expect(search(at).scale, what).toBe(scale));

  it('takes a handful of layouts, not one per hundredth', () => expect(search(0.81).layouts).toBeLessThanOrEqual(8));

  it.each<[number, number]>([[1, 1], [0.9, 0.9], [0.8, 0.8], [0.79, MIN_FIT], [0.3, MIN_FIT], [1.4, 1]])('needing %d shows at %d (never below 80 %)', (needed, shown) => expect(appliedScale(needed)).toBe(shown));
});

describe('presenter keys', () => {
  const key = (k: string, target = 'BODY') => keyAction({ key: k, target: { tagName: target }, altKey: false, ctrlKey: false, metaKey: false } as unknown as KeyboardEvent, 4);
  it.each<[string, string, unknown]>([
    ['O opens the overview', 'o', 'overview'],
    ['G opens go-to-slide', 'G', 'goto'],
    ['digits still tally', '3', { tally: 2 }],
    ['[ and ] change the tally row', ']', { rowBy: 1 }],
    ['R reveals', 'r', { type: 'reveal', slide: 4 }],
    ['→ moves on', 'ArrowRight', { type: 'next' }],
  ])('%s', (what, k, expected) => expect(key(k), what).toEqual(expected));

  it('a digit typed into the go-to field is the field’s, not a tally', () => expect(key('3', 'INPUT')).toBeNull());
});
