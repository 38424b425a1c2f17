/*
 * The same page in each language: Chinese at the root, English under /en/. Every page exists in
 * both, so the language switcher and hreflang links only swap the prefix. Under a site base
 * ("/training/"), the prefix comes after it: /training/en/….
 */
import { siteBase } from './urls.ts';

export interface Alternate {
  hreflang: 'zh-CN' | 'en' | 'x-default';
  path: string;
}

/** The Chinese and English paths of the page at `pathname` (which starts with the site's base), and x-default (Chinese). */
export function alternates(pathname: string, base = '/'): Alternate[] {
  const site = siteBase(base);
  const inSite = pathname.startsWith(site) ? pathname.slice(site.length) : pathname === site.slice(0, -1) ? '' : pathname.replace(/^\//, '');
  const rest = inSite === 'en' ? '' : inSite.startsWith('en/') ? inSite.slice(3) : inSite;
  const zh = `${site}${rest}`;
  const en = `${site}en/${rest}`;
  return [
    { hreflang: 'zh-CN', path: zh },
    { hreflang: 'en', path: en },
    { hreflang: 'x-default', path: zh },
  ];
}
