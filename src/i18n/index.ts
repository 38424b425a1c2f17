import zhCN from './zh-CN.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { Locale } from '../schemas/course.ts';
import { SOURCE_SECTIONS } from '../schemas/lesson.ts';
import { format } from './format.ts';
import { translate, type Params, type UiKey } from './t.ts';

export { format, type UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN, en };

/** A locale's whole dictionary (with plural variants). */
export const dictionary = (locale: Locale): Readonly<Record<UiKey, string>> => dictionaries[locale];

export const DEFAULT_LOCALE = 'zh-CN' satisfies Locale;

/** The locale of a page: Astro.currentLocale, or anything else, read as one we ship (zh-CN when unknown). */
export const toLocale = (x: string | undefined): Locale => (x === 'en' ? 'en' : 'zh-CN');


/** The locales as route parameters for getStaticPaths of pages under src/pages/[...lang]/. */
export const LANGS = [
  { lang: undefined, locale: 'zh-CN' },
  { lang: 'en', locale: 'en' },
] as const satisfies readonly { lang: string | undefined; locale: Locale }[];

/** A text the author wrote per locale, in this locale or else in Chinese. */
export const localized = <T>(texts: { 'zh-CN': T; en?: T | undefined }, locale: Locale): T => (locale === 'en' ? (texts.en ?? texts['zh-CN']) : texts['zh-CN']);

/** Returns the translator for a locale: `t('quiz.submit')`, `t('home.minutes', { n: 5 })`. */
export function useT(locale: Locale | string | undefined = DEFAULT_LOCALE) {
  const l = toLocale(locale);
  const dict = dictionaries[l];
  return (key: UiKey, params?: Params) => translate(dict, l, key, params);
}

/** A part of the source article as a reader of the page counts it: 四 in Chinese, 4 in English. */
export const sourcePart = (locale: Locale, part: (typeof SOURCE_SECTIONS)[number]): string | number =>
  locale === 'en' ? SOURCE_SECTIONS.indexOf(part) + 1 : part;
