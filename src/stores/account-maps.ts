import type { AccountMap, AccountMaps } from '../schemas/account-map.ts';
import { emptyMaps, readAccountMaps, type MapsOutcome } from '../lib/account-map/read.ts';
import { ACCOUNT_MAPS_KEY, commitMaps, loadMaps } from '../lib/account-map/storage.ts';

/*
 * The trainee's account maps, as last read from or written to localStorage, with listeners. Not
 * observable.ts: the bundler would fold it into the progress chunk, 2.5 KB this page does not use
 * of its 20 KB budget.
 */
let value: AccountMaps = emptyMaps();
const listeners = new Set<(v: AccountMaps) => void>();
export const accountMaps = {
  get: () => value,
  set(next: AccountMaps) {
    value = next;
    for (const fn of [...listeners]) fn(next);
  },
  /** Calls `fn` with every new value; returns the unsubscribe function. */
  listen(fn: (v: AccountMaps) => void) {
    listeners.add(fn);
    return () => void listeners.delete(fn);
  },
};

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
