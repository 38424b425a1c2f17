// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentCheck } from './src/integrations/content-check.ts';

const PROGRESS_CORE = /\/src\/(lib\/progress\/(read|record|storage)|stores\/(progress|observable)|client\/(progress-marks|storage-notice|dom))\.ts$/;

export default defineConfig({
  site: 'https://course.example.org',
  trailingSlash: 'always',
  // Chinese at the root, English under /en/ (pages live in src/pages/[...lang]/).
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  integrations: [contentCheck(), mdx(), preact()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
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
