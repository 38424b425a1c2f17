/*
 * Tells the trainee that saved progress was migrated or repaired, and offers the original as a
 * download. The notice is a popover: its message follows data-status in CSS, and its dismiss
 * button closes it without script (src/components/ProgressNotice.astro).
 */
export function showNotice(n: { status: string; backupKey: string }): void {
  const box = document.getElementById('progress-notice');
  if (!box) return;
  box.dataset.status = n.status;
  box.querySelector('a')!.href = URL.createObjectURL(new Blob([localStorage.getItem(n.backupKey) ?? '']));
  box.showPopover();
}
