import type { Progress } from '../../schemas/progress.ts';

export interface ScormReport {
  /** cmi.core.lesson_status */
  status: 'passed' | 'failed' | 'incomplete';
  /** cmi.core.score.raw: the final assessment's best score, once taken. */
  score?: number;
}

/**
 * What the LMS is told: the final assessment decides passed or failed (its best score against the
 * pass mark, which is also the manifest's mastery score); before it is taken, incomplete.
 */
export function scormReport(p: Progress, course: string, passPercent: number): ScormReport {
  const best = p.courses[course]?.assessment?.best;
  if (best === undefined) return { status: 'incomplete' };
  return { status: best >= passPercent ? 'passed' : 'failed', score: best };
}
