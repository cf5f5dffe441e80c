import type http from 'node:http';
import type { Services } from '../graphql/context.js';

/**
 * Plain HTTP routes beside the GraphQL endpoint (a regulatory receipt, a hosted page), registered by
 * their family's `*.route.ts` module (discovered like resources), so app.ts lists none of them.
 * Routes authenticate themselves (they are reached without an API key); most answer GET only, hosted
 * test-mode pages (src/http/hosted-page.ts) also take their form by POST.
 */
export interface Route {
  /** Path prefix, e.g. `/regulatory-receipt/`. */
  prefix: string;
  handle(req: http.IncomingMessage, res: http.ServerResponse, services: Services): Promise<void>;
}

const routes: Route[] = [];
const starters: ((services: Services, baseUrl: string) => Promise<void> | void)[] = [];

export function registerRoute(route: Route) {
  routes.push(route);
}

export const routeFor = (url: string | undefined): Route | undefined => (url ? routes.find((r) => url.startsWith(r.prefix)) : undefined);

/** Work a family needs when a server starts (after it listens): loading a key, learning the public URL. */
export function onServerStart(start: (services: Services, baseUrl: string) => Promise<void> | void) {
  starters.push(start);
}

export async function runServerStarters(services: Services, baseUrl: string) {
  for (const start of starters) await start(services, baseUrl);
}
