import type { AccountMap, AccountMaps } from '../schemas/account-map.ts';
import { emptyMaps, readAccountMaps, type MapsOutcome } from '../lib/account-map/read.ts';
import { ACCOUNT_MAPS_KEY, commitMaps, loadMaps } from '../lib/account-map/storage.ts';
import { observable } from './observable.ts';

/** The trainee's account maps, as last read from or written to localStorage. */
export const accountMaps = observable<AccountMaps>(emptyMaps());

export type MapsNotice = { status: Exclude<MapsOutcome['status'], 'ok' | 'empty'>; backupKey: string };

let started = false;
let notice: MapsNotice | null = null;

/** Reads the stored maps once per page and follows changes other tabs make; returns the notice of that first read, if any. */
export function startAccountMaps(): MapsNotice | null {
  if (started || typeof localStorage === 'undefined') return notice;
  started = true;
  const { outcome, backupKey } = loadMaps(localStorage, Date.now());
  accountMaps.set(outcome.store);
  if (backupKey && outcome.status !== 'ok' && outcome.status !== 'empty') {
    notice = { status: outcome.status, backupKey };
    if ('problems' in outcome) console.warn(outcome.problems);
  }
  addEventListener('storage', (e) => {
    if (e.key !== ACCOUNT_MAPS_KEY && e.key !== null) return;
    const read = readAccountMaps(e.newValue);
    // Another tab wrote the whole store, already including this tab's work (see commitMaps).
    if (read.status !== 'reset') accountMaps.set(read.store);
  });
  return notice;
}

/** Applies a change to the stored maps and publishes it. */
export function updateMaps(change: (maps: AccountMap[]) => AccountMap[]): void {
  accountMaps.set(commitMaps(localStorage, accountMaps.get(), change));
}
