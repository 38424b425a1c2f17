import { assetPath } from '../lib/urls.ts';

/*
 * Keeps the site for offline use (src/sw/service-worker.js). Called by src/client/site.ts on every
 * page and by src/islands/boot.ts; registering twice is a no-op for the browser. Not inside a
 * SCORM package (pages there carry data-index), where the LMS owns the origin, nor on pages the
 * live-class server serves (data-live): a cached page must not outlive the class.
 * Registered from the site's base (data-base), so under /training/ its scope is /training/.
 */
export function registerServiceWorker(): void {
  const d = document.documentElement.dataset;
  if (!d.index && !d.live) navigator.serviceWorker?.register(assetPath('sw.js')).catch(() => {});
}
