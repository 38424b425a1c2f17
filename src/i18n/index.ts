import zhCN from './zh-CN.json';
import type { Locale } from '../schemas/course.ts';
import { format } from './format.ts';

export { format };

export type UiKey = keyof typeof zhCN;
// TODO(en.json): English UI strings arrive with the English course (issue 7); until then en shows Chinese.
const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN, en: zhCN };

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Returns the translator for a locale: `t('quiz.submit')`, `t('home.minutes', { n: 5 })`. */
export function useT(locale: Locale = DEFAULT_LOCALE) {
  const dict = dictionaries[locale];
  return (key: UiKey, params?: Record<string, string | number>) => format(dict[key], params);
}
