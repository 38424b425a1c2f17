/*
 * A new version of the site was deployed: the browser has installed its service worker, which
 * waits (src/sw/service-worker.js). Tell the trainee, and reload into it when they say so.
 * Progress is in localStorage, which an update never touches. Loaded by src/client/site.ts only
 * when a new version waits.
 */
export function showUpdate(sw: ServiceWorkerContainer, worker: ServiceWorker): void {
  const box = document.getElementById('progress-notice');
  if (!box) return;
  box.dataset.status = 'update';
  box.querySelector<HTMLButtonElement>('[data-update]')!.onclick = () => {
    sw.addEventListener('controllerchange', () => location.reload());
    worker.postMessage('skip-waiting');
  };
  box.showPopover();
}
