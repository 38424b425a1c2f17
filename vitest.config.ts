import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Checking the whole real course takes seconds on a cold two-core machine: room for that, never a timing assertion.
    testTimeout: 30_000,
  },
});
