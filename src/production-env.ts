/**
 * Preloaded by `npm start` and `npm run worker` (package.json), before any library loads: unless the
 * environment says otherwise, run as production. graphql-js reads NODE_ENV once, at load, and outside
 * production wraps every type check in a development-only multi-realm check (about 18% of the server's
 * CPU per money movement, bench/money-movement.ts). Tests keep vitest's NODE_ENV=test.
 */
process.env.NODE_ENV ??= 'production';
