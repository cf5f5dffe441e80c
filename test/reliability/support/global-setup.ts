import type { TestProject } from 'vitest/node';
import { buildTemplate } from '../../support/databases.js';

/**
 * PGlite: build the migrated template once (as the main suite does). PostgreSQL: nothing, each
 * reliability test creates and drops its own `fingraph_rel_…` database, so this suite can run next
 * to the main suite on one server without touching its template or databases.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return async () => {};
  return buildTemplate((file) => project.provide('pgliteTemplate', file));
}
