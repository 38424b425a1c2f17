import { useEffect, useRef, useState } from 'preact/hooks';
import type { T } from '../../i18n/t.ts';

export type NamePurpose = 'new' | 'rename' | 'duplicate' | 'copy';

/** Asks for an account's name (new, rename, duplicate, copy of the example) in a modal dialog; Escape or Cancel closes it. */
export function NameDialog({ purpose, initial, t, onName, onClose }: { purpose: NamePurpose; initial: string; t: T; onName: (name: string) => void; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initial);
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog ref={ref} class="am-dialog" aria-labelledby="am-name-title" onClose={onClose}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); if (name.trim()) onName(name.trim()); }}>
        <h2 id="am-name-title">{t(`accountMap.nameTitle.${purpose}`)}</h2>
        <div class="am-field">
          <label class="am-label" for="am-name">{t('accountMap.name')}</label>
          <input id="am-name" type="text" required maxLength={80} value={name} autoFocus onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <p class="am-hint">{t('accountMap.nameHint')}</p>
        <div class="am-actions">
          <button type="button" class="button quiet" onClick={() => ref.current?.close()}>{t('accountMap.cancel')}</button>
          <button type="submit" class="button">{t('accountMap.save')}</button>
        </div>
      </form>
    </dialog>
  );
}
