// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  site: 'https://course.example.org',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), preact()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
