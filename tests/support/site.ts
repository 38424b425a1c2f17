// The production build in dist/, as the build tests and the browser sweeps read it. Missing or
// empty, it throws: a test of the build must fail, not pass empty, when there is no build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../../scripts/page-weight.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { pagesPerTemplate, type Pick } from './templates.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PAGES_DIR = fileURLToPath(new URL('../../src/pages/', import.meta.url));

export interface BuiltPage {
  /** URL path, e.g. `/customer-org/roles/`. */
  path: string;
  file: string;
  html: string;
}

/** Every built HTML page, with its text. Throws when there is no build. */
export function builtSite(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run \`npm run build\` (npm test builds first).`);
  return builtPages(dist).map(([path, file]) => ({ path, file, html: readFileSync(file, 'utf8') }));
}

/** The language prefixes of the site's URLs: '' for Chinese, 'en/' for English. */
export const LANGUAGE_PREFIXES = LANGS.map((l) => (l.lang ? `${l.lang}/` : ''));
export const languageOf = (path: string) => LANGS.find((l) => l.lang && path.startsWith(`/${l.lang}/`))?.locale ?? 'zh-CN';

/** Page files under src/pages, relative to it, e.g. `[...lang]/[course]/results.astro`. */
export function pageTemplates(dir = PAGES_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.(astro|md|mdx)$/.test(e.name)) out.push(relative(dir, join(d, e.name)).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** One built page per page template and language (see templates.ts). Throws if a template built nothing. */
export function templatePages(site = builtSite()): Pick[] {
  const { picks, unbuilt } = pagesPerTemplate(
    pageTemplates(),
    site.map((p) => ({ path: p.path, islands: p.html.split('<astro-island').length - 1 })),
    languageOf,
    LANGUAGE_PREFIXES,
  );
  if (unbuilt.length) throw new Error(`No built page for ${unbuilt.join(', ')}`);
  return picks;
}
