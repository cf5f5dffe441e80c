import { parseArgs } from 'node:util';
import { createAccount } from '../auth/auth.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';

/** `npm run account:create -- --name "Acme"`: a new account with a test and a live key (shown once). */
const { values } = parseArgs({ options: { name: { type: 'string', default: 'Account' } } });
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
try {
  await database.migrate();
  const created = await createAccount(database.db, values.name!);
  console.log(`account ${created.accountId} (${values.name})`);
  console.log(`  test key: ${created.testKey}`);
  console.log(`  live key: ${created.liveKey}`);
  console.log('Keys are stored hashed: copy them now, they cannot be shown again.');
} finally {
  await database.close();
}
