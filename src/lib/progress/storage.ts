import type { Progress } from '../../schemas/progress.ts';
import { readProgress, type ReadOutcome } from './read.ts';

/** The part of the Web Storage API the progress record needs; tests pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PROGRESS_KEY = 'sales-course:progress';
export const BACKUP_PREFIX = 'sales-course:progress:backup:';

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
  if (outcome.status === 'ok' || outcome.status === 'empty' || raw === null) return { outcome };
  // A new key each time: an earlier backup is never overwritten.
  let backupKey = BACKUP_PREFIX + now;
  while (safeGet(storage, backupKey) !== null) backupKey += '+';
  if (!safeSet(storage, backupKey, raw)) return { outcome };
  safeSet(storage, PROGRESS_KEY, JSON.stringify(outcome.progress));
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
  safeSet(storage, PROGRESS_KEY, JSON.stringify(next));
  return next;
}

function safeGet(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
