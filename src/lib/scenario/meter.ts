/**
 * How far a score is from the worst possible towards the best, 0 to 1, for the bar beside it:
 * a dimension whose best and worst are equal shows full, and a score outside the range (a
 * scenario edited since the play) is held to it.
 */
export function scoreShare(score: number, best: number, worst: number): number {
  if (best === worst) return 1;
  return Math.max(0, Math.min(1, (score - worst) / (best - worst)));
}
