import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, SEAL_KEY, readSealed, seal, writeSealed, type KeyValueStorage } from '../../src/lib/progress/sealed.ts';
import { commit, load } from '../../src/lib/progress/storage.ts';
import { emptyProgress } from '../../src/lib/progress/record.ts';
import { setDone } from '../../src/lib/progress/edit.ts';

/** localStorage as a Map. */
function fakeStorage(initial: Record<string, string> = {}): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}
const C = 'customer-org';
const record = setDone(emptyProgress(), C, 'roles', true, 1);
const text = JSON.stringify(record);
const v2 = JSON.stringify({ ...record, version: 2 });

describe('seal', () => {
  // The published FNV-1a (32-bit) test vectors.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('of %j is FNV-1a %d in base 36', (t, hash) => expect(seal(t)).toBe(hash.toString(36)));
  it('tells one change of one character', () => expect(seal(text)).not.toBe(seal(text.replace('true', 'fals'))));
});

describe('readSealed: the record as written, or undefined to read it the careful way', () => {
  it.each([
    ['no record', {}, null],
    ['a sealed record of the current version', { [PROGRESS_KEY]: text, [SEAL_KEY]: seal(text) }, record],
    ['a record without a seal (an earlier version wrote it, or a test)', { [PROGRESS_KEY]: text }, undefined],
    ['a record changed after it was sealed', { [PROGRESS_KEY]: text.replace('true', 'false'), [SEAL_KEY]: seal(text) }, undefined],
    ['a sealed record of an older version', { [PROGRESS_KEY]: v2, [SEAL_KEY]: seal(v2) }, undefined],
    ['sealed text that is not JSON', { [PROGRESS_KEY]: '{broken', [SEAL_KEY]: seal('{broken') }, undefined],
    ['sealed JSON null', { [PROGRESS_KEY]: 'null', [SEAL_KEY]: seal('null') }, undefined],
  ] as const)('%s', (_name, stored, expected) => expect(readSealed(fakeStorage(stored))).toEqual(expected));

  it('reads a text given (a storage event) against the stored seal', () => {
    const s = fakeStorage({ [SEAL_KEY]: seal(text) });
    expect(readSealed(s, text)).toEqual(record);
    expect(readSealed(s, v2)).toBeUndefined();
    expect(readSealed(s, null)).toBeNull();
  });

  it('is undefined, not an error, when storage is blocked', () => {
    const blocked: KeyValueStorage = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    expect(readSealed(blocked, text)).toBeUndefined();
    expect(writeSealed(blocked, record)).toBe(false);
  });
});

describe('writes seal what they store', () => {
  it('writeSealed stores the record and its seal', () => {
    const s = fakeStorage();
    expect(writeSealed(s, record)).toBe(true);
    expect(readSealed(s)).toEqual(record);
  });
  it('commit seals its write, so the next page reads it the fast way', () => {
    const s = fakeStorage();
    commit(s, emptyProgress(), () => record);
    expect(readSealed(s)).toEqual(record);
  });
  it.each([
    ['a good record without a seal', { [PROGRESS_KEY]: text }, 'ok'],
    ['an older version', { [PROGRESS_KEY]: v2 }, 'migrated'],
    ['junk', { [PROGRESS_KEY]: '{broken' }, 'reset'],
  ])('load seals %s once it has read it', (_name, stored, status) => {
    const s = fakeStorage(stored);
    expect(load(s, 1000).outcome.status).toBe(status);
    expect(readSealed(s)).toEqual(JSON.parse(s.getItem(PROGRESS_KEY)!));
  });
});
