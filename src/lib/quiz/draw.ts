import { shuffle } from './shuffle.ts';

/** A question as the draw sees it: its id and the lesson whose bank holds it. */
export interface Drawable {
  id: string;
  lesson: string;
}

export interface DrawOptions {
  /** How many questions to draw (fewer if the banks hold fewer). */
  size: number;
  /** Seed for this attempt; the same seed gives the same draw. */
  seed: string;
  /** Question ids of the previous attempt, avoided where a bank has others to offer. */
  avoid?: readonly string[];
}

/**
 * Draws an assessment: every lesson gets an equal share (the remainder goes to lessons with the
 * most questions not just seen), questions not in the previous attempt come first, and the result
 * is shuffled. Lessons are taken in the order given.
 */
export function drawAssessment(pool: readonly Drawable[], { size, seed, avoid = [] }: DrawOptions): string[] {
  const lessons = [...new Set(pool.map((q) => q.lesson))];
  if (!lessons.length || size <= 0) return [];
  const seen = new Set(avoid);
  // Each lesson's questions, fresh ones first, each group in a seeded order.
  const ranked = new Map(
    lessons.map((lesson) => {
      const own = shuffle(pool.filter((q) => q.lesson === lesson), `${seed}:${lesson}`);
      return [lesson, [...own.filter((q) => !seen.has(q.id)), ...own.filter((q) => seen.has(q.id))]];
    }),
  );
  const fresh = (lesson: string) => ranked.get(lesson)!.filter((q) => !seen.has(q.id)).length;
  const quota = new Map(lessons.map((l) => [l, 0]));
  let left = Math.min(size, pool.length);
  // Hand out one question per lesson per round; within a round, lessons with more fresh questions first.
  while (left > 0) {
    const open = lessons.filter((l) => quota.get(l)! < ranked.get(l)!.length);
    const round = [...open].sort((a, b) => fresh(b) - quota.get(b)! - (fresh(a) - quota.get(a)!));
    for (const l of round.slice(0, left)) quota.set(l, quota.get(l)! + 1);
    left -= Math.min(left, round.length);
  }
  const picked = lessons.flatMap((l) => ranked.get(l)!.slice(0, quota.get(l)).map((q) => q.id));
  return shuffle(picked, `${seed}:order`);
}
