// The store as pages use it (src/stores/progress.ts), over a Map-backed localStorage: a sealed
// record is read at once; an unsealed one is checked (and backed up) before any write lands, and
// other tabs' records are followed in the order they came, whatever the lazy loading takes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_PREFIX, PROGRESS_KEY, SEAL_KEY, seal } from '../../src/lib/progress/sealed.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { setDone } from '../../src/lib/progress/edit.ts';

const C = 'customer-org';
let map: Map<string, string>;
let listeners: ((e: { key: string | null; newValue: string | null }) => void)[];

beforeEach(() => {
  vi.resetModules();
  map = new Map();
  listeners = [];
  vi.stubGlobal('localStorage', { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) });
  vi.stubGlobal('addEventListener', (type: string, fn: (e: { key: string | null; newValue: string | null }) => void) => type === 'storage' && listeners.push(fn));
});
afterEach(() => vi.unstubAllGlobals());

const store = () => import('../../src/stores/progress.ts');
const settle = () => new Promise((r) => setTimeout(r, 50));
const done = (lesson: string) => setDone(emptyProgress(), C, lesson, true, 1);

describe('the progress store', () => {
  it('reads a sealed record at once, with no notice', async () => {
    const text = JSON.stringify(done('roles'));
    map.set(PROGRESS_KEY, text).set(SEAL_KEY, seal(text));
    const s = await store();
    const notice = s.startProgress();
    expect(s.loaded.get()).toBe(true);
    expect(s.progress.get()).toEqual(done('roles'));
    expect(await notice).toBeNull();
  });

  it('backs junk up and reports it before a write made at once lands', async () => {
    map.set(PROGRESS_KEY, 'not json at all');
    const s = await store();
    const notice = s.startProgress();
    s.update((p) => setDone(p, C, 'types', true, 2));
    expect(s.loaded.get()).toBe(false);
    expect(await notice).toMatchObject({ status: 'reset' });
    await settle();
    expect([...map.keys()].filter((k) => k.startsWith(BACKUP_PREFIX)).map((k) => map.get(k))).toEqual(['not json at all']);
    expect(s.progress.get().courses[C]?.lessons.types?.done).toBe(true);
    expect(JSON.parse(map.get(PROGRESS_KEY)!).courses[C].lessons.types.done).toBe(true);
    expect(map.get(SEAL_KEY)).toBe(seal(map.get(PROGRESS_KEY)!));
  });

  it("follows another tab's records in the order they came, sealed or not", async () => {
    const s = await store();
    s.startProgress();
    const first = JSON.stringify(done('roles'));
    const second = JSON.stringify(setDone(done('roles'), C, 'types', true, 2));
    // The first arrives before its seal (checked the careful way); the second with its seal.
    map.set(PROGRESS_KEY, first);
    for (const l of listeners) l({ key: PROGRESS_KEY, newValue: first });
    map.set(PROGRESS_KEY, second).set(SEAL_KEY, seal(second));
    for (const l of listeners) l({ key: PROGRESS_KEY, newValue: second });
    await settle();
    expect(s.progress.get()).toEqual(JSON.parse(second));
  });
});
