import { BACKUP_PREFIX, PROGRESS_KEY, SEAL_KEY } from './progress/sealed.ts';
import { ACCOUNT_MAPS_BACKUP_PREFIX, ACCOUNT_MAPS_KEY } from './account-map/storage.ts';

/** The certificate name a trainee types (src/stores/name.ts): kept only in this browser, outside the progress record. */
export const NAME_KEY = 'sales-course:name';
/** Longest certificate name kept. */
export const NAME_MAX = 80;

/**
 * Every localStorage key the course keeps about a trainee. An entry ending in `*` stands for
 * every key that starts with what comes before it. The SCORM launch page moves exactly these keys
 * when another LMS learner sits down (src/lib/scorm/learners.ts), so a store that keeps anything
 * about the trainee (an account map, say) must add its key here, or it would leak between them.
 */
export const STORED_KEYS: readonly string[] = [PROGRESS_KEY, SEAL_KEY, `${BACKUP_PREFIX}*`, NAME_KEY, ACCOUNT_MAPS_KEY, `${ACCOUNT_MAPS_BACKUP_PREFIX}*`];

/** Whether `key` is one of `keys` (an entry ending in `*` matches by prefix). */
export const isStoredKey = (key: string, keys: readonly string[] = STORED_KEYS) =>
  keys.some((k) => (k.endsWith('*') ? key.startsWith(k.slice(0, -1)) : key === k));
