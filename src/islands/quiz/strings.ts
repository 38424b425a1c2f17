import { format } from '../../i18n/format.ts';

/** Islands get their UI strings as a prop (src/i18n/pick.ts); this reads them like t(). */
export type T = (key: string, params?: Record<string, string | number>) => string;
export const makeT = (strings: Record<string, string>): T => (key, params) => format(strings[key] ?? key, params);
