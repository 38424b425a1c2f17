import { atom } from 'nanostores';
import type { Progress } from '../schemas/progress.ts';
import { emptyProgress } from '../lib/progress/record.ts';
import { progress } from './progress.ts';

/**
 * The progress record as a nanostores atom, for islands (`useStore($progress)`). It mirrors
 * `progress` in src/stores/progress.ts, which the static pages' scripts use directly; actions
 * change that one, and this follows. Its initial value is the empty record the server renders.
 */
export const $progress = atom<Progress>(emptyProgress());
progress.subscribe((p) => $progress.set(p));
