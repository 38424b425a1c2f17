import { describe, expect, it } from 'vitest';
import zhCN from '../../src/i18n/zh-CN.json';
import en from '../../src/i18n/en.json';
import { format, sourcePart, useT } from '../../src/i18n/index.ts';
import { makeT, PLURAL_CATEGORIES, translate, type UiKey } from '../../src/i18n/t.ts';
import { pickStrings } from '../../src/i18n/pick.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** A plural variant (`search.results.one`) of a key: its base key and category, or undefined. */
const variant = (key: string) => {
  const m = /^(.*)\.(zero|one|two|few|many)$/.exec(key);
  return m ? { base: m[1]!, category: m[2]! } : undefined;
};
const dicts = { 'zh-CN': zhCN as Record<string, string>, en: en as Record<string, string> };

describe('UI strings', () => {
  it('English has exactly the Chinese keys, besides plural variants', () =>
    expect(Object.keys(en).filter((k) => !variant(k)).sort()).toEqual(Object.keys(zhCN).filter((k) => !variant(k)).sort()));
  it.each(Object.keys(zhCN).filter((k) => !variant(k)) as UiKey[])('%s: same placeholders, not empty', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(zhCN[key]));
    expect(en[key].trim()).not.toBe('');
  });
  it.each(Object.entries(dicts).flatMap(([locale, d]) => Object.keys(d).filter(variant).map((k) => [locale, k] as const)))(
    '%s plural variant %s: a {n} key, a category the locale uses, the same placeholders',
    (locale, key) => {
      const { base, category } = variant(key)!;
      const d = dicts[locale as keyof typeof dicts];
      expect(d[base], 'base key').toBeDefined();
      expect(placeholders(d[base]!)).toContain('n');
      expect(new Intl.PluralRules(locale).resolvedOptions().pluralCategories).toContain(category);
      expect(placeholders(d[key]!)).toEqual(placeholders(d[base]!));
    },
  );
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

describe('translate and makeT', () => {
  const strings = { 'a.count': '{n} results', 'a.count.one': '{n} result', 'a.plain': 'x {y}' };
  it.each([
    ['en', 'a.count', { n: 1 }, '1 result'],
    ['en', 'a.count', { n: 2 }, '2 results'],
    ['en', 'a.count', { n: 0 }, '0 results'],
    ['zh-CN', 'a.count', { n: 1 }, '1 results'],
    ['en', 'a.count', { n: '1' }, '1 results'],
    ['en', 'a.plain', { y: 'z' }, 'x z'],
    ['en', 'a.missing', undefined, 'a.missing'],
  ] as const)('%s %s %j → %s', (locale, key, params, expected) => expect(translate(strings, locale, key, params)).toBe(expected));
  it('pickStrings carries the locale, so an island pluralizes as the page does', () => {
    const t = makeT(pickStrings('en', 'search.'));
    expect(t('search.results', { n: 1 })).toBe('1 result');
    expect(t('search.results', { n: 3 })).toBe('3 results');
    expect(makeT(pickStrings('zh-CN', 'search.'))('search.results', { n: 1 })).toBe(zhCN['search.results'].replace('{n}', '1'));
  });
  it('useT pluralizes', () => expect(useT('en')('home.lessonCount', { n: 1 })).toBe('1 lesson'));
  it('names the categories Intl knows', () => expect(PLURAL_CATEGORIES).toEqual(['zero', 'one', 'two', 'few', 'many']));
});
