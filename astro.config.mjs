// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offline } from './src/integrations/offline.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinksUnder } from './src/lib/glossary/links.ts';
import { siteBase } from './src/lib/urls.ts';

// Where the site is served from: "/" by default; `BASE_PATH=/training/ npm run build` for a
// sub-path such as a company intranet's /training/. Every link comes from src/lib/urls.ts with it.
const base = siteBase(process.env.BASE_PATH);

// Chunks by who loads them, so that pages do not pay a per-file overhead for many small ones
// (the budgets in tests/build/budgets.test.ts count gzip bytes per file):
// - site: what every page runs (src/client/site.ts, from Base.astro), and small modules pages share;
// - progress: the progress core that the static pages' elements and the islands share;
// - preact: Preact, its hooks and JSX runtime, and t(): what every island needs;
// - island-progress: the islands' view of progress (useProgress, boot), apart, as the account map
//   and the live pages have islands but no progress;
// - quiz: the knowledge check and the assessment's questions.
// A group also takes what its modules import, unless a group of higher priority took it first.
/** @param {string} name @param {RegExp} test @param {number} priority */
const group = (name, test, priority) => ({ name, test, priority });
const CHUNKS = {
  groups: [
    group('site', /\/src\/(client\/site|stores\/offline|i18n\/format)\.ts$|vite\/preload-helper/, 9),
    group('progress', /\/src\/(lib\/progress\/(record|sealed)|stores\/(progress|progress-notice|observable)|client\/(progress-element|results-text|progress-marks))\.ts$/, 8),
    group('preact', /\/node_modules\/preact\/(dist|hooks|jsx-runtime)\/|\/src\/i18n\/t\.ts$/, 7),
    group('island-progress', /\/src\/(islands\/(use-progress|boot)|lib\/progress\/quiz)\.ts$/, 6),
    group('quiz', /\/src\/(islands\/(QuizIsland\.tsx|quiz\/)|lib\/quiz\/(present|shuffle|options|score)\.ts|stores\/quiz\.ts)/, 5),
  ],
};

// Dynamic imports (zod when a file is chosen, the notices when they are needed) stay plain
// import(). Vite wraps each in a preload helper (about 0.5 KB on every page that has one) to
// preload the chunks and CSS a lazy chunk needs; with modulePreload off the chunk list is empty,
// and no lazy chunk here has CSS of its own, so the helper is the identity. The build stops if a
// lazy chunk ever brings CSS. Astro sets the client build's modulePreload itself, so this is said
// in the client environment's own config.
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** @type {import('vite').Plugin} */
const plainDynamicImports = {
  name: 'plain-dynamic-imports',
  enforce: 'pre',
  configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
  load(id) {
    if (id === PRELOAD_HELPER && this.environment?.name === 'client') return 'export const __vitePreload = (load) => load();';
  },
  generateBundle(_options, bundle) {
    if (this.environment?.name !== 'client') return;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const lazy of chunk.dynamicImports) {
        const target = bundle[lazy];
        const css = target?.type === 'chunk' ? target.viteMetadata?.importedCss : undefined;
        if (css?.size) this.error(`${chunk.fileName} loads ${lazy} lazily, which brings CSS (${[...css].join(', ')}): the plain import() of astro.config.mjs would not load it`);
      }
    }
  },
};

export default defineConfig({
  site: 'https://course.example.org',
  base,
  // The content cache lives with the checkout, not in node_modules, which checkouts may share.
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  // Chinese at the root, English under /en/ (pages live in src/pages/[...lang]/).
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  // offline() runs last: its file list includes the search index.
  // Lessons link each glossary term's first occurrence to its entry: a hast plugin for Sätteri,
  // the MDX processor Astro 7 uses (it runs hast plugins, not rehype plugins): src/lib/glossary/links.ts.
  integrations: [contentCheck(), mdx({ processor: satteri({ hastPlugins: [glossaryLinksUnder(base)] }) }), preact(), searchIndex(), offline()],
  build: { format: 'directory' },
  // Lessons have no code blocks; Shiki's inline styles would also break the CSP below.
  markdown: { syntaxHighlight: false },
  // A strict Content Security Policy in every page: scripts and styles only from this site or with
  // the hashes Astro computes (no 'unsafe-inline'), and nothing from anywhere else.
  security: {
    csp: {
      // Pagefind runs its search in WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: ["default-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'self'", "worker-src 'self'", "manifest-src 'self'"],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [plainDynamicImports],
    build: {
      rollupOptions: {
        output: {
          codeSplitting: CHUNKS,
        },
      },
    },
  },
});
