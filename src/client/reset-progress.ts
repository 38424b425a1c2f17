/* "Reset progress" asks first, in a modal dialog, and then says it is done. */
import './course-summary.ts';
import { resetCourse } from '../lib/progress/record.ts';
import { update } from '../stores/progress.ts';
import { $ } from './dom.ts';

const dialog = $<HTMLDialogElement>('dialog[data-reset-dialog]')!;
$('[data-reset-open]')!.onclick = () => dialog.showModal();
$('[data-reset-cancel]', dialog)!.onclick = () => dialog.close();
$('[data-reset-confirm]', dialog)!.onclick = () => {
  update((p) => resetCourse(p, dialog.dataset.course!));
  dialog.close();
  const status = $('[data-reset-status]')!;
  status.textContent = status.dataset.text!;
};
