import { STORED_KEYS, isStoredKey } from '../storage-keys.ts';

/*
 * One browser, several LMS learners (a training room). The course's pages read and write fixed
 * localStorage keys (STORED_KEYS) and know nothing of the LMS. So the launch page, before the course
 * frame loads, makes those keys belong to whoever is launching:
 *   - OCCUPANT_KEY says whose data the live keys hold now: an LMS learner id, or nobody (absent:
 *     self-study, the browser as it was before any LMS).
 *   - When someone else launches, the occupant's live keys are parked under the occupant's own
 *     namespace, and the newcomer's parked keys (if they were here before) are moved back.
 * A learner who comes back finds their own backups and certificate name again; nobody ever sees
 * another's. The progress record itself is then replaced by the learner's LMS record (launch.ts):
 * the LMS, not the browser, is the source of truth for an LMS learner.
 */

/** Whose data the live keys hold; absent means self-study (no LMS learner). */
export const OCCUPANT_KEY = 'sales-course:lms:occupant';
const PARKED = 'sales-course:lms:parked:';

/** Who uses the course: an LMS learner's id (cmi.core.student_id / cmi.learner_id), or null outside an LMS. */
export type Learner = string | null;

/**
 * The prefix under which a learner's keys are parked while someone else uses the browser.
 * The id is URI-encoded, so no id can reach into another's namespace; self-study has its own.
 */
export const parkedPrefix = (who: Learner) => (who === null ? `${PARKED}self:` : `${PARKED}id:${encodeURIComponent(who)}:`);

/** The part of the Web Storage API the swap needs; tests pass a Map-backed fake. */
export interface ListableStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Swap {
  /** Whose data the live keys held before. */
  from: Learner;
  /** Whose data they hold now. */
  to: Learner;
  /** Live keys parked for `from`. */
  parked: string[];
  /** Keys given back to `to` from an earlier visit. */
  restored: string[];
  /** Keys that could not be parked (storage full): removed all the same, so they cannot leak. */
  lost: string[];
}

const allKeys = (s: ListableStorage) => Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);

/**
 * Makes the live keys belong to `to`: parks the current occupant's keys and restores `to`'s.
 * Nothing moves when `to` already occupies the browser. Outside an LMS (`to` null) in a browser
 * that never saw an LMS learner, nothing changes at all.
 */
export function swapLearner(storage: ListableStorage, to: Learner, keys: readonly string[] = STORED_KEYS): Swap {
  const from: Learner = storage.getItem(OCCUPANT_KEY);
  const swap: Swap = { from, to, parked: [], restored: [], lost: [] };
  if (from === to) return swap;
  const park = parkedPrefix(from);
  const back = parkedPrefix(to);
  const before = allKeys(storage);
  // Anything left under the occupant's parking place (an interrupted swap) is stale: live data wins.
  for (const k of before) if (k.startsWith(park)) storage.removeItem(k);
  for (const k of before.filter((k) => isStoredKey(k, keys))) {
    const value = storage.getItem(k);
    try {
      if (value !== null) storage.setItem(park + k, value);
      swap.parked.push(k);
    } catch {
      swap.lost.push(k);
    }
    storage.removeItem(k);
  }
  for (const k of allKeys(storage).filter((k) => k.startsWith(back))) {
    const live = k.slice(back.length);
    const value = storage.getItem(k);
    if (value === null || !isStoredKey(live, keys)) continue;
    try {
      storage.setItem(live, value);
      storage.removeItem(k);
      swap.restored.push(live);
    } catch {
      /* storage full: it stays parked, and comes back on a later launch */
    }
  }
  if (to === null) storage.removeItem(OCCUPANT_KEY);
  else storage.setItem(OCCUPANT_KEY, to);
  return swap;
}
