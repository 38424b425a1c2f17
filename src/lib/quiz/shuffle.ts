/*
 * Seeded shuffling: the same seed always gives the same order, so a trainee who reloads sees the
 * options where they were, and tests can name the order they expect.
 */

import { hash } from '../hash.ts';

export { hash };

/** A small, fast pseudo-random generator (mulberry32) giving numbers in [0, 1). */
export function random(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates) determined by `seed`; the input is not changed. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A shuffle that never returns the original order when there is another: an ordering question
 * shown already solved teaches nothing.
 */
export function shuffleAway<T>(items: readonly T[], seed: string): T[] {
  const out = shuffle(items, seed);
  if (items.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift()!);
  return out;
}
