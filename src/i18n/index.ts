import zhCN from './zh-CN.json';
import en from './en.json';
import type { Locale } from '../schemas/course.ts';
import { format } from './format.ts';

export { format };

export type UiKey = keyof typeof zhCN;
const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN, en };

export const DEFAULT_LOCALE = 'zh-CN' satisfies Locale;

/** Returns the translator for a locale: `t('quiz.submit')`, `t('home.minutes', { n: 5 })`. */
export function useT(locale: Locale = DEFAULT_LOCALE) {
  const dict = dictionaries[locale];
  return (key: UiKey, params?: Record<string, string | number>) => format(dict[key], params);
}
