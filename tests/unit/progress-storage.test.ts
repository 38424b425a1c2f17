import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, PROGRESS_KEY, commit, load, type KeyValueStorage } from '../../src/lib/progress/storage.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { setDone, addSeconds, visitLesson } from '../../src/lib/progress/edit.ts';
import type { Progress } from '../../src/schemas/progress.ts';

/** localStorage as a Map, shared by as many "tabs" as a test likes. */
function fakeStorage(initial: Record<string, string> = {}): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}
const backups = (s: { map: Map<string, string> }) => [...s.map.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
const C = 'customer-org';

describe('load', () => {
  it('reads a valid record and makes no backup', () => {
    const good = JSON.stringify(setDone(emptyProgress(), C, 'roles', true, 1));
    const s = fakeStorage({ [PROGRESS_KEY]: good });
    expect(load(s, 1000)).toEqual({ outcome: { status: 'ok', progress: JSON.parse(good) } });
    expect(backups(s)).toEqual([]);
  });

  it('keeps unreadable data under a backup key and stores a clean record', () => {
    const s = fakeStorage({ [PROGRESS_KEY]: '{broken' });
    const { outcome, backupKey } = load(s, 1000);
    expect(outcome.status).toBe('reset');
    expect(backupKey).toBe(`${BACKUP_PREFIX}1000`);
    expect(s.getItem(backupKey!)).toBe('{broken');
    expect(JSON.parse(s.getItem(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });

  it('never overwrites an earlier backup', () => {
    const s = fakeStorage({ [PROGRESS_KEY]: 'first junk', [`${BACKUP_PREFIX}1000`]: 'older junk' });
    const { backupKey } = load(s, 1000);
    expect(s.getItem(`${BACKUP_PREFIX}1000`)).toBe('older junk');
    expect(s.getItem(backupKey!)).toBe('first junk');
  });

  it('keeps the salvaged part of a damaged record', () => {
    const raw = JSON.stringify({ version: 1, courses: { [C]: { lessons: { roles: { seconds: 5, done: true }, bad: { seconds: 'x', done: true } } } } });
    const s = fakeStorage({ [PROGRESS_KEY]: raw });
    const { outcome, backupKey } = load(s, 7);
    expect(outcome.status).toBe('recovered');
    expect(s.getItem(backupKey!)).toBe(raw);
    expect(Object.keys(JSON.parse(s.getItem(PROGRESS_KEY)!).courses[C].lessons)).toEqual(['roles']);
  });

  it('survives storage that throws (private mode, blocked cookies)', () => {
    const s: KeyValueStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(load(s, 1).outcome.status).toBe('empty');
    expect(commit(s, emptyProgress(), (p) => setDone(p, C, 'roles', true, 1)).courses[C]!.lessons.roles!.done).toBe(true);
  });
});

describe('commit: two tabs writing to the same storage', () => {
  it('keeps both tabs’ changes when each writes from a stale copy', () => {
    const s = fakeStorage();
    // Both tabs opened when nothing was stored; neither has heard of the other's writes.
    const tabA: Progress = emptyProgress();
    const tabB: Progress = emptyProgress();
    commit(s, tabA, (p) => setDone(p, C, 'roles', true, 1));
    commit(s, tabB, (p) => addSeconds(visitLesson(p, C, 'types', 2), C, 'types', 60));
    const final = JSON.parse(s.getItem(PROGRESS_KEY)!) as Progress;
    expect(final.courses[C]!.lessons.roles!.done).toBe(true);
    expect(final.courses[C]!.lessons.types!.seconds).toBe(60);
  });

  it('a reset in one tab is not undone by the other tab’s next write', () => {
    const s = fakeStorage();
    const stale = commit(s, emptyProgress(), (p) => setDone(p, C, 'roles', true, 1));
    commit(s, stale, (p) => ({ ...p, courses: {} }));
    commit(s, stale, (p) => visitLesson(p, C, 'types', 3));
    const final = JSON.parse(s.getItem(PROGRESS_KEY)!) as Progress;
    expect(final.courses[C]!.lessons.roles).toBeUndefined();
    expect(final.courses[C]!.lessons.types).toBeDefined();
  });

  it('falls back to the tab’s copy when storage holds junk', () => {
    const s = fakeStorage({ [PROGRESS_KEY]: 'junk' });
    const mine = setDone(emptyProgress(), C, 'roles', true, 1);
    expect(commit(s, mine, (p) => p)).toEqual(mine);
    expect(JSON.parse(s.getItem(PROGRESS_KEY)!)).toEqual(mine);
  });
});
