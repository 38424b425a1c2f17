import { describe, expect, it } from 'vitest';
import { drawAssessment, type Drawable } from '../../src/lib/quiz/draw.ts';

/** n lessons with k questions each: ids like l2-q3. */
const pool = (n: number, k: number): Drawable[] =>
  Array.from({ length: n }, (_, l) => Array.from({ length: k }, (_, q) => ({ id: `l${l}-q${q}`, lesson: `l${l}` }))).flat();
const lessonOf = (id: string) => id.split('-')[0]!;
const perLesson = (ids: string[]) => ids.reduce((m, id) => m.set(lessonOf(id), (m.get(lessonOf(id)) ?? 0) + 1), new Map<string, number>());

describe('drawAssessment', () => {
  it.each([
    ['8 lessons × 6, draw 20', 8, 6, 20],
    ['8 lessons × 6, draw 8', 8, 6, 8],
    ['3 lessons × 10, draw 20', 3, 10, 20],
    ['5 lessons × 2, draw 7', 5, 2, 7],
  ])('%s: right size, no duplicates, every lesson covered, shares differ by at most one', (_, n, k, size) => {
    const ids = drawAssessment(pool(n, k), { size, seed: 's' });
    expect(ids).toHaveLength(size);
    expect(new Set(ids).size).toBe(size);
    const counts = [...perLesson(ids).values()];
    expect(counts).toHaveLength(Math.min(n, size));
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('is reproducible for a seed and varies between seeds', () => {
    const p = pool(8, 6);
    expect(drawAssessment(p, { size: 20, seed: 'a' })).toEqual(drawAssessment(p, { size: 20, seed: 'a' }));
    expect(drawAssessment(p, { size: 20, seed: 'a' })).not.toEqual(drawAssessment(p, { size: 20, seed: 'b' }));
  });

  it('avoids every question of the last attempt when the banks allow', () => {
    const p = pool(8, 6);
    const first = drawAssessment(p, { size: 20, seed: 'one' });
    const second = drawAssessment(p, { size: 20, seed: 'two', avoid: first });
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  it('repeats only as many as it must when the banks are small', () => {
    const p = pool(4, 3); // 12 questions, draw 8: the second draw has only 4 fresh ones
    const first = drawAssessment(p, { size: 8, seed: 'one' });
    const second = drawAssessment(p, { size: 8, seed: 'two', avoid: first });
    expect(second.filter((id) => first.includes(id))).toHaveLength(4);
    expect(p.map((q) => q.id).filter((id) => !first.includes(id)).every((id) => second.includes(id))).toBe(true);
  });

  it('gives the extra questions to lessons that still have fresh ones', () => {
    const p = [...pool(2, 4), { id: 'l2-q0', lesson: 'l2' }];
    const ids = drawAssessment(p, { size: 5, seed: 's', avoid: ['l0-q0', 'l0-q1', 'l0-q2'] });
    expect(perLesson(ids).get('l2')).toBe(1);
    expect(perLesson(ids).get('l1')).toBe(2);
  });

  it('draws everything when asked for more than there is, and nothing from nothing', () => {
    expect(drawAssessment(pool(2, 2), { size: 20, seed: 's' }).sort()).toEqual(['l0-q0', 'l0-q1', 'l1-q0', 'l1-q1']);
    expect(drawAssessment([], { size: 20, seed: 's' })).toEqual([]);
    expect(drawAssessment(pool(2, 2), { size: 0, seed: 's' })).toEqual([]);
  });
});
