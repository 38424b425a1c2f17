import { assetPath } from '../lib/urls.ts';

/*
 * Keeps the site for offline use (src/sw/service-worker.js). Called from the course, home and
 * other pages' scripts and from the lesson islands, not from a lesson's own scripts, which must
 * stay under 3 KB: a trainee who lands on a lesson is covered once its knowledge check shows.
 * Not inside a SCORM package (pages there carry data-index), where the LMS owns the origin, nor
 * on pages the live-class server serves (data-live): a cached page must not outlive the class.
 * Registered from the site's base (data-base), so under /training/ its scope is /training/.
 */
export function registerServiceWorker(): void {
  if (!document.documentElement.dataset.index && !document.documentElement.dataset.live) navigator.serviceWorker?.register(assetPath('sw.js')).catch(() => {});
}
