import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Families are siblings: every `src/**\/*.resource.ts` (and `*.schema.ts` for hand-written surface, `*.route.ts` for plain HTTP routes)
 * declares itself when imported, and nothing central lists them. Found in a stable order (path).
 */
const SRC = join(import.meta.dirname, '..');
const SUFFIXES = ['.resource.ts', '.schema.ts', '.route.ts'];

function walk(dir: string, out: string[]) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (SUFFIXES.some((s) => entry.name.endsWith(s))) out.push(path);
  }
  return out;
}

/** Paths (relative to src) of the modules that declare the graph. */
export const declarationModules = (): string[] => walk(SRC, []).map((p) => relative(SRC, p));

let loaded: Promise<void> | null = null;
/** Imports every declaration module once: resources first (schemas may extend their types). */
export function discoverResources(): Promise<void> {
  loaded ??= (async () => {
    const modules = walk(SRC, []);
    const ordered = [...modules.filter((m) => m.endsWith('.resource.ts')), ...modules.filter((m) => !m.endsWith('.resource.ts'))];
    for (const path of ordered) await import(pathToFileURL(path).href);
  })();
  return loaded;
}
