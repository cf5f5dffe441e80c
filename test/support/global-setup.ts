import type { TestProject } from 'vitest/node';
import { buildTemplate } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  return buildTemplate((file) => project.provide('pgliteTemplate', file));
}
