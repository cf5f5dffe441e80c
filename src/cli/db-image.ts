import { loadConfig } from '../config.js';
import { MIGRATIONS_FOLDER, openDatabase } from '../db/client.js';
import { imagePath, readImage, saveImage } from '../db/image.js';

/**
 * `npm run db:image`: builds the cached image of a new migrated embedded database (src/db/image.ts)
 * unless the current one is there, so the first `npm start` on a new data folder loads it instead of
 * running initdb and every migration. `npm install` runs it (postinstall) with `--quiet-failure`: an
 * install never fails because of it (without an image, the first start builds one).
 */
const quietFailure = process.argv.includes('--quiet-failure');
try {
  const config = loadConfig();
  if (!config.imageCacheDir) {
    console.log('fingraph: database image cache is off (FINGRAPH_CACHE_DIR=off)');
  } else if (quietFailure && config.databaseUrl) {
    console.log('fingraph: database image not built (DATABASE_URL is set: the embedded database is not used)');
  } else if (readImage(config.imageCacheDir, MIGRATIONS_FOLDER)) {
    console.log(`fingraph: database image up to date: ${imagePath(config.imageCacheDir, MIGRATIONS_FOLDER)}`);
  } else {
    const t0 = performance.now();
    // In memory, in this short-lived process (initdb's WebAssembly memory goes with it).
    const database = await openDatabase({});
    await database.migrate();
    const file = await saveImage(config.imageCacheDir, MIGRATIONS_FOLDER, await database.dump!());
    await database.close();
    if (!file) throw new Error(`could not write to ${config.imageCacheDir}`);
    console.log(`fingraph: database image built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${file}`);
  }
} catch (err) {
  const message = `fingraph: database image not built (${err instanceof Error ? err.message : String(err)}); the first start builds it`;
  if (!quietFailure) {
    console.error(message);
    process.exit(1);
  }
  console.log(message);
}
