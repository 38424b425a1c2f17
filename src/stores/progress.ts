import type { Progress } from '../schemas/progress.ts';
import { readProgress, type ReadOutcome } from '../lib/progress/read.ts';
import { emptyProgress, setDone, setPosition, visitLesson, addSeconds } from '../lib/progress/record.ts';
import { PROGRESS_KEY, commit, load } from '../lib/progress/storage.ts';
import { observable } from './observable.ts';

/** The trainee's progress, as last read from or written to localStorage. Islands use its nanostores mirror, $progress. */
export const progress = observable<Progress>(emptyProgress());

/** Set when the stored record could not be used as it was: what happened and where the original was kept. */
export const storageNotice = observable<{ status: Exclude<ReadOutcome['status'], 'ok' | 'empty'>; backupKey: string } | null>(null);

let started = false;

/** Reads the stored record once per page and follows changes other tabs make. */
export function startProgress(): void {
  if (started || typeof localStorage === 'undefined') return;
  started = true;
  const { outcome, backupKey } = load(localStorage, Date.now());
  progress.set(outcome.progress);
  if (backupKey && outcome.status !== 'ok' && outcome.status !== 'empty') {
    storageNotice.set({ status: outcome.status, backupKey });
    if ('problems' in outcome) console.warn(outcome.problems);
  }
  addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    const read = readProgress(e.newValue);
    // Another tab wrote the whole record, already including this tab's work (see commit).
    if (read.status !== 'reset') progress.set(read.progress);
  });
}

/** Applies a change to the stored record (see commit) and publishes it. */
export function update(change: (p: Progress) => Progress): void {
  progress.set(commit(localStorage, progress.get(), change));
}

export const visit = (course: string, lesson: string) => update((p) => visitLesson(p, course, lesson, Date.now()));
export const markDone = (course: string, lesson: string, done: boolean) => update((p) => setDone(p, course, lesson, done, Date.now()));
export const studied = (course: string, lesson: string, seconds: number) => update((p) => addSeconds(p, course, lesson, seconds));
export const readAt = (course: string, lesson: string, section: string) => update((p) => setPosition(p, course, lesson, section, Date.now()));
