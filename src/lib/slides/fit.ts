/*
 * Fit-text for slides, like reveal.js: a slide whose content runs longer than its box is scaled
 * down, but never below MIN_FIT (80 %), so scaling cannot hide a slide that is simply too long:
 * the scale it would need is reported as it is, and tests assert it.
 */

/** The smallest scale a slide is ever shown at. */
export const MIN_FIT = 0.8;

/**
 * The largest scale, to a hundredth, at which content fits, given a test `fits(scale)` that lays it
 * out at that scale: 1 when it fits as it is, else a binary search between `floor` (returned when
 * even that does not fit) and 0.99. Re-wrapped text changes the height, so the scale is searched
 * for rather than taken from the ratio of sizes. Assumes that what fits at a scale fits at any
 * smaller one.
 */
export function largestFittingScale(fits: (scale: number) => boolean, floor = 0.5): number {
  if (fits(1)) return 1;
  let lo = Math.round(floor * 100);
  let hi = 99;
  if (!fits(lo / 100)) return lo / 100;
  while (hi > lo) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid / 100)) lo = mid;
    else hi = mid - 1;
  }
  return lo / 100;
}

/** The scale actually applied for a needed scale: the needed one, but never below MIN_FIT (nor above 1). */
export const appliedScale = (needed: number) => Math.min(1, Math.max(MIN_FIT, needed));
