import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, type YogaInitialContext } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authenticate } from './auth/auth.js';
import { KeyRateLimiter, rateLimited, type RateLimitConfig } from './auth/rate-limit.js';
import { TEST_MODE_DEFAULTS, WEBHOOK_DEFAULTS, type Config, type TestModeConfig, type WebhookConfig } from './config.js';
import type { Database } from './db/client.js';
import { Hub } from './events/pubsub.js';
import { WebhookWorker } from './events/webhooks/webhook.worker.js';
import { configureTestMode } from './layer/schedule.js';
import { TransitionWorker } from './treasury/test-mode/transition.worker.js';
import { Loaders, type Context, type Services } from './graphql/context.js';
import { limitPlugins } from './graphql/limits.js';
import { hardeningPlugins, parserCache } from './graphql/hardening.js';
import { schema } from './graphql/schema.js';
import { routeFor, runServerStarters } from './http/routes.js';
import { pruneIdempotencyKeys } from './kernel/command.js';
import { randomBase62 } from './kernel/ids.js';
import { log, safeArgs } from './kernel/log.js';
import { unauthenticated } from './kernel/query-errors.js';
import type { Scope } from './kernel/command.js';

export type AppConfig = Pick<Config, 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxBodyBytes' | 'shutdownTimeoutMs'> & {
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

const GRAPHIQL_QUERY = `# Your demo account's test key is already in the Authorization header below.
query FinancialAccounts {
  treasuryFinancialAccounts(first: 10) {
    nodes { id status balance { cash { amount currency } } activeFeatures }
  }
}
`;

const INVALID_KEY = 'Invalid API key provided. Send `Authorization: Bearer sk_test_…`.';

interface ServerContext {
  req?: http.IncomingMessage;
  /** Resolved before yoga (rate limiting): the key's scope, or null for a key that did not authenticate. */
  scope?: Scope | null;
  connectionParams?: Record<string, unknown>;
}

/** The HTTP + websocket server on one port and path (`/graphql`), plus `/healthz`. */
export async function createApp(database: Database, config: AppConfig, opts: { graphiqlKey?: string } = {}): Promise<App> {
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
  const limiter = new KeyRateLimiter(config.rateLimit);
  const anonymousLimiter = new KeyRateLimiter(config.anonymousRateLimit);
  const graphiql = config.graphiql ?? true;

  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // No cross-origin access unless origins are configured (FINGRAPH_CORS_ORIGINS); credentials only when asked for.
    cors: config.cors?.origins.length ? { origin: config.cors.origins, credentials: config.cors.credentials } : false,
    graphiql: graphiql && {
      title: 'fingraph',
      headers: opts.graphiqlKey ? JSON.stringify({ Authorization: `Bearer ${opts.graphiqlKey}` }) : undefined,
      defaultQuery: GRAPHIQL_QUERY,
    },
    logging: {
      // Errors without their SQL parameters (tenant data) or query text.
      debug: (...a) => log.debug(safeArgs(a)),
      info: (...a) => log.info(safeArgs(a)),
      warn: (...a) => log.warn(safeArgs(a)),
      error: (...a) => log.error(safeArgs(a)),
    },
    plugins: [...limitPlugins(config), ...hardeningPlugins({ maxTokens: config.maxTokens ?? 10_000, introspection: graphiql })],
    parserAndValidationCache: parserCache(),
    context: async (initial: YogaInitialContext & ServerContext): Promise<Context> => {
      const scope = initial.scope !== undefined ? initial.scope : await authenticate(database.db, initial.request.headers.get('authorization'));
      if (!scope) throw unauthenticated(INVALID_KEY);
      const requestId = `req_${randomBase62(14)}`;
      return { scope, requestId, services, loaders: new Loaders(services, scope) };
    },
  });

  const inflight = new Set<http.ServerResponse>();
  const server = http.createServer(async (req, res) => {
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
    const route = routeFor(req.url);
    if (route) {
      await route.handle(req, res, services);
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > config.maxBodyBytes) {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ message: 'Request body too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
      return;
    }
    // Without a Content-Length the size limit cannot be checked before reading: refuse chunked bodies.
    if (req.headers['transfer-encoding'] !== undefined && req.headers['content-length'] === undefined) {
      res.writeHead(411, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ message: 'Send the request body with a Content-Length header.', extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
    // Authenticate before anything reads, parses or validates the body: a request without a valid key
    // costs one indexed lookup (none for a malformed key) and is limited per client address.
    // Exempt: CORS preflights and the GraphiQL page (a GET that accepts HTML), which carry no key.
    let scope: Scope | null | undefined;
    const graphiqlPage = graphiql && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (req.method !== 'OPTIONS' && !graphiqlPage) {
      const authorization = req.headers.authorization;
      try {
        scope = await authenticate(database.db, authorization);
      } catch {
        scope = undefined; // the database failed: yoga authenticates again and answers as it always does
      }
      if (scope === null) {
        const decision = await anonymousLimiter.takeFor(`addr:${req.socket.remoteAddress ?? 'unknown'}`);
        const error = decision.allowed
          ? unauthenticated(INVALID_KEY)
          : rateLimited(decision.retryAfterSeconds, 'without a valid API key from this address');
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (!decision.allowed) headers['retry-after'] = String(decision.retryAfterSeconds);
        res.writeHead(decision.allowed ? 401 : 429, headers);
        res.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.extensions.code, ...(decision.allowed ? {} : { retryAfter: decision.retryAfterSeconds }) } }] }));
        return;
      }
      if (scope && limiter.enabled && authorization) {
        const decision = await limiter.take(authorization);
        if (!decision.allowed) {
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(decision.retryAfterSeconds) });
          res.end(JSON.stringify({ errors: [rateLimited(decision.retryAfterSeconds).toJSON()] }));
          return;
        }
      }
    }
    await yoga.handle(req, res, { req, scope });
  });

  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: config.maxBodyBytes });
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
        const { schema: s, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          scope: ctx.extra.scope,
        });
        let document;
        try {
          document = parse(params.query);
        } catch (err) {
          // A query that does not parse is an error for this operation, not a reason to close the socket (4500).
          if (err instanceof GraphQLError) return [err];
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
        if (errors.length) return errors;
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
