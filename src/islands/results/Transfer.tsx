import { useRef, useState } from 'preact/hooks';
import type { Progress } from '../../schemas/progress.ts';
import type { AccountMap } from '../../schemas/account-map.ts';
import { applyMerge, completedByCourse, planMerge } from '../../lib/account-map/rules.ts';
import { updateMaps } from '../../stores/account-maps.ts';
import type { ResultsFile } from '../../schemas/results.ts';
import { resultsErrorMessage } from '../../lib/results/errors.ts';
import { hasProgress, mergeProgress } from '../../lib/progress/merge.ts';
import { update } from '../../stores/progress.ts';
import { readName, saveName } from '../../stores/name.ts';
import { saveFile } from './save-file.ts';

// The results file's module brings zod (its schema validates an import): loaded when a file is
// chosen or saved, not with the page.
const resultsFile = () => import('../../lib/results/file.ts');
import type { T, UiKey } from '../../i18n/t.ts';

interface Props {
  progress: Progress;
  /** The trainee's account maps: the completion flags always go into the file, the maps only when ticked. */
  maps: readonly AccountMap[];
  csv: () => string;
  t: T;
}

/** Export to JSON or CSV; import a JSON file, validated, merged after asking when there is progress to keep. */
export function Transfer({ progress, maps, csv, t }: Props) {
  const [includeMaps, setIncludeMaps] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<{ name: string; file: ResultsFile } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const day = new Date().toISOString().slice(0, 10);

  const apply = (name: string, file: ResultsFile) => {
    update((p) => mergeProgress(p, file.progress));
    // Shared maps merge by id, the newer copy winning, as on the account-map page.
    const shared = file.accountMaps.maps;
    if (shared?.length) updateMaps((mine) => applyMerge(mine, planMerge(mine, shared)));
    if (file.name && !readName()) saveName(file.name);
    setMessage({ error: false, text: t('transfer.done', { file: name }) });
  };
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    const { parseResults } = await resultsFile();
    const parsed = parseResults(await f.text());
    if (!parsed.ok) {
      const { key, params } = resultsErrorMessage(parsed.error, f.name);
      return setMessage({ error: true, text: t(key as UiKey, params) });
    }
    if (!hasProgress(progress)) return apply(f.name, parsed.file);
    setPending({ name: f.name, file: parsed.file });
    dialog.current?.showModal();
  };

  const exportJson = async () => {
    const { exportResults } = await resultsFile();
    const file = exportResults(progress, new Date(), readName() || undefined, { accountMaps: { completed: completedByCourse(maps), ...(includeMaps ? { maps: [...maps] } : {}) } });
    saveFile(`${t('results.title')}-${day}.json`, JSON.stringify(file, null, 2), 'application/json');
  };

  return (
    <section aria-labelledby="transfer-title" class="transfer no-print">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <label class="include-maps">
        <input type="checkbox" checked={includeMaps} onChange={(e) => setIncludeMaps((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('transfer.includeMaps', { n: maps.length })}
      </label>
      <p class="muted small">{t('transfer.includeMapsHint')}</p>
      <div class="actions">
        <button type="button" class="button secondary" onClick={exportJson}>{t('transfer.exportJson')}</button>
        <button type="button" class="button secondary" onClick={() => saveFile(`${t('results.title')}-${day}.csv`, csv(), 'text/csv')}>{t('transfer.exportCsv')}</button>
      </div>
      <label class="file-field">
        {t('transfer.import')}
        <input type="file" accept="application/json,.json" onChange={onFile} />
      </label>
      <p class="muted small">{t('transfer.importHint')}</p>
      {message && <p class={message.error ? 'import-error' : 'import-ok'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <dialog ref={dialog} aria-labelledby="merge-title" aria-describedby="merge-body" onClose={() => setPending(null)}>
        <h2 id="merge-title">{t('transfer.confirmTitle')}</h2>
        <p id="merge-body">{t('transfer.confirmBody')}</p>
        <div class="actions">
          <button type="button" class="button quiet" onClick={() => dialog.current?.close()}>{t('transfer.cancel')}</button>
          <button type="button" class="button" onClick={() => { if (pending) apply(pending.name, pending.file); dialog.current?.close(); }}>{t('transfer.confirm')}</button>
        </div>
      </dialog>
    </section>
  );
}
