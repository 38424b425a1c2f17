/*
 * The site-wide parts of every page (src/layouts/Base.astro): the offline copy, the notice that
 * a new version is ready, and the search shortcut.
 */
import { registerServiceWorker } from '../stores/offline.ts';

registerServiceWorker();

// A new version of the site waits to take over (src/sw/service-worker.js): the notice is loaded
// only then (src/client/update-notice.ts).
const sw = navigator.serviceWorker;
void sw?.getRegistration().then((reg) => {
  const show = (worker: ServiceWorker) => sw.controller && void import('./update-notice.ts').then((m) => m.showUpdate(sw, worker));
  if (reg?.waiting) show(reg.waiting);
  reg?.addEventListener('updatefound', () => {
    const worker = reg.installing;
    worker?.addEventListener('statechange', () => worker.state === 'installed' && show(worker));
  });
});

// "/" or Ctrl+K (⌘K) goes to the search box in the header, from anywhere but a text field.
addEventListener('keydown', (e) => {
  if (e.key === '/' ? !(e.target as Element).matches('input,textarea,select') : e.key === 'k' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    document.getElementById('site-search')?.focus();
  }
});
