/*
 * The careful reading and writing of the progress record (src/lib/progress/storage.ts: every
 * stored text checked, repaired and backed up), loaded by src/stores/progress.ts only when the
 * stored record has no valid seal: the first visit after an update, a record changed by hand, damage.
 * It returns what it read or wrote; the store publishes it.
 */
import type { Progress } from '../schemas/progress.ts';
import { readProgress } from '../lib/progress/read.ts';
import { commit, load } from '../lib/progress/storage.ts';
import type { ReadOutcome } from '../lib/progress/read.ts';

/** What happened when the stored record could not be used as it was, and where the original was kept. */
export type StorageNotice = { status: Exclude<ReadOutcome['status'], 'ok' | 'empty'>; backupKey: string };

/** The stored record, checked (the unusable original backed up), and the notice the trainee gets if it had to be. */
export function loadChecked(): { progress: Progress; notice: StorageNotice | null } {
  const { outcome, backupKey } = load(localStorage, Date.now());
  if (!backupKey || outcome.status === 'ok' || outcome.status === 'empty') return { progress: outcome.progress, notice: null };
  if ('problems' in outcome) console.warn(outcome.problems);
  return { progress: outcome.progress, notice: { status: outcome.status, backupKey } };
}

/** Applies `change` to the record as stored (checked), or to `current` when nothing usable is stored. */
export const updateChecked = (current: Progress, change: (p: Progress) => Progress): Progress => commit(localStorage, current, change);

/** What another tab stored, checked: undefined when nothing of it is usable. */
export function followChecked(text: string | null): Progress | undefined {
  const read = readProgress(text);
  return read.status === 'reset' ? undefined : read.progress;
}
