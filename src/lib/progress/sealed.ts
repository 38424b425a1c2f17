/*
 * The fast way to read the progress record: a record this course wrote is stored with a seal, a
 * hash of its exact text, under a key of its own. When the text still matches its seal and is of
 * the current version, it is the record as written: it needs no checking, and pages need not
 * ship the checking reader (src/lib/progress/read.ts, about 1 KB gzip) to show it. Anything else
 * (no seal, a record changed by hand or by an older version, damage) goes the careful way, with
 * the checking reader loaded only then (src/lib/progress/storage.ts load and commit).
 */
import type { Progress } from '../../schemas/progress.ts';
import { PROGRESS_VERSION } from './record.ts';
import { hash } from '../hash.ts';

/** The part of the Web Storage API the progress record needs; tests pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PROGRESS_KEY = 'sales-course:progress';
export const BACKUP_PREFIX = 'sales-course:progress:backup:';
/** Where the seal of the stored record is kept. */
export const SEAL_KEY = 'sales-course:progress:seal';

/** The seal of a stored text: its FNV-1a hash in base 36. It tells this course's writes from anything else, not friend from foe. */
export const seal = (text: string): string => hash(text).toString(36);

/**
 * The record as this course wrote it, when `text` (the stored record; null when there is none)
 * matches the stored seal: null for no record, undefined when it must be read the careful way.
 */
export function readSealed(storage: KeyValueStorage, text: string | null = safeGet(storage, PROGRESS_KEY)): Progress | null | undefined {
  if (text === null) return null;
  if (safeGet(storage, SEAL_KEY) !== seal(text)) return undefined;
  try {
    const p = JSON.parse(text) as Progress;
    return p?.version === PROGRESS_VERSION ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a record with its seal. False when storage is full or blocked (the record then stays as it was, or unsealed). */
export function writeSealed(storage: KeyValueStorage, p: Progress): boolean {
  const text = JSON.stringify(p);
  return safeSet(storage, PROGRESS_KEY, text) && safeSet(storage, SEAL_KEY, seal(text));
}

export function safeGet(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function safeSet(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
