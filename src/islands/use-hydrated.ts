import { useEffect, useState } from 'preact/hooks';

/**
 * False on the first render, true once the island runs in the browser. Islands that read saved
 * progress render a waiting state until then, so controls are never live before their handlers.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
