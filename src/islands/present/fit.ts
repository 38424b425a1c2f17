import { useLayoutEffect, useRef } from 'preact/hooks';
import { fitBox } from './fit-box.ts';

/** Fits a slide box after every render and whenever its size changes (window resized, fonts loaded); `key` names what it shows. */
export function useFit<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    fitBox(box, key);
    const ro = new ResizeObserver(() => fitBox(box, key));
    ro.observe(box);
    let live = true;
    void document.fonts?.ready.then(() => live && fitBox(box, key));
    return () => {
      live = false;
      ro.disconnect();
    };
  });
  return ref;
}
