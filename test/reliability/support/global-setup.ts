import type { TestProject } from 'vitest/node';
import { buildTemplate } from '../../support/databases.js';

/**
 * The migrated template, as the main suite builds it (PGlite: a data-folder image; PostgreSQL: a
 * `fingraph_tpl_<run>` database), for the restart tests that start servers on fresh copies. Names are
 * per run, so this suite can run next to the main suite on one server. The bank, crash and isolation
 * tests create and drop their own `fingraph_rel_…` databases.
 */
export default async function setup(project: TestProject) {
  return buildTemplate((file) => project.provide('pgliteTemplate', file));
}
