import { dictionary } from './index.ts';
import { LOCALE_KEY } from './t.ts';
import type { Locale } from '../schemas/course.ts';

/**
 * The UI strings under some prefixes (e.g. `quiz.`), with their plural variants, as plain data an
 * island takes as a prop and reads with makeT (src/i18n/t.ts). Placeholders stay unfilled.
 */
export function pickStrings(locale: Locale, ...prefixes: string[]): Record<string, string> {
  const dict: Record<string, string> = dictionary(locale);
  const picked = Object.entries(dict).filter(([k]) => prefixes.some((p) => k.startsWith(p)));
  return { ...Object.fromEntries(picked), [LOCALE_KEY]: locale };
}
