import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:reliability`: the bank, crash, hostile-input and isolation suites (test/reliability), on PGlite
 * or, with DATABASE_URL, on PostgreSQL. Kept out of `npm test` (slower, and sized by REL_* variables).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/reliability/**/*.test.ts'],
    exclude: [],
    globalSetup: ['test/reliability/support/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // One file at a time: each one loads the machine on purpose.
    fileParallelism: false,
  },
});
