/*
 * The careful way to read and write the progress record: every stored text is checked by the
 * salvaging reader. Pages load this only when the fast way (src/lib/progress/sealed.ts) cannot
 * vouch for what is stored.
 */
import type { Progress } from '../../schemas/progress.ts';
import { readProgress, type ReadOutcome } from './read.ts';
import { BACKUP_PREFIX, PROGRESS_KEY, safeGet, safeSet, writeSealed, type KeyValueStorage } from './sealed.ts';

export { BACKUP_PREFIX, PROGRESS_KEY, SEAL_KEY, type KeyValueStorage } from './sealed.ts';

export interface Loaded {
  outcome: ReadOutcome;
  /** Key the unreadable or pre-migration original was copied to, if any. */
  backupKey?: string;
}

/**
 * Reads the record. Whatever could not be used as stored (older version, damaged parts, junk) is
 * first copied, raw, to a backup key that is never overwritten, then replaced by the usable record.
 */
export function load(storage: KeyValueStorage, now: number): Loaded {
  const raw = safeGet(storage, PROGRESS_KEY);
  const outcome = readProgress(raw);
  // A good record without a seal (written by an earlier version, or by hand) gets one, so the next page reads it the fast way.
  if (outcome.status === 'ok') writeSealed(storage, outcome.progress);
  if (outcome.status === 'ok' || outcome.status === 'empty' || raw === null) return { outcome };
  // A new key each time: an earlier backup is never overwritten.
  let backupKey = BACKUP_PREFIX + now;
  while (safeGet(storage, backupKey) !== null) backupKey += '+';
  if (!safeSet(storage, backupKey, raw)) return { outcome };
  writeSealed(storage, outcome.progress);
  return { outcome, backupKey };
}

/**
 * Applies `change` to the record as stored now, not to this tab's copy: another tab may have
 * written since this one last heard, and applying to the latest keeps both tabs' work.
 * Returns the new record; it is still returned when storage is full or blocked.
 */
export function commit(storage: KeyValueStorage, fallback: Progress, change: (p: Progress) => Progress): Progress {
  const raw = safeGet(storage, PROGRESS_KEY);
  const read = raw === null ? null : readProgress(raw);
  const base = read && read.status !== 'reset' ? read.progress : fallback;
  const next = change(base);
  writeSealed(storage, next);
  return next;
}
