import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A cached image of a new, migrated embedded database (PGlite's gzipped data-folder tarball).
 *
 * Creating a PGlite database runs initdb (a WebAssembly PostgreSQL, 7-17 s on a loaded 2-core machine)
 * and then every migration (1.5-4 s); loading the same result from a 4.7 MB image takes 2-5 s. The
 * image is made once (`npm install` runs `npm run db:image`, else the first start saves what it just
 * built) and used for every new data folder after that: a fresh `.data/`, the test suite's template.
 *
 * Its name is its key: the PGlite version (the data format) and a hash of every file of the
 * migrations folder (names and bytes). A changed, added or removed migration changes the name, so a
 * stale image is never found; images of other keys are removed when a new one is saved.
 */
export const IMAGE_FORMAT = 1;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Default cache folder: where build tools keep theirs (`npm ci` empties it with node_modules). */
export const DEFAULT_IMAGE_CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'fingraph');

export function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** sha256 over the folder's files, sorted by relative path: each path and its bytes. */
export function migrationsHash(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []));
  for (const file of walk(folder)
    .map((f) => path.relative(folder, f).split(path.sep).join('/'))
    .sort()) {
    const bytes = fs.readFileSync(path.join(folder, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The image's file in `cacheDir` for these migrations and this PGlite. */
export function imagePath(cacheDir: string, migrationsFolder: string): string {
  return path.join(cacheDir, `pglite-${pgliteVersion()}-f${IMAGE_FORMAT}-${migrationsHash(migrationsFolder).slice(0, 24)}.tar.gz`);
}

/** The cached image for these migrations, or null. */
export function readImage(cacheDir: string, migrationsFolder: string): { file: string; image: Blob } | null {
  const file = imagePath(cacheDir, migrationsFolder);
  try {
    return { file, image: new Blob([fs.readFileSync(file)]) };
  } catch {
    return null;
  }
}

/**
 * Saves an image (written aside, then renamed: a concurrent reader sees the whole file or none) and
 * removes images of other keys. Best effort: a read-only or full disk only costs the next first start.
 */
export async function saveImage(cacheDir: string, migrationsFolder: string, image: Blob): Promise<string | null> {
  const file = imagePath(cacheDir, migrationsFolder);
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await image.arrayBuffer()));
    fs.renameSync(tmp, file);
    for (const other of fs.readdirSync(cacheDir))
      if (other.startsWith('pglite-') && other.endsWith('.tar.gz') && path.join(cacheDir, other) !== file)
        fs.rmSync(path.join(cacheDir, other), { force: true });
    return file;
  } catch {
    return null;
  }
}

/** Drops an image that failed to load (a damaged file), so the next start builds a good one. */
export function discardImage(file: string) {
  fs.rmSync(file, { force: true });
}
