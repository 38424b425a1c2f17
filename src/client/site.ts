/*
 * The site-wide parts of every page (src/layouts/Base.astro): the offline copy, the notice that
 * a new version is ready, and the search shortcut.
 */
import { registerServiceWorker } from '../stores/offline.ts';

registerServiceWorker();

/*
 * A new version of the site was deployed: the browser has installed its service worker, which
 * waits (src/sw/service-worker.js). Tell the trainee, and reload into it when they say so.
 * Progress is in localStorage, which an update never touches.
 */
const sw = navigator.serviceWorker;
void sw?.getRegistration().then((reg) => {
  const show = (worker: ServiceWorker) => {
    const box = document.getElementById('progress-notice');
    if (!box || !sw.controller) return;
    box.dataset.status = 'update';
    box.querySelector<HTMLButtonElement>('[data-update]')!.onclick = () => {
      sw.addEventListener('controllerchange', () => location.reload());
      worker.postMessage('skip-waiting');
    };
    box.showPopover();
  };
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
