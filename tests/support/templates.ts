// Which built page stands for which page template of src/pages, so a browser check can visit one
// page per template (and per language) and still cover a template added tomorrow.

export interface Template {
  /** The file under src/pages, e.g. `[...lang]/[course]/results.astro`. */
  file: string;
  pattern: RegExp;
  /** Plain segments: a route with more of them wins over a more general one, as in Astro. */
  statics: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The route a page file makes: `[param]` one segment, `index` none, and `[...rest]` one of `rest`,
 * the values the site gives it (here the language prefixes: '' for Chinese, 'en/').
 */
export function templateOf(file: string, rest: string[] = ['']): Template {
  const segments = file.replace(/\.astro$/, '').split('/').filter((s) => s !== 'index');
  let statics = 0;
  const parts = segments.map((seg) => {
    if (/^\[\.\.\.[^\]]+\]$/.test(seg)) return `(?:${rest.map(escape).join('|')})`;
    if (/^\[[^\]]+\]$/.test(seg)) return '[^/]+/';
    statics++;
    return `${escape(seg)}/`;
  });
  return { file, pattern: new RegExp(`^/${parts.join('')}$`), statics };
}

/** The template that builds `path`: of those whose route matches, the one with most plain segments. */
export function templateFor(templates: Template[], path: string): Template | undefined {
  return templates.filter((t) => t.pattern.test(path)).sort((a, b) => b.statics - a.statics)[0];
}

export interface Pick {
  template: string;
  language: string;
  path: string;
}

/**
 * One page per template and language: the one with the most islands (the most to go wrong), then
 * the first by path. `languageOf` tells a page's language from its path. Templates that built no
 * page are returned apart, so a test can fail on them.
 */
export function pagesPerTemplate(
  files: string[],
  pages: { path: string; islands: number }[],
  languageOf: (path: string) => string,
  rest: string[] = [''],
): { picks: Pick[]; unbuilt: string[] } {
  const templates = files.map((f) => templateOf(f, rest));
  const best = new Map<string, { path: string; islands: number }>();
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const t = templateFor(templates, page.path);
    if (!t) continue;
    const key = `${t.file}\n${languageOf(page.path)}`;
    const held = best.get(key);
    if (!held || page.islands > held.islands) best.set(key, page);
  }
  const picks = [...best].map(([key, page]) => {
    const [template, language] = key.split('\n') as [string, string];
    return { template, language, path: page.path };
  });
  const unbuilt = files.filter((f) => !picks.some((p) => p.template === f));
  return { picks: picks.sort((a, b) => a.template.localeCompare(b.template) || a.language.localeCompare(b.language)), unbuilt };
}
