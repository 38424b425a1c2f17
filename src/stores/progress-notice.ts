import { startProgress } from './progress.ts';

/*
 * Starts progress on a page (src/client/progress-page.ts for page scripts, src/islands/boot.ts for
 * islands) and tells the trainee when the saved record was migrated or repaired, with the original
 * as a download. The notice is the popover of src/components/ProgressNotice.astro: its message
 * follows data-status in CSS, and its dismiss button closes it without script. Shown once per page,
 * whichever starts first.
 */
let shown = false;
export function startProgressWithNotice(): void {
  const n = startProgress();
  if (!n || shown) return;
  shown = true;
  const box = document.getElementById('progress-notice');
  if (!box) return;
  box.dataset.status = n.status;
  box.querySelector('a')!.href = URL.createObjectURL(new Blob([localStorage.getItem(n.backupKey) ?? '']));
  box.showPopover();
}
