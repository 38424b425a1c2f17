import type { StorageNotice } from './progress.ts';

/**
 * The notice is the popover of src/components/ProgressNotice.astro: its message follows
 * data-status in CSS, its link downloads the original record, and its dismiss button closes it
 * without script.
 */
export function showStorageNotice(n: StorageNotice): void {
  const box = document.getElementById('progress-notice');
  if (!box) return;
  box.dataset.status = n.status;
  box.querySelector('a')!.href = URL.createObjectURL(new Blob([localStorage.getItem(n.backupKey) ?? '']));
  box.showPopover();
}
