/*
 * Fit-text for slides, like reveal.js: a slide whose content runs longer than its box is scaled
 * down, but never below MIN_FIT (80 %), so scaling cannot hide a slide that is simply too long:
 * the scale it would need is reported as it is, and tests assert it.
 */

/** The smallest scale a slide is ever shown at. */
export const MIN_FIT = 0.8;

/**
 * A first guess at the scale that makes content of `needed` size fit a box of `available` size:
 * 1 when it fits already, else the smaller of the two ratios, rounded down to a hundredth.
 */
export function fitScale(available: { width: number; height: number }, needed: { width: number; height: number }): number {
  const ratios = [available.width / Math.max(1, needed.width), available.height / Math.max(1, needed.height)].filter(Number.isFinite);
  const r = Math.min(1, ...ratios);
  return r >= 1 ? 1 : Math.max(0, Math.floor(r * 100) / 100);
}

/** The scale actually applied for a needed scale: the needed one, but never below MIN_FIT (nor above 1). */
export const appliedScale = (needed: number) => Math.min(1, Math.max(MIN_FIT, needed));
