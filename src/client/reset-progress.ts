/* <reset-progress> (src/components/ResetProgress.astro): "Reset progress" asks first, in a modal dialog, and then says it is done. */
import { resetCourse } from '../lib/progress/record.ts';
import { update } from '../stores/progress.ts';

customElements.define(
  'reset-progress',
  class extends HTMLElement {
    connectedCallback() {
      const $ = (sel: string) => this.querySelector<HTMLElement>(sel)!;
      const dialog = $('dialog') as HTMLDialogElement;
      $('[data-reset-open]').onclick = () => dialog.showModal();
      $('[data-reset-cancel]').onclick = () => dialog.close();
      $('[data-reset-confirm]').onclick = () => {
        update((p) => resetCourse(p, dialog.dataset.course!));
        dialog.close();
        const status = $('[data-reset-status]');
        status.textContent = status.dataset.text!;
      };
    }
  },
);
