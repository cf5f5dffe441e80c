import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';

/** `npm run db:migrate`: applies drizzle/ migrations to DATABASE_URL, or the embedded database. */
const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
  imageCacheDir: config.imageCacheDir,
});
await database.migrate();
await database.close();
console.log(`migrations applied (${database.kind})`);
