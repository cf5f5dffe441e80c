import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run test:browser`: GraphiQL in headless Chromium (test/browser), kept out of `npm test`. */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/browser/**/*.test.ts'], exclude: [], testTimeout: 60_000, hookTimeout: 120_000 },
});
