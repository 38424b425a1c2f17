import { describe, expect, it } from 'vitest';
import { resultsErrorMessage } from '../../src/lib/results/errors.ts';
import zh from '../../src/i18n/zh-CN.json' with { type: 'json' };

describe('resultsErrorMessage', () => {
  it.each([
    ['not-json', 'a.txt', 'transfer.error.not-json', { file: 'a.txt', field: '' }],
    ['foreign', 'b.json', 'transfer.error.foreign', { file: 'b.json', field: '' }],
    ['newer', 'c.json', 'transfer.error.newer', { file: 'c.json', field: '' }],
    ['invalid:progress.courses', 'd.json', 'transfer.error.invalid', { file: 'd.json', field: 'progress.courses' }],
    ['duplicate:王一.json', 'copy.json', 'dashboard.error.duplicate', { file: 'copy.json', other: '王一.json' }],
    ['duplicate:notes: week 2.json', 'e.json', 'dashboard.error.duplicate', { file: 'e.json', other: 'notes: week 2.json' }],
    ['other-course', 'f.json', 'dashboard.error.other-course', { file: 'f.json' }],
  ])('%s for %s → %s', (code, file, key, params) => {
    expect(resultsErrorMessage(code, file)).toEqual({ key, params });
  });

  it('every key it can return has a Chinese message', () => {
    for (const code of ['not-json', 'foreign', 'newer', 'invalid:x', 'duplicate:x', 'other-course']) {
      expect(Object.keys(zh), code).toContain(resultsErrorMessage(code, 'f').key);
    }
  });
});
