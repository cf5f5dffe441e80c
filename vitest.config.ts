import { createRequire } from 'node:module';
import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// Names this run's PostgreSQL template and test databases (test/support/databases.ts); forks inherit it.
process.env.FINGRAPH_TEST_RUN ??= `${process.pid}${Date.now().toString(36)}`;

export default defineConfig({
  resolve: {
    // graphql ships CJS (`main`) and ESM (`module`) builds. Node, and so graphql-yoga at run time,
    // loads the CJS one; Vite would hand our sources the ESM one. Two copies of GraphQLError break
    // yoga's `instanceof` checks (every thrown GraphQLError gets masked as INTERNAL_SERVER_ERROR in
    // tests only), so make the sources load the same copy Node does.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The reliability and browser suites have their own configs (npm run test:reliability, test:browser).
    exclude: [...configDefaults.exclude, 'test/reliability/**', 'test/browser/**'],
    globalSetup: ['test/support/global-setup.ts'],
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker keeps its module cache between files: the schema (built from the spec at import) is built
    // once per worker, not once per file. Every file starts its own app, which sets the process-wide
    // settings (test-mode delays, webhook target policy, admin key) from its own configuration.
    isolate: false,
    // Vitest's default is one worker fewer than the CPUs: a single worker on a 2-core machine. Much of a
    // test file's time is waiting (servers starting, websockets, timers), so run at least two files at once.
    maxWorkers: Math.max(2, os.availableParallelism()),
  },
});
