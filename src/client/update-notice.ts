/*
 * A new version of the site was deployed: the browser has installed its service worker, which
 * waits (src/sw/service-worker.js). Tell the trainee, and reload into it when they say so.
 * Progress is in localStorage, which an update never touches.
 */
export async function watchForUpdates(): Promise<void> {
  const sw = navigator.serviceWorker;
  const reg = await sw?.getRegistration();
  if (!sw || !reg) return;
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
  if (reg.waiting) show(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const worker = reg.installing;
    worker?.addEventListener('statechange', () => worker.state === 'installed' && show(worker));
  });
}
