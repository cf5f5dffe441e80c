import fs from 'node:fs';
import path from 'node:path';
import { ensureDemoAccount } from './auth/auth.js';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { log } from './kernel/log.js';

/** Process entry: config → database → migrate → demo account → serve; drains on SIGTERM/SIGINT. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir, poolSize: config.dbPoolSize });
  await database.migrate();

  // With the embedded database, remember a generated demo key so GraphiQL stays filled in after restarts.
  const keyFile = config.databaseUrl ? null : path.join(config.dataDir, 'demo-key');
  const rememberedKey = keyFile && fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8').trim() : undefined;
  const demo = await ensureDemoAccount(database.db, { demo: config.demo, demoKey: config.demoKey ?? rememberedKey });
  if (demo?.created && keyFile && !config.demoKey) fs.writeFileSync(keyFile, demo.key, { mode: 0o600 });

  const app = await createApp(database, config, { graphiqlKey: config.graphiql ? demo?.key : undefined });
  const url = await app.start(config.port, config.host);
  log.info({ url, database: database.kind }, 'fingraph listening');
  console.log(`\nfingraph is running (${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'})`);
  console.log(`  GraphiQL:  ${url}`);
  if (demo) console.log(`  Demo test key${demo.created ? ' (new)' : ''}: ${demo.key}`);
  console.log(`  Health:    ${url.replace('/graphql', '/healthz')}`);
  console.log(`  Webhooks:  ${config.webhooks.worker ? 'delivered by this process' : 'delivered by separate workers (npm run worker)'}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5000);
    force.unref();
    try {
      await app.stop();
      await database.close();
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
