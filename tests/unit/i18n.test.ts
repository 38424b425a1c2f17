import { describe, expect, it } from 'vitest';
import zhCN from '../../src/i18n/zh-CN.json';
import en from '../../src/i18n/en.json';
import { format, sourcePart, useT } from '../../src/i18n/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('English has exactly the Chinese keys', () => expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort()));
  it.each(Object.keys(zhCN) as (keyof typeof zhCN)[])('%s: same placeholders, not empty', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(zhCN[key]));
    expect(en[key].trim()).not.toBe('');
  });
  it.each([
    ['已学完 {done} / {total} 课', { done: 3, total: 8 }, '已学完 3 / 8 课'],
    ['{a}{a}', { a: 'x' }, 'xx'],
    ['missing {b}', {}, 'missing {b}'],
  ])('format(%j)', (template, params, expected) => expect(format(template, params)).toBe(expected));
  it('useT picks the locale', () => {
    expect(useT('zh-CN')('quiz.submit')).toBe('提交答案');
    expect(useT('en')('quiz.submit')).toBe(en['quiz.submit']);
  });
});

describe('sourcePart', () => {
  it.each([
    ['zh-CN', '一', '一'],
    ['zh-CN', '四', '四'],
    ['en', '一', 1],
    ['en', '四', 4],
    ['en', '十', 10],
  ] as const)('%s shows part %s as %s', (locale, part, shown) => {
    expect(sourcePart(locale, part)).toBe(shown);
  });
});
