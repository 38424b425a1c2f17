import { useEffect, useRef } from 'preact/hooks';
import type { T } from '../../i18n/t.ts';

/** Asks before something that cannot be undone, like the reset dialog: Cancel has the focus. */
export function ConfirmDialog({ title, body, confirm, cancel, danger = false, onConfirm, onClose }: { title: string; body: string; confirm: string; cancel: string; danger?: boolean; t: T; onConfirm: () => void; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog ref={ref} class="am-dialog" aria-labelledby="am-confirm-title" aria-describedby="am-confirm-body" onClose={onClose}>
      <h2 id="am-confirm-title">{title}</h2>
      <p id="am-confirm-body">{body}</p>
      <div class="am-actions">
        <button type="button" class="button quiet" autoFocus onClick={() => ref.current?.close()}>{cancel}</button>
        <button type="button" class={danger ? 'button danger' : 'button'} onClick={() => { onConfirm(); ref.current?.close(); }}>{confirm}</button>
      </div>
    </dialog>
  );
}
