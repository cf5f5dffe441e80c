import { isIP } from 'node:net';
import { z } from 'zod';
import type { RateLimitConfig } from './auth/rate-limit.js';
import { DEFAULT_IMAGE_CACHE_DIR } from './db/image.js';

/** A whole number of requests from 0 (rate limiting off) to a million. */
const requests = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a whole number of requests (0 turns rate limiting off)' })
    .int('must be a whole number of requests (0 turns rate limiting off)')
    .min(0, 'must be 0 (off) or more')
    .max(1_000_000, 'must be at most 1000000')
    .default(fallback);

/** Every setting fingraph reads from the environment, validated once at start. */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  FINGRAPH_DATA_DIR: z.string().min(1).default('.data'),
  // Cached image of a new migrated embedded database (src/db/image.ts); 'off' = none.
  FINGRAPH_CACHE_DIR: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  FINGRAPH_DEMO: z.enum(['on', 'off']).default('on'),
  FINGRAPH_DEMO_KEY: z
    .string()
    .regex(/^sk_test_[A-Za-z0-9]{16,99}$/, 'must look like sk_test_ followed by 16-99 letters or digits')
    .optional(),
  FINGRAPH_ADMIN_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_]{32,200}$/, 'must be 32-200 letters, digits or underscores')
    .optional(),
  FINGRAPH_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  FINGRAPH_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  FINGRAPH_METRICS_ON_API_PORT: z.enum(['on', 'off']).default('off'),
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
  // Test-mode automation (src/treasury/test-mode): see TestModeConfig.
  FINGRAPH_TEST_MODE_DELAY_MS: z.coerce.number().int().min(0).max(86_400_000).default(5_000),
  FINGRAPH_TEST_MODE_RETURN_DELAY_MS: z.coerce.number().int().min(0).max(86_400_000).default(10_000),
  FINGRAPH_TEST_MODE_FEATURE_DELAY_MS: z.coerce.number().int().min(0).max(86_400_000).default(0),
  // Per-API-key request limits (src/auth/rate-limit.ts).
  FINGRAPH_RATE_LIMIT_PER_SECOND: requests(100),
  FINGRAPH_RATE_LIMIT_BURST: requests(200),
  // Requests without a valid API key, per client address (src/auth/rate-limit.ts).
  FINGRAPH_RATE_LIMIT_ANONYMOUS_PER_SECOND: requests(10),
  FINGRAPH_RATE_LIMIT_ANONYMOUS_BURST: requests(20),
  FINGRAPH_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
  FINGRAPH_COMPILED_QUERIES: z.enum(['on', 'off']).default('on'),
  // Security defaults (docs/security.md).
  NODE_ENV: z.string().optional(),
  FINGRAPH_WEBHOOK_ALLOW_LOOPBACK: z.enum(['on', 'off']).optional(),
  FINGRAPH_GRAPHIQL: z.enum(['on', 'off']).optional(),
  FINGRAPH_CORS_ORIGINS: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v.split(',').every((o) => o.trim() === '*' || /^https?:\/\/[^/\s]+$/.test(o.trim())),
      'must be * or a comma-separated list of origins (https://example.com)',
    ),
  FINGRAPH_CORS_CREDENTIALS: z.enum(['on', 'off']).default('off'),
});

/** 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackAddress(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1';
}

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
  /**
   * Test-mode endpoints may point at loopback addresses (127.0.0.0/8, ::1). Off: every endpoint must
   * resolve to public addresses. Default: on when the server binds a loopback address
   * (FINGRAPH_WEBHOOK_ALLOW_LOOPBACK; docs/security.md).
   */
  allowLoopback: boolean;
  /**
   * Seconds a delivery job may stay active before pg-boss runs it again (default: the timeout plus a
   * margin, webhook.queue.ts). Only tests set it, to make a run outlive its expiry on purpose.
   */
  jobExpireSeconds?: number;
}

/**
 * Test-mode automation (magic test PaymentMethods and account numbers) when the account has no test
 * clock: the first automatic transition of a flow (post, fail, cancel, succeed…) runs `delayMs` after
 * its creation, a later one (a return after posting, a dispute after success) `returnDelayMs` after
 * that. With a test clock, transitions follow the banking timetable instead (src/treasury/shared/arrival.ts).
 */
export interface TestModeConfig {
  delayMs: number;
  returnDelayMs: number;
  /**
   * How long a requested FinancialAccount feature stays `pending` before it activates (test mode; live
   * features activate at once). 0: in the same request (the events still show pending, then active).
   */
  featureDelayMs: number;
}

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where images of a new migrated PGlite database are cached (null: off). */
  imageCacheDir: string | null;
  port: number;
  host: string;
  demo: boolean;
  demoKey: string | undefined;
  /** The platform admin key for /admin (accounts and keys); on the embedded database a random one is made per start. */
  adminKey: string | undefined;
  /** Prometheus /metrics: its own listener (port unset = none), and/or on the API port (off by default). */
  metrics: { port: number | undefined; host: string; onApiPort: boolean };
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxBodyBytes: number;
  dbPoolSize: number;
  shutdownTimeoutMs: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  webhooks: WebhookConfig;
  testMode: TestModeConfig;
  /** Requests per API key: `perSecond` in each second plus `burst` more per 10 s; perSecond 0 = off. */
  rateLimit: RateLimitConfig;
  /** Requests without a valid key, per client address. */
  anonymousRateLimit: RateLimitConfig;
  /** Most tokens a GraphQL document may have; the parser stops there. */
  maxTokens: number;
  /** Queries run compiled by graphql-jit (src/graphql/compiled.ts); off runs every operation on graphql-js. */
  compiledQueries: boolean;
  /** GraphiQL and introspection; default off when NODE_ENV=production and HOST is not loopback. */
  graphiql: boolean;
  /** CORS: allowed origins (none by default) and whether they may send credentials. */
  cors: { origins: string[]; credentials: boolean };
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
    imageCacheDir: e.FINGRAPH_CACHE_DIR === 'off' ? null : (e.FINGRAPH_CACHE_DIR ?? DEFAULT_IMAGE_CACHE_DIR),
    port: e.PORT,
    host: e.HOST,
    demo: e.FINGRAPH_DEMO === 'on',
    demoKey: e.FINGRAPH_DEMO_KEY,
    adminKey: e.FINGRAPH_ADMIN_KEY,
    metrics: { port: e.FINGRAPH_METRICS_PORT, host: e.FINGRAPH_METRICS_HOST, onApiPort: e.FINGRAPH_METRICS_ON_API_PORT === 'on' },
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
      allowLoopback: e.FINGRAPH_WEBHOOK_ALLOW_LOOPBACK ? e.FINGRAPH_WEBHOOK_ALLOW_LOOPBACK === 'on' : isLoopbackAddress(e.HOST),
    },
    testMode: {
      delayMs: e.FINGRAPH_TEST_MODE_DELAY_MS,
      returnDelayMs: e.FINGRAPH_TEST_MODE_RETURN_DELAY_MS,
      featureDelayMs: e.FINGRAPH_TEST_MODE_FEATURE_DELAY_MS,
    },
    rateLimit: { perSecond: e.FINGRAPH_RATE_LIMIT_PER_SECOND, burst: e.FINGRAPH_RATE_LIMIT_BURST },
    anonymousRateLimit: { perSecond: e.FINGRAPH_RATE_LIMIT_ANONYMOUS_PER_SECOND, burst: e.FINGRAPH_RATE_LIMIT_ANONYMOUS_BURST },
    maxTokens: e.FINGRAPH_MAX_TOKENS,
    compiledQueries: e.FINGRAPH_COMPILED_QUERIES === 'on',
    graphiql: e.FINGRAPH_GRAPHIQL ? e.FINGRAPH_GRAPHIQL === 'on' : !(e.NODE_ENV === 'production' && !isLoopbackAddress(e.HOST)),
    cors: {
      origins: (e.FINGRAPH_CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      credentials: e.FINGRAPH_CORS_CREDENTIALS === 'on',
    },
  };
}

/** The defaults above, for callers (tests, createApp) that pass only some webhook settings. */
export const WEBHOOK_DEFAULTS: WebhookConfig = loadConfig({}).webhooks;

/** The test-mode defaults, for callers (tests, createApp) that pass only some settings. */
export const TEST_MODE_DEFAULTS: TestModeConfig = loadConfig({}).testMode;
