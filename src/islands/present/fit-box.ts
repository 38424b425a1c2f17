import { appliedScale, fitScale } from '../../lib/slides/fit.ts';

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
  fit.style.zoom = '1';
  let needed = 1;
  if (overflows(box)) {
    needed = fitScale({ width: box.clientWidth, height: box.clientHeight }, { width: box.scrollWidth, height: box.scrollHeight });
    fit.style.zoom = String(needed);
    // Re-wrapped text may still run over (or now fit with room to spare): step until it fits, down to half size.
    while (overflows(box) && needed > 0.5) {
      needed = Math.round((needed - 0.02) * 100) / 100;
      fit.style.zoom = String(needed);
    }
  }
  fit.style.zoom = String(appliedScale(needed));
  box.dataset.fitScale = String(needed);
  box.dataset.fitKey = key;
  box.dataset.fitFor = `${box.ownerDocument.documentElement.clientWidth}x${box.ownerDocument.documentElement.clientHeight}`;
}
