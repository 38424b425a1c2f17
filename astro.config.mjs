// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offline } from './src/integrations/offline.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/lib/glossary/links.ts';

const PROGRESS_CORE = /\/src\/(lib\/progress\/(read|record|storage)|stores\/(progress|progress-notice|observable)|client\/progress-element)\.ts$/;

export default defineConfig({
  site: 'https://course.example.org',
  // The content cache lives with the checkout, not in node_modules, which checkouts may share.
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  // Chinese at the root, English under /en/ (pages live in src/pages/[...lang]/).
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  // offline() runs last: its file list includes the search index.
  // Lessons link each glossary term's first occurrence to its entry: a hast plugin for Sätteri,
  // the MDX processor Astro 7 uses (it runs hast plugins, not rehype plugins): src/lib/glossary/links.ts.
  integrations: [contentCheck(), mdx({ processor: satteri({ hastPlugins: [glossaryLinks] }) }), preact(), searchIndex(), offline()],
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
    build: {
      modulePreload: false,
      rollupOptions: {
        output: {
          // Every page that shows progress needs the same few modules; one chunk instead of four
          // saves each page the per-file overhead (the lesson page's own scripts must fit 3 KB).
          manualChunks: (id) => (PROGRESS_CORE.test(id.replaceAll('\\', '/')) ? 'progress' : undefined),
        },
      },
    },
  },
});
