import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { MIGRATIONS_FOLDER, openDatabase } from '../src/db/client.js';
import { imagePath, readImage, saveImage } from '../src/db/image.js';

/**
 * The cached image of a new migrated embedded database (src/db/image.ts): found only for the exact
 * migrations it was made from, and what a new data folder starts from. (A damaged image falling back
 * to initdb is in test/reliability/db-image.test.ts: initdb takes too long for this suite.)
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fingraph-image-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A migrated image with a marker table no migration makes: a database that has it was loaded from this image. */
let marked: Blob;
beforeAll(async () => {
  // On a PostgreSQL run there is no PGlite template: the cached image (npm install made it), else a new one.
  const template = inject('pgliteTemplate');
  const cacheDir = loadConfig({ FINGRAPH_CACHE_DIR: process.env.FINGRAPH_CACHE_DIR }).imageCacheDir;
  const image = template ? new Blob([fs.readFileSync(template)]) : cacheDir ? readImage(cacheDir, MIGRATIONS_FOLDER)?.image : undefined;
  const db = await openDatabase(image ? { loadDataDir: image } : {});
  if (!image) await db.migrate();
  await db.db.execute('create table image_marker (note text)' as never);
  await db.db.execute(`insert into image_marker values ('from the image')` as never);
  marked = await db.dump!();
  await db.close();
}, 60_000);

function copyMigrations(name: string) {
  const dir = path.join(tmp, name);
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  return dir;
}

describe('image key', () => {
  it('is the same for the same migrations and differs for any changed, added or removed file', async () => {
    const cache = path.join(tmp, 'keys');
    const same = copyMigrations('same');
    expect(imagePath(cache, same)).toBe(imagePath(cache, MIGRATIONS_FOLDER));

    const edited = copyMigrations('edited');
    const sqlFile = fs.readdirSync(edited).find((f) => f.endsWith('.sql'))!;
    fs.appendFileSync(path.join(edited, sqlFile), '\n-- one more line\n');
    const added = copyMigrations('added');
    fs.writeFileSync(path.join(added, '9999_later.sql'), 'create table later (id text);');
    const removed = copyMigrations('removed');
    fs.rmSync(path.join(removed, sqlFile));
    const snapshot = copyMigrations('snapshot');
    const meta = path.join(snapshot, 'meta', '_journal.json');
    fs.writeFileSync(meta, fs.readFileSync(meta, 'utf8').replace(/"when":\s*(\d)/, '"when": 1$1'));
    const paths = [MIGRATIONS_FOLDER, edited, added, removed, snapshot].map((f) => imagePath(cache, f));
    expect(new Set(paths).size).toBe(5);
    for (const p of paths) expect(path.basename(p)).toMatch(/^pglite-\d+\.\d+\.\d+-f\d+-[0-9a-f]{24}\.tar\.gz$/);

    // An image saved for the current migrations is never found for changed ones, and saving one for
    // changed migrations replaces it (only the newest key is kept).
    expect(await saveImage(cache, MIGRATIONS_FOLDER, marked)).toBe(paths[0]);
    expect(readImage(cache, same)).not.toBeNull();
    for (const f of [edited, added, removed, snapshot]) expect(readImage(cache, f)).toBeNull();
    await saveImage(cache, edited, marked);
    expect(readImage(cache, MIGRATIONS_FOLDER)).toBeNull();
    expect(fs.readdirSync(cache)).toEqual([path.basename(paths[1]!)]);
  });
});

describe('a new data folder', () => {
  it('starts from the cached image of the current migrations, and keeps it on disk', async () => {
    const cache = path.join(tmp, 'cache');
    await saveImage(cache, MIGRATIONS_FOLDER, marked);
    const dataDir = path.join(tmp, 'data');
    const db = await openDatabase({ dataDir, imageCacheDir: cache });
    await db.migrate(); // nothing left to apply
    expect(await db.db.execute('select note from image_marker' as never)).toMatchObject({ rows: [{ note: 'from the image' }] });
    await db.close();
    expect(fs.existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);

    // A later start opens the folder as it is (the image is used for new folders only).
    fs.rmSync(cache, { recursive: true });
    const again = await openDatabase({ dataDir, imageCacheDir: cache });
    expect(await again.db.execute('select count(*)::int as n from image_marker' as never)).toMatchObject({ rows: [{ n: 1 }] });
    await again.close();
    expect(fs.existsSync(cache)).toBe(false);
  });
});
