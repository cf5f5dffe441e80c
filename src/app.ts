import http from 'node:http';
import { BlockList, type AddressInfo } from 'node:net';
import { createYoga, type YogaInitialContext } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authenticate, authenticationError } from './auth/auth.js';
import { KeyRateLimiter, rateLimited, type RateLimitConfig } from './auth/rate-limit.js';
import { TEST_MODE_DEFAULTS, WEBHOOK_DEFAULTS, type Config, type TestModeConfig, type WebhookConfig } from './config.js';
import type { Database } from './db/client.js';
import { Hub } from './events/pubsub.js';
import { WebhookWorker } from './events/webhooks/webhook.worker.js';
import { configureTestMode } from './layer/schedule.js';
import { TransitionWorker } from './treasury/test-mode/transition.worker.js';
import { Loaders, type Context, type Services } from './graphql/context.js';
import { limitPlugins } from './graphql/limits.js';
import { compiledQueriesPlugin } from './graphql/compiled.js';
import { hardeningPlugins, parserCache } from './graphql/hardening.js';
import { errorModelPlugin, normalizeError } from './graphql/error-model.js';
import { schema } from './graphql/schema.js';
import { renderGraphiQL, serveGraphiQLAsset } from './http/graphiql.js';
import { routeFor, runServerStarters } from './http/routes.js';
import { pruneIdempotencyKeys } from './kernel/command.js';
import { randomBase62 } from './kernel/ids.js';
import { log, safeArgs } from './kernel/log.js';
import { observabilityPlugin, registerAppGauges, recordRefusal, serveMetrics } from './kernel/metrics.js';
import type { Scope } from './kernel/command.js';

export type AppConfig = Pick<Config, 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxBodyBytes' | 'shutdownTimeoutMs'> & {
  /** Serve Prometheus /metrics on this (API) port too; off by default (src/kernel/metrics.ts). */
  metricsOnApiPort?: boolean;
  dbPoolSize?: number;
  /** Queries compiled by graphql-jit (default on; src/graphql/compiled.ts). */
  compiledQueries?: boolean;
  /** Webhook delivery settings; unset ones take their defaults (src/config.ts). */
  webhooks?: Partial<WebhookConfig>;
  /** Test-mode automation delays; unset ones take their defaults (src/config.ts). */
  testMode?: Partial<TestModeConfig>;
  /** Per-API-key request limits (src/auth/rate-limit.ts); unset = off (src/server.ts passes FINGRAPH_RATE_LIMIT_*). */
  rateLimit?: RateLimitConfig;
  /** Requests without a valid key, per client address; unset = off (src/server.ts passes FINGRAPH_RATE_LIMIT_ANONYMOUS_*). */
  anonymousRateLimit?: RateLimitConfig;
  /** Most tokens in a GraphQL document (default 10,000). */
  maxTokens?: number;
  /** GraphiQL and introspection (default on; src/server.ts passes the production default, docs/security.md). */
  graphiql?: boolean;
  /** CORS allowed origins (default none) and credentials (default off). */
  cors?: { origins: string[]; credentials: boolean };
};

export interface App {
  services: Services;
  start(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** What GraphiQL opens with (until the browser has tabs of its own stored): fingraph's first steps. */
const GRAPHIQL_QUERY = `# fingraph: Stripe Treasury as a GraphQL graph. Your demo account's test key is
# already in the Authorization header (Headers, below). Press ▶ and pick an operation;
# the book icon (top left) documents every type and field.

# 1. Open a FinancialAccount.
mutation OpenFinancialAccount {
  createTreasuryFinancialAccount(input: {
    supportedCurrencies: ["usd"]
    features: { financialAddresses: { aba: { requested: true } }, outboundTransfers: { ach: { requested: true } } }
  }) {
    treasuryFinancialAccount { id status activeFeatures }
    userErrors { code message field }
  }
}

# 2. Your FinancialAccounts and their balances.
query FinancialAccounts {
  treasuryFinancialAccounts(first: 10) {
    nodes { id status balance { cash { amount currency } } activeFeatures }
  }
}

# 3. Every event, live: run it in a new tab (+), then open an account in this one.
subscription Events {
  events { id type created }
}
`;

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** A request from this machine, not relayed by a proxy (which would make every client look local). */
function fromLoopback(req: http.IncomingMessage): boolean {
  if (req.headers['x-forwarded-for'] || req.headers.forwarded || req.headers['x-real-ip']) return false;
  const address = (req.socket.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.)/, '');
  return LOOPBACK.check(address, address.includes(':') ? 'ipv6' : 'ipv4');
}

interface ServerContext {
  req?: http.IncomingMessage;
  /** Resolved before yoga (rate limiting): the key's scope, or null for a key that did not authenticate. */
  scope?: Scope | null;
  connectionParams?: Record<string, unknown>;
}

/** The HTTP + websocket server on one port and path (`/graphql`), plus `/healthz`. */
export async function createApp(
  database: Database,
  config: AppConfig,
  opts: { /** Filled into GraphiQL's headers for browsers on this machine. */ graphiqlKey?: string } = {},
): Promise<App> {
  const hub = new Hub(database);
  await hub.start();
  // Installs the webhook job queue and (unless webhooks.worker is off) delivers in this process.
  const webhooks = new WebhookWorker(database, { ...WEBHOOK_DEFAULTS, ...config.webhooks });
  await webhooks.start();
  // Test-mode transitions scheduled by magic payment methods (src/treasury/test-mode).
  configureTestMode({ ...TEST_MODE_DEFAULTS, ...config.testMode });
  const transitions = new TransitionWorker(database);
  await transitions.start();
  const services: Services = { database, hub };
  const unregisterGauges = registerAppGauges(database, hub, config.dbPoolSize ?? 10);
  const limiter = new KeyRateLimiter(config.rateLimit);
  const anonymousLimiter = new KeyRateLimiter(config.anonymousRateLimit);
  const graphiql = config.graphiql ?? true;

  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // No cross-origin access unless origins are configured (FINGRAPH_CORS_ORIGINS); credentials only when asked for.
    cors: config.cors?.origins.length ? { origin: config.cors.origins, credentials: config.cors.credentials } : false,
    // The demo key is filled in only for a browser on this machine: never in a page served to another.
    graphiql:
      graphiql &&
      ((_request, ctx) => ({
        title: 'fingraph',
        headers: opts.graphiqlKey && ctx?.req && fromLoopback(ctx.req) ? JSON.stringify({ Authorization: `Bearer ${opts.graphiqlKey}` }) : undefined,
        defaultQuery: GRAPHIQL_QUERY,
      })),
    renderGraphiQL,
    logging: {
      // Errors without their SQL parameters (tenant data) or query text.
      debug: (...a) => log.debug(safeArgs(a)),
      info: (...a) => log.info(safeArgs(a)),
      warn: (...a) => log.warn(safeArgs(a)),
      error: (...a) => log.error(safeArgs(a)),
    },
    plugins: [
      observabilityPlugin(),
      ...limitPlugins(config),
      ...hardeningPlugins({ maxTokens: config.maxTokens ?? 10_000, introspection: graphiql }),
      errorModelPlugin(),
      ...(config.compiledQueries === false ? [] : [compiledQueriesPlugin()]),
    ],
    parserAndValidationCache: parserCache(),
    context: async (initial: YogaInitialContext & ServerContext): Promise<Context> => {
      const scope = initial.scope !== undefined ? initial.scope : await authenticate(database.db, initial.request.headers.get('authorization'));
      if (!scope) throw authenticationError(initial.request.headers.get('authorization'));
      const requestId = `req_${randomBase62(14)}`;
      return { scope, requestId, services, loaders: new Loaders(services, scope) };
    },
  });

  const inflight = new Set<http.ServerResponse>();
  const server = http.createServer(async (req, res) => {
    const startedAt = performance.now();
    inflight.add(res);
    res.on('close', () => inflight.delete(res));
    if (req.url === '/healthz') {
      try {
        await database.ping();
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","database":"ok"}');
      } catch {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"unavailable","database":"unreachable"}');
      }
      return;
    }
    if (config.metricsOnApiPort && req.method === 'GET' && req.url === '/metrics') return serveMetrics(res);
    if (await serveGraphiQLAsset(req, res)) return;
    const route = routeFor(req.url);
    if (route) {
      await route.handle(req, res, services);
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > config.maxBodyBytes) {
      recordRefusal(req.method, 413, 'PAYLOAD_TOO_LARGE', startedAt);
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ message: 'Request body too large.', extensions: { code: 'PAYLOAD_TOO_LARGE', type: 'invalid_request_error' } }] }));
      return;
    }
    // Without a Content-Length the size limit cannot be checked before reading: refuse chunked bodies.
    if (req.headers['transfer-encoding'] !== undefined && req.headers['content-length'] === undefined) {
      recordRefusal(req.method, 411, 'BAD_REQUEST', startedAt);
      res.writeHead(411, { 'content-type': 'application/json', connection: 'close' });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: 'Send the request body with a Content-Length header.',
              extensions: { code: 'BAD_REQUEST', type: 'invalid_request_error', stripeCode: 'parameter_invalid' },
            },
          ],
        }),
      );
      return;
    }
    // Authenticate before anything reads, parses or validates the body: a request without a valid key
    // costs one indexed lookup (none for a malformed key) and is limited per client address.
    // Exempt: CORS preflights and the GraphiQL page (a GET that accepts HTML), which carry no key.
    let scope: Scope | null | undefined;
    const graphiqlPage = graphiql && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    // Only the GraphQL endpoint needs a key: other paths are answered (404) by yoga without reading a body.
    const graphqlPath = (req.url ?? '').split('?')[0] === yoga.graphqlEndpoint;
    if (graphqlPath && req.method !== 'OPTIONS' && !graphiqlPage) {
      const authorization = req.headers.authorization;
      try {
        scope = await authenticate(database.db, authorization, { withClock: true });
      } catch {
        scope = undefined; // the database failed: yoga authenticates again and answers as it always does
      }
      if (scope === null) {
        const decision = await anonymousLimiter.takeFor(`addr:${req.socket.remoteAddress ?? 'unknown'}`);
        const error = decision.allowed
          ? authenticationError(authorization)
          : rateLimited(decision.retryAfterSeconds, 'without a valid API key from this address');
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (!decision.allowed) headers['retry-after'] = String(decision.retryAfterSeconds);
        recordRefusal(req.method, decision.allowed ? 401 : 429, String(error.extensions.code), startedAt);
        res.writeHead(decision.allowed ? 401 : 429, headers);
        res.end(JSON.stringify({ errors: [error.toJSON()] }));
        return;
      }
      if (scope && limiter.enabled && authorization) {
        const decision = await limiter.take(authorization);
        if (!decision.allowed) {
          recordRefusal(req.method, 429, 'RATE_LIMITED', startedAt);
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(decision.retryAfterSeconds) });
          res.end(JSON.stringify({ errors: [rateLimited(decision.retryAfterSeconds).toJSON()] }));
          return;
        }
      }
    }
    await yoga.handle(req, res, { req, scope });
  });

  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: config.maxBodyBytes });
  // ws re-emits the HTTP server's errors (a port in use) on itself; start() reports them.
  wss.on('error', () => {});
  const wsServer = useServer<Record<string, unknown>, { scope?: Scope; authorization?: string }>(
    {
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = (params.authorization ?? params.Authorization) as string | undefined;
        const scope = await authenticate(database.db, header);
        if (!scope) return false; // graphql-ws closes with 4403 Forbidden
        ctx.extra.scope = scope;
        ctx.extra.authorization = header;
        return true;
      },
      onSubscribe: async (ctx, _id, params) => {
        // Each operation takes one point of its key's limit; over it, this operation gets an error
        // message (RATE_LIMITED) and the socket stays open.
        if (limiter.enabled && ctx.extra.authorization) {
          const decision = await limiter.take(ctx.extra.authorization);
          if (!decision.allowed) return [rateLimited(decision.retryAfterSeconds)];
        }
        const {
          schema: s,
          execute,
          subscribe,
          contextFactory,
          parse,
          validate,
        } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          scope: ctx.extra.scope,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (err) {
          // A query that does not parse is an error for this operation, not a reason to close the socket (4500).
          if (err instanceof GraphQLError) return [normalizeError(err)];
          throw err;
        }
        const args = {
          schema: s,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors.map(normalizeError);
        return args;
      },
    },
    wss,
  );

  const pruner = setInterval(() => void pruneIdempotencyKeys(database.db).catch(() => {}), 3600_000);
  pruner.unref();

  return {
    services,
    async start(port, host = '127.0.0.1') {
      const url = await new Promise<string>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: p } = server.address() as AddressInfo;
          resolve(`http://${host}:${p}/graphql`);
        });
      });
      await runServerStarters(services, url);
      return url;
    },
    /** Stop accepting, let in-flight requests finish (bounded), close sockets, then the hub. */
    async stop() {
      clearInterval(pruner);
      unregisterGauges();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await wsServer.dispose();
      for (const client of wss.clients) client.terminate();
      const deadline = Date.now() + config.shutdownTimeoutMs;
      while (inflight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.closeAllConnections();
      await closed;
      await transitions.stop();
      await webhooks.stop();
      await hub.stop();
    },
  };
}
