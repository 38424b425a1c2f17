import { useLayoutEffect, useRef } from 'preact/hooks';
import { fitBox } from './fit-box.ts';

/**
 * Fits a slide box when what it shows changes and whenever its size changes (window resized,
 * fonts loaded). `key` names the slide; `content` changes whenever its content may have (a tally,
 * a reveal), so the clock ticking every second does not refit.
 */
export function useFit<T extends HTMLElement>(key: string, content = '') {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const size = () => `${box.clientWidth}x${box.clientHeight}`;
    fitBox(box, key);
    let fitted = size();
    // Refit when the box changes size (not when fitting itself shows or hides a scrollbar).
    const ro = new ResizeObserver(() => {
      if (size() === fitted && box.dataset.fitFor === `${document.documentElement.clientWidth}x${document.documentElement.clientHeight}`) return;
      fitBox(box, key);
      fitted = size();
    });
    ro.observe(box);
    let live = true;
    void document.fonts?.ready.then(() => live && fitBox(box, key));
    return () => {
      live = false;
      ro.disconnect();
    };
  }, [key, content]);
  return ref;
}
