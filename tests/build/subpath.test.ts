// Follows every link of two builds: the default one in dist/ (served from "/") and one made with
// BASE_PATH=/training/ into dist-training/ (served from "/training/", as on a company intranet;
// `npm test` makes both). On every page, every href, src, srcset, action and island URL (and the
// URLs inside island props), every search result's URL, the manifest's and every file the
// service worker keeps must start with the build's base and name a file of that build; a link to
// a #fragment must find that id on its page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtSite, DIST } from '../support/site.ts';

const TRAINING = fileURLToPath(new URL('../../dist-training/', import.meta.url));
/** The site's public address (astro.config.mjs `site`): canonical and hreflang links name it. */
const SITE = 'https://course.example.org';

const BUILDS = [
  { name: 'the default build (dist/, served from /)', dir: DIST, base: '/', how: 'npx astro build' },
  { name: 'the sub-path build (dist-training/, served from /training/)', dir: TRAINING, base: '/training/', how: 'BASE_PATH=/training/ npx astro build --outDir dist-training' },
];

const unescape = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Every URL a page names: link and asset attributes, srcset candidates, and paths inside island props. */
function urlsOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/g)) {
    const value = unescape(m[2]!);
    if (m[1] === 'srcset') out.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
    else out.push(value);
  }
  // Island props are JSON inside an attribute; a string that starts with one slash is a path.
  for (const m of html.matchAll(/\\?&quot;(\/(?!\/)[^&\\]*?)\\?&quot;/g)) out.push(unescape(m[1]!));
  return out;
}

/** A checker of one build: what is wrong with a URL seen on the page at `from` (a URL path), or null. */
function linkChecker(dir: string, base: string) {
  const pages = new Map<string, string>();
  const html = (file: string) => {
    if (!pages.has(file)) pages.set(file, readFileSync(file, 'utf8'));
    return pages.get(file)!;
  };
  return (url: string, from: string): string | null => {
    if (url === '' || url === '#' || /^(data|blob|mailto|tel):/.test(url)) return null;
    if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith(`${SITE}/`)) return null; // another origin: pages.test.ts forbids those
    const target = new URL(url.startsWith(SITE) ? url.slice(SITE.length) : url, `http://x${from}`);
    if (!target.pathname.startsWith(base)) return `${url}: not under ${base}`;
    const rel = decodeURIComponent(target.pathname.slice(base.length));
    const file = join(dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!existsSync(file)) return `${url}: no file ${file.slice(dir.length)} in the build`;
    const id = decodeURIComponent(target.hash.slice(1));
    if (id && file.endsWith('.html') && !html(file).includes(` id="${id}"`)) return `${url}: no id "${id}" on ${target.pathname}`;
    return null;
  };
}

/** The URL Pagefind shows for a stored one: the folder it is served from (the site's base) in front, as its fullUrl() does. */
const searchResultUrl = (base: string, stored: string) => `${base}/${stored}`.replace(/\/+/g, '/');

/** Every page and record in the search index, as Pagefind stored it (gzip, behind a "pagefind_dcd" signature). */
function searchFragments(dir: string): { url: string }[] {
  const folder = join(dir, 'pagefind/fragment');
  return readdirSync(folder).map((f) => {
    const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
  });
}

for (const build of BUILDS) {
  describe(build.name, () => {
    if (!existsSync(join(build.dir, 'index.html'))) {
      it('is there', () => {
        throw new Error(`No build in ${build.dir}: run \`${build.how}\` (npm test makes it).`);
      });
      return;
    }
    const site = builtSite(build.dir);
    const check = linkChecker(build.dir, build.base);
    // The 404 page is 404.html, served in place of whatever was asked for; other pages are folders.
    const pageUrl = (path: string) => (path === '/404/' ? `${build.base}404.html` : `${build.base}${path.slice(1)}`);

    it('has its pages, each marked with the base the browser scripts build links from', () => {
      expect(site.length).toBeGreaterThan(50);
      expect(site.filter((p) => !p.html.includes(`<html lang="${p.path.startsWith('/en/') ? 'en' : 'zh-CN'}" data-base="${build.base}"`)).map((p) => p.path)).toEqual([]);
    });

    it.each(site.map((p) => [p.path, p] as const))('%s: every link, asset and island URL is under the base and resolves', (path, { html }) => {
      const from = pageUrl(path);
      const urls = urlsOf(html);
      expect(urls.length).toBeGreaterThan(3);
      expect(urls.map((u) => check(u, from)).filter(Boolean)).toEqual([]);
    });

    it('every search result (page or question, scenario and glossary record) leads under the base to a page with its section', () => {
      const stored = searchFragments(build.dir);
      expect(stored.length).toBeGreaterThan(100);
      expect(stored.some((r) => r.url.includes('#term-'))).toBe(true);
      expect(check(`${build.base}pagefind/pagefind.js`, build.base)).toBeNull();
      expect(stored.map((r) => check(searchResultUrl(build.base, r.url), build.base)).filter(Boolean)).toEqual([]);
    });

    it('the web app manifest starts, scopes and finds its icons under the base', () => {
      const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string; icons: { src: string }[] };
      expect([manifest.start_url, manifest.scope]).toEqual([build.base, build.base]);
      expect(manifest.icons.length).toBeGreaterThan(1);
      expect([manifest.start_url, ...manifest.icons.map((i) => i.src)].map((u) => check(u, build.base)).filter(Boolean)).toEqual([]);
    });

    it('the service worker keeps only files of this build, under the base, and falls back to its 404 page', () => {
      const sw = readFileSync(join(build.dir, 'sw.js'), 'utf8');
      expect(JSON.parse(/const BASE = ("[^"]*");/.exec(sw)![1]!)).toBe(build.base);
      const files = JSON.parse(/const FILES = (\[.*?\]);/.exec(sw)![1]!) as string[];
      expect(files.length).toBeGreaterThan(100);
      expect(files).toEqual(expect.arrayContaining([build.base, `${build.base}404.html`, `${build.base}manifest.webmanifest`, `${build.base}customer-org/roles/`]));
      expect(files.map((f) => (f.startsWith(build.base) ? check(f, build.base) : `${f}: not under ${build.base}`)).filter(Boolean)).toEqual([]);
    });
  });
}
