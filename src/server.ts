import fs from 'node:fs';
import net from 'node:net';
import { publishAdminKey } from './auth/admin.route.js';
import { demoKeyForStart } from './auth/demo.js';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { log } from './kernel/log.js';
import { startMetricsServer } from './kernel/metrics.js';

/** Refuses at once (before seconds of opening and migrating the database) when the port is taken. */
async function checkPortFree(port: number, host: string) {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new StartError(`Port ${port} on ${host} is already in use (another fingraph?): stop that process or set PORT.`) : err),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

class StartError extends Error {}

/** Process entry: config → port check → database → migrate → demo account → serve; drains on SIGTERM/SIGINT. */
async function main() {
  const config = loadConfig();
  await checkPortFree(config.port, config.host);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    imageCacheDir: config.imageCacheDir,
    poolSize: config.dbPoolSize,
  });
  await database.migrate();

  const demo = await demoKeyForStart(database.db, { demo: config.demo, demoKey: config.demoKey, dataDir: config.databaseUrl ? undefined : config.dataDir });
  const app = await createApp(database, { ...config, metricsOnApiPort: config.metrics.onApiPort }, { graphiqlKey: config.graphiql ? demo?.key : undefined });
  const metrics = config.metrics.port === undefined ? null : await startMetricsServer(config.metrics.port, config.metrics.host);
  const url = await app.start(config.port, config.host);
  const adminFile = publishAdminKey(config, database.kind, url);
  log.info({ url, database: database.kind }, 'fingraph listening');
  console.log(`\nfingraph is running (${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'})`);
  console.log(`  GraphiQL:  ${url}`);
  if (demo) {
    console.log(`  Demo test key${demo.issued ? ' (new)' : ''}: ${demo.key}`);
    if (demo.issued && config.databaseUrl && !config.demoKey)
      console.log('             (a new one each start on PostgreSQL; set FINGRAPH_DEMO_KEY to keep one)');
  }
  console.log(`  Health:    ${url.replace('/graphql', '/healthz')}`);
  if (metrics) console.log(`  Metrics:   ${metrics.url}`);
  console.log(`  Webhooks:  ${config.webhooks.worker ? 'delivered by this process' : 'delivered by separate workers (npm run worker)'}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5000);
    force.unref();
    try {
      if (adminFile) fs.rmSync(adminFile, { force: true });
      await metrics?.close();
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
  if (err instanceof ConfigError || err instanceof StartError) console.error(err.message);
  else console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
