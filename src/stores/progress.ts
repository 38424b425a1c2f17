import type { Progress } from '../schemas/progress.ts';
import type { ReadOutcome } from '../lib/progress/read.ts';
import { emptyProgress } from '../lib/progress/record.ts';
import { PROGRESS_KEY, readSealed, writeSealed } from '../lib/progress/sealed.ts';
import { observable } from './observable.ts';

/** The trainee's progress, as last read from or written to localStorage. Islands read it with useProgress() (src/islands/use-progress.ts). */
export const progress = observable<Progress>(emptyProgress());
/** Whether `progress` holds the stored record yet (the careful read of an unsealed record is loaded first). */
export const loaded = observable(false);

/** What happened when the stored record could not be used as it was, and where the original was kept. */
export type StorageNotice = { status: Exclude<ReadOutcome['status'], 'ok' | 'empty'>; backupKey: string };

/** The careful reader and writer (src/stores/progress-checked.ts), loaded when the stored record is not sealed. */
const checked = () => import('./progress-checked.ts');

let started: Promise<StorageNotice | null> | null = null;

/**
 * Reads the stored record once per page and follows changes other tabs make. A sealed record (see
 * src/lib/progress/sealed.ts) is read at once; anything else is checked, repaired and backed up
 * first. Every call returns the notice of that first read, if any, so whichever script starts
 * first, the page can show it.
 */
export function startProgress(): Promise<StorageNotice | null> {
  if (started) return started;
  if (typeof localStorage === 'undefined') return Promise.resolve(null);
  const sealed = readSealed(localStorage);
  if (sealed !== undefined) {
    progress.set(sealed ?? emptyProgress());
    loaded.set(true);
    started = Promise.resolve(null);
  } else started = checked().then((m) => m.loadChecked());
  addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    // Another tab wrote the whole record, already including this tab's work (see update).
    const sealed = readSealed(localStorage, e.newValue);
    if (sealed !== undefined) progress.set(sealed ?? emptyProgress());
    else void checked().then((m) => m.followChecked(e.newValue));
  });
  return started;
}

/**
 * Applies a change to the record as stored now, not to this tab's copy: another tab may have
 * written since this one last heard, and applying to the latest keeps both tabs' work. An
 * unsealed stored record is read the careful way first.
 */
export function update(change: (p: Progress) => Progress): void {
  const latest = readSealed(localStorage);
  if (latest === undefined) return void checked().then((m) => m.updateChecked(change));
  const next = change(latest ?? progress.get());
  writeSealed(localStorage, next);
  progress.set(next);
}
