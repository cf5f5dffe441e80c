import { z } from 'zod';

/** Every setting fingraph reads from the environment, validated once at start. */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  FINGRAPH_DATA_DIR: z.string().min(1).default('.data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  FINGRAPH_DEMO: z.enum(['on', 'off']).default('on'),
  FINGRAPH_DEMO_KEY: z
    .string()
    .regex(/^sk_test_[A-Za-z0-9]{16,99}$/, 'must look like sk_test_ followed by 16-99 letters or digits')
    .optional(),
  FINGRAPH_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  FINGRAPH_MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
  FINGRAPH_MAX_COST: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  FINGRAPH_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  FINGRAPH_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  FINGRAPH_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Webhook delivery (src/events/webhooks): see WEBHOOK_DEFAULTS.
  FINGRAPH_WEBHOOK_WORKER: z.enum(['on', 'off']).default('on'),
  FINGRAPH_WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(30).default(12),
  FINGRAPH_WEBHOOK_RETRY_DELAY_MS: z.coerce.number().int().min(1).max(86_400_000).default(60_000),
  FINGRAPH_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  FINGRAPH_WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
});

/**
 * Webhook delivery settings. `worker`: deliver from this server process (turn off when separate
 * `npm run worker` processes do it). A failed delivery is retried `retryLimit` times, the n-th retry
 * `retryDelayMs * 2^(n-1)` after the previous attempt (defaults: 12 retries from one minute, about
 * 68 hours in all, like Stripe's "up to three days"), then marked failed. `timeoutMs` bounds one
 * POST; `concurrency` is how many deliveries one process runs at once.
 */
export interface WebhookConfig {
  worker: boolean;
  retryLimit: number;
  retryDelayMs: number;
  timeoutMs: number;
  concurrency: number;
}

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  demo: boolean;
  demoKey: string | undefined;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxBodyBytes: number;
  dbPoolSize: number;
  shutdownTimeoutMs: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  webhooks: WebhookConfig;
}

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError listing every bad variable with its reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.FINGRAPH_DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    demo: e.FINGRAPH_DEMO === 'on',
    demoKey: e.FINGRAPH_DEMO_KEY,
    maxDepth: e.FINGRAPH_MAX_DEPTH,
    maxAliases: e.FINGRAPH_MAX_ALIASES,
    maxCost: e.FINGRAPH_MAX_COST,
    maxBodyBytes: e.FINGRAPH_MAX_BODY_BYTES,
    dbPoolSize: e.FINGRAPH_DB_POOL_SIZE,
    shutdownTimeoutMs: e.FINGRAPH_SHUTDOWN_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    webhooks: {
      worker: e.FINGRAPH_WEBHOOK_WORKER === 'on',
      retryLimit: e.FINGRAPH_WEBHOOK_RETRY_LIMIT,
      retryDelayMs: e.FINGRAPH_WEBHOOK_RETRY_DELAY_MS,
      timeoutMs: e.FINGRAPH_WEBHOOK_TIMEOUT_MS,
      concurrency: e.FINGRAPH_WEBHOOK_CONCURRENCY,
    },
  };
}

/** The defaults above, for callers (tests, createApp) that pass only some webhook settings. */
export const WEBHOOK_DEFAULTS: WebhookConfig = loadConfig({}).webhooks;
