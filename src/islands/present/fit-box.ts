import { appliedScale, largestFittingScale } from '../../lib/slides/fit.ts';

const overflows = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;

/**
 * Scales the `.fit` content of a slide box down until it fits (CSS zoom, so text re-wraps and the
 * layout stays true), never showing it below 80 %. Marks the box with the scale the content needed
 * (`data-fit-scale`, which may be below 0.8 for a slide that is too long), the window size it was
 * fitted for (`data-fit-for="1280x720"`) and what it showed (`data-fit-key`, the slide number), so
 * tests can wait for the fit and assert it.
 */
export function fitBox(box: HTMLElement, key = '') {
  const fit = box.querySelector<HTMLElement>(':scope > .fit');
  if (!fit) return;
  const fits = (scale: number) => {
    fit.style.zoom = String(scale);
    return !overflows(box);
  };
  // Measure without scrollbars, which would come and go with each trial and change the box.
  const overflow = box.style.overflow;
  box.style.overflow = 'hidden';
  const needed = largestFittingScale(fits);
  fit.style.zoom = String(appliedScale(needed));
  box.style.overflow = overflow;
  box.dataset.fitScale = String(needed);
  box.dataset.fitKey = key;
  box.dataset.fitFor = `${box.ownerDocument.documentElement.clientWidth}x${box.ownerDocument.documentElement.clientHeight}`;
}
