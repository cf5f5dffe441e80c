import { startServer, type ServerChild } from '../../test/reliability/support/server.js';
import { HttpClient } from '../../test/reliability/support/http.js';

export { HttpClient, type ServerChild };

/** `npm start` as a child process on the bench database (so its CPU and memory are its own). */
export function benchServer(url: string, env: Record<string, string> = {}): Promise<ServerChild> {
  return startServer({ DATABASE_URL: url, ...env });
}

/** A GraphQL call that must succeed: throws on transport errors, GraphQL errors and userErrors. */
export async function must<T = any>(client: HttpClient, query: string, variables: Record<string, unknown>, key: string): Promise<T> {
  const r = await client.gql(query, variables, key);
  if (r.status !== 200 || r.errors) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.errors).slice(0, 300)}`);
  for (const payload of Object.values<any>(r.data ?? {}))
    if (payload && Array.isArray(payload.userErrors) && payload.userErrors.length) throw new Error(`userErrors: ${JSON.stringify(payload.userErrors)}`);
  return r.data as T;
}
