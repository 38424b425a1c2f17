import type { Progress } from '../schemas/progress.ts';
import type { StorageNotice } from './progress-checked.ts';
import { emptyProgress } from '../lib/progress/record.ts';
import { PROGRESS_KEY, readSealed, writeSealed } from '../lib/progress/sealed.ts';
import { observable } from './observable.ts';

/** The trainee's progress, as last read from or written to localStorage. Islands read it with useProgress() (src/islands/use-progress.ts). */
export const progress = observable<Progress>(emptyProgress());
/** Whether `progress` holds the stored record yet (the careful read of an unsealed record is loaded first). */
export const loaded = observable(false);

export type { StorageNotice };

type Checked = typeof import('./progress-checked.ts');
let queue: Promise<unknown> = Promise.resolve();
let pending = 0;
/**
 * Runs `step` with the careful reader and writer (src/stores/progress-checked.ts, loaded the first
 * time a stored record is not sealed), after every step queued before it: the stored record is
 * checked, and backed up if need be, before any write, and other tabs' records are followed in the
 * order they came. While steps wait, everything goes through the queue.
 */
function carefully<T>(step: (m: Checked) => T): Promise<T> {
  pending++;
  const run = queue.then(() => import('./progress-checked.ts')).then(step);
  queue = run.catch((e: unknown) => console.error(e)).finally(() => pending--);
  return run;
}

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
  } else
    started = carefully((m) => {
      const read = m.loadChecked();
      progress.set(read.progress);
      loaded.set(true);
      return read.notice;
    });
  addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    // Another tab wrote the whole record, already including this tab's work (see update).
    const sealed = pending ? undefined : readSealed(localStorage, e.newValue);
    if (sealed !== undefined) progress.set(sealed ?? emptyProgress());
    else
      void carefully((m) => {
        const read = m.followChecked(e.newValue);
        if (read) progress.set(read);
      });
  });
  return started;
}

/**
 * Applies a change to the record as stored now, not to this tab's copy: another tab may have
 * written since this one last heard, and applying to the latest keeps both tabs' work. An
 * unsealed stored record is read the careful way first.
 */
export function update(change: (p: Progress) => Progress): void {
  const latest = pending ? undefined : readSealed(localStorage);
  if (latest === undefined) return void carefully((m) => progress.set(m.updateChecked(progress.get(), change)));
  const next = change(latest ?? progress.get());
  writeSealed(localStorage, next);
  progress.set(next);
}
