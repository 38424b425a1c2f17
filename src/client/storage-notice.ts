/* Tells the trainee that saved progress was migrated or repaired, and offers the original as a download. */
import { $, $$ } from './dom.ts';

export function showNotice(n: { status: string; backupKey: string }): void {
  const box = $('#progress-notice');
  if (!box) return;
  for (const msg of $$('[data-notice]', box)) msg.hidden = msg.dataset.notice !== n.status;
  box.hidden = false;
  $('[data-notice-download]', box)!.onclick = () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([localStorage.getItem(n.backupKey) ?? ''], { type: 'application/json' }));
    a.download = 'progress-backup.json';
    a.click();
  };
  $('[data-notice-dismiss]', box)!.onclick = () => (box.hidden = true);
}
