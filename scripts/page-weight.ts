// What each built page makes the browser download: JavaScript (following static imports, since
// an island's chunks load with it), CSS and HTML, in gzip bytes. Used by `npm run bench` and by
// the budget tests in tests/build.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** URL path, e.g. `/customer-org/roles/`. */
  page: string;
  /** The HTML file. */
  file: string;
  html: number;
  css: number;
  /** JavaScript loaded with the page: its scripts and everything they import statically. */
  js: number;
  /** The part of `js` the page needs without its islands: its own <script> tags and their imports. */
  baseJs: number;
  /** JavaScript only some interactions load (dynamic imports). */
  lazyJs: number;
  /** The JavaScript files counted in `js`, relative to dist. */
  scripts: string[];
}

export const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Every .html file under dist, as [url path, file]. */
export function builtPages(dist: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        out.push(['/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/'), full]);
      }
    }
  };
  walk(dist);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

const local = (dist: string, from: string, url: string) => (url.startsWith('/') ? join(dist, url) : resolve(dirname(from), url));

/** The JavaScript files a module pulls in: static imports (eager) and import() (lazy). */
function imports(file: string): { eager: string[]; lazy: string[] } {
  const code = readFileSync(file, 'utf8');
  // Static imports, and re-exports (`export { t as default } from "./quiz.js"`: an entry whose code is in a shared chunk).
  const eager = [...code.matchAll(/(?:^|[;}\s])(?:import\s*(?:[\w*{}\s,$]+from\s*)?|export\s*[\w*{}\s,$]+from\s*)["']([^"']+\.js)["']/g)].map((m) => resolve(dirname(file), m[1]!));
  // (The bundler quotes a dynamic import's path with backticks.)
  const lazy = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(dirname(file), m[1]!));
  return { eager, lazy };
}

/** Weighs one built page. */
export function weighPage(dist: string, page: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => local(dist, file, m[1]!));
  // Islands name their component and renderer modules on <astro-island>.
  const islands = [...html.matchAll(/<astro-island[^>]*?\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => local(dist, file, m[1]!));
  const closure = (entries: string[]) => {
    const eager = new Set<string>();
    const lazy = new Set<string>();
    const visit = (f: string, into: Set<string>) => {
      if (eager.has(f) || into.has(f)) return;
      into.add(f);
      const { eager: e, lazy: l } = imports(f);
      for (const x of e) visit(x, into);
      for (const x of l) visit(x, lazy);
    };
    for (const e of entries) visit(e, eager);
    for (const f of eager) lazy.delete(f);
    return { eager, lazy };
  };
  const { eager, lazy } = closure([...scripts, ...islands]);
  const base = closure(scripts).eager;
  // Inline scripts count too; Astro's island runtime (the <astro-island> element and its client:
  // directives) belongs to the islands, not to the page's own scripts.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const islandRuntime = (code: string) => /astro-island|self\.Astro|window\.Astro/.test(code);
  const inlineJs = inline.join('\n');
  const inlineBase = inline.filter((c) => !islandRuntime(c)).join('\n');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(local(dist, file, m[1]!), 'utf8')).join('\n');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  return {
    page,
    file,
    html: gz(html),
    css: gz(css + inlineCss),
    js: sum(eager) + (inlineJs.trim() ? gz(inlineJs) : 0),
    baseJs: sum(base) + (inlineBase.trim() ? gz(inlineBase) : 0),
    lazyJs: sum(lazy),
    scripts: [...eager].map((f) => relative(dist, f).split(sep).join('/')),
  };
}

export const weighSite = (dist: string) => builtPages(dist).map(([page, file]) => weighPage(dist, page, file));
