/*
 * The careful reading and writing of the progress record (src/lib/progress/storage.ts: every
 * stored text checked, repaired and backed up), loaded by src/stores/progress.ts only when the
 * stored record has no valid seal: the first visit after an update, a record changed by hand, damage.
 */
import type { Progress } from '../schemas/progress.ts';
import { readProgress } from '../lib/progress/read.ts';
import { commit, load } from '../lib/progress/storage.ts';
import { loaded, progress, type StorageNotice } from './progress.ts';

export function loadChecked(): StorageNotice | null {
  const { outcome, backupKey } = load(localStorage, Date.now());
  progress.set(outcome.progress);
  loaded.set(true);
  if (!backupKey || outcome.status === 'ok' || outcome.status === 'empty') return null;
  if ('problems' in outcome) console.warn(outcome.problems);
  return { status: outcome.status, backupKey };
}

export function updateChecked(change: (p: Progress) => Progress): void {
  progress.set(commit(localStorage, progress.get(), change));
}

/** Another tab stored `text` without a seal this tab can vouch for. */
export function followChecked(text: string | null): void {
  const read = readProgress(text);
  if (read.status !== 'reset') progress.set(read.progress);
}
