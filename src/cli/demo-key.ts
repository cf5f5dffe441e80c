import { demoKeyFile, rotateDemoKey, writeKeyFile } from '../auth/demo.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';

/**
 * `npm run demo:key`: issues a new demo test key and prints it; the demo account's earlier test keys
 * stop working. With the embedded database the key is remembered for the next start (stop the server
 * first: one process per data folder); on PostgreSQL paste it into GraphiQL's headers or restart.
 */
const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
  imageCacheDir: config.imageCacheDir,
});
try {
  await database.migrate();
  const key = await rotateDemoKey(database.db);
  if (!config.databaseUrl) writeKeyFile(demoKeyFile(config.dataDir), key);
  console.log(`Demo test key (new): ${key}`);
  console.log("The demo account's earlier test keys no longer work.");
} finally {
  await database.close();
}
