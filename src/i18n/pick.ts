import { useT, type UiKey } from './index.ts';
import type { Locale } from '../schemas/course.ts';
import zhCN from './zh-CN.json';

/** The UI strings under a prefix (e.g. `quiz.`), as plain data an island can take as a prop. */
export function pickStrings(locale: Locale, ...prefixes: string[]): Record<string, string> {
  const t = useT(locale);
  return Object.fromEntries((Object.keys(zhCN) as UiKey[]).filter((k) => prefixes.some((p) => k.startsWith(p))).map((k) => [k, t(k)]));
}
