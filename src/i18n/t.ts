/*
 * The translator, shared by Astro pages (src/i18n/index.ts, with a whole dictionary) and islands
 * (which get only the strings they need as a prop, from src/i18n/pick.ts). Only types come from
 * the dictionaries here, so an island that imports this file ships no dictionary.
 *
 * Plurals: `t('search.results', { n })` looks for `search.results.<category>` first, where the
 * category is what Intl.PluralRules gives for n in the strings' locale ("one" for 1 in English;
 * Chinese has only "other", so it needs no variants), and falls back to `search.results`.
 */
import { format } from './format.ts';

type Dictionary = typeof import('./zh-CN.json');
/** A key of the UI dictionaries. */
export type UiKey = Exclude<keyof Dictionary, 'default'>;
/** The plural categories a dictionary may add to a key with a number `{n}`. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many'] as const;
/** Where pickStrings stores the locale of the strings it picked (for plural rules). */
export const LOCALE_KEY = '@locale';

export type Params = Record<string, string | number>;
/** Translates a key, filling `{name}` placeholders. */
export type T = (key: UiKey, params?: Params) => string;

const rules = new Map<string, Intl.PluralRules>();
const pluralOf = (locale: string, n: number) => {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
};

/** Looks a key up in `strings` (plural variant first when params.n is a number); an unknown key shows itself, so that it gets noticed. */
export function translate(strings: Readonly<Record<string, string>>, locale: string, key: string, params?: Params): string {
  const n = params?.n;
  const variant = typeof n === 'number' ? strings[`${key}.${pluralOf(locale, n)}`] : undefined;
  return format(variant ?? strings[key] ?? key, params);
}

/** The translator over strings an island got as a prop (pickStrings adds their locale). */
export const makeT =
  (strings: Readonly<Record<string, string>>): T =>
  (key, params) =>
    translate(strings, strings[LOCALE_KEY] ?? 'zh-CN', key, params);
