import type { Progress } from '../schemas/progress.ts';
import { readProgress, type ReadOutcome } from '../lib/progress/read.ts';
import { emptyProgress, setDone, setPosition, visitLesson, addSeconds } from '../lib/progress/record.ts';
import { PROGRESS_KEY, commit, load } from '../lib/progress/storage.ts';
import { observable } from './observable.ts';

/** The trainee's progress, as last read from or written to localStorage. Islands read it with useProgress() (src/islands/use-progress.ts). */
export const progress = observable<Progress>(emptyProgress());

/** What happened when the stored record could not be used as it was, and where the original was kept. */
export type StorageNotice = { status: Exclude<ReadOutcome['status'], 'ok' | 'empty'>; backupKey: string };

let started = false;
let notice: StorageNotice | null = null;

/**
 * Reads the stored record once per page and follows changes other tabs make. Every call returns
 * the notice of that first read, if any, so whichever script starts first, the page can show it.
 */
export function startProgress(): StorageNotice | null {
  if (started || typeof localStorage === 'undefined') return notice;
  started = true;
  const { outcome, backupKey } = load(localStorage, Date.now());
  progress.set(outcome.progress);
  if (backupKey && outcome.status !== 'ok' && outcome.status !== 'empty') {
    notice = { status: outcome.status, backupKey };
    if ('problems' in outcome) console.warn(outcome.problems);
  }
  addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    const read = readProgress(e.newValue);
    // Another tab wrote the whole record, already including this tab's work (see commit).
    if (read.status !== 'reset') progress.set(read.progress);
  });
  return notice;
}

/** Applies a change to the stored record (see commit) and publishes it. */
export function update(change: (p: Progress) => Progress): void {
  progress.set(commit(localStorage, progress.get(), change));
}

export const visit = (course: string, lesson: string) => update((p) => visitLesson(p, course, lesson, Date.now()));
export const markDone = (course: string, lesson: string, done: boolean) => update((p) => setDone(p, course, lesson, done, Date.now()));
export const studied = (course: string, lesson: string, seconds: number) => update((p) => addSeconds(p, course, lesson, seconds));
export const readAt = (course: string, lesson: string, section: string) => update((p) => setPosition(p, course, lesson, section, Date.now()));
