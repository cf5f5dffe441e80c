import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { WebhookWorker } from './events/webhooks/webhook.worker.js';
import { log } from './kernel/log.js';

/**
 * `npm run worker`: a process that only delivers webhooks, beside any number of servers and other
 * workers on one PostgreSQL database. (Servers deliver too unless FINGRAPH_WEBHOOK_WORKER=off.)
 */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error(
      'npm run worker needs PostgreSQL: set DATABASE_URL. The embedded PGlite database allows one process per data folder, ' +
        'and the server already delivers webhooks itself (FINGRAPH_WEBHOOK_WORKER=on, the default).',
    );
    process.exit(2);
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: Math.min(config.dbPoolSize, config.webhooks.concurrency + 2) });
  await database.migrate();
  const worker = new WebhookWorker(database, { ...config.webhooks, worker: true });
  await worker.start();
  log.info({ concurrency: config.webhooks.concurrency }, 'fingraph webhook worker running');
  console.log(`fingraph webhook worker running (${config.webhooks.concurrency} deliveries at a time)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'worker shutting down');
    const force = setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 10_000);
    force.unref();
    try {
      await worker.stop();
      await database.close();
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'worker shutdown failed');
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
