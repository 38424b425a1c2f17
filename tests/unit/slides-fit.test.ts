import { describe, expect, it } from 'vitest';
import { appliedScale, fitScale, MIN_FIT } from '../../src/lib/slides/fit.ts';
import { keyAction } from '../../src/islands/present/keys.ts';

describe('fit-text scale', () => {
  it.each<[string, [number, number], [number, number], number]>([
    ['fits already', [1280, 720], [1200, 700], 1],
    ['exactly fits', [1280, 720], [1280, 720], 1],
    ['too tall', [1280, 720], [1280, 800], 0.9],
    ['too wide', [1000, 720], [1250, 720], 0.8],
    ['both: the smaller ratio', [1000, 700], [1100, 1000], 0.7],
    ['rounded down to a hundredth', [1000, 1000], [1000, 1003], 0.99],
    ['an empty box never divides by zero', [0, 0], [0, 0], 0],
  ])('%s', (what, [aw, ah], [nw, nh], scale) => expect(fitScale({ width: aw, height: ah }, { width: nw, height: nh }), what).toBe(scale));

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
