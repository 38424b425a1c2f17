import { defineConfig } from 'vitest/config';

// Tests of the production build in dist/; `npm test` runs them after `astro build`.
export default defineConfig({ test: { include: ['tests/build/**/*.test.ts'], environment: 'node' } });
