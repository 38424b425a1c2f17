/*
 * The same page in each language: Chinese at the root, English under /en/. Every page exists in
 * both, so the language switcher and hreflang links only swap the prefix.
 */
export interface Alternate {
  hreflang: 'zh-CN' | 'en' | 'x-default';
  path: string;
}

/** The Chinese and English paths of the page at `pathname`, and x-default (Chinese). */
export function alternates(pathname: string): Alternate[] {
  const zh = pathname.startsWith('/en/') ? pathname.slice(3) : pathname === '/en' ? '/' : pathname;
  const en = `/en${zh === '/' ? '/' : zh}`;
  return [
    { hreflang: 'zh-CN', path: zh },
    { hreflang: 'en', path: en },
    { hreflang: 'x-default', path: zh },
  ];
}
