import type { AccountMap, AccountMaps } from '../../schemas/account-map.ts';
import type { KeyValueStorage } from '../progress/sealed.ts';
import { readAccountMaps, type MapsOutcome } from './read.ts';
import { ACCOUNT_MAPS_VERSION } from './rules.ts';

/** Where the maps live: this browser's localStorage, apart from progress, so they are never exported unasked. */
export const ACCOUNT_MAPS_KEY = 'sales-course:account-maps';
export const ACCOUNT_MAPS_BACKUP_PREFIX = 'sales-course:account-maps:backup:';

export interface LoadedMaps {
  outcome: MapsOutcome;
  /** Key the unreadable original was copied to, if any. */
  backupKey?: string;
}

/** Reads the maps; anything that could not be used as stored is first copied, raw, to a new backup key, as progress is. */
export function loadMaps(storage: KeyValueStorage, now: number): LoadedMaps {
  const raw = get(storage, ACCOUNT_MAPS_KEY);
  const outcome = readAccountMaps(raw);
  if (outcome.status === 'ok' || outcome.status === 'empty' || raw === null) return { outcome };
  let backupKey = ACCOUNT_MAPS_BACKUP_PREFIX + now;
  while (get(storage, backupKey) !== null) backupKey += '+';
  // Without a backup nothing is dropped: the page works on the salvaged copy but leaves storage alone.
  if (!set(storage, backupKey, raw)) return { outcome };
  set(storage, ACCOUNT_MAPS_KEY, JSON.stringify(outcome.store));
  return { outcome, backupKey };
}

/**
 * Applies `change` to the maps as stored now (another tab may have written since), writes and
 * returns the result; still returned when storage is full or blocked.
 */
export function commitMaps(storage: KeyValueStorage, fallback: AccountMaps, change: (maps: AccountMap[]) => AccountMap[]): AccountMaps {
  const raw = get(storage, ACCOUNT_MAPS_KEY);
  const read = raw === null ? null : readAccountMaps(raw);
  const base = read && read.status !== 'reset' ? read.store : fallback;
  const next: AccountMaps = { version: ACCOUNT_MAPS_VERSION, maps: change(base.maps) };
  set(storage, ACCOUNT_MAPS_KEY, JSON.stringify(next));
  return next;
}

function get(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function set(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
