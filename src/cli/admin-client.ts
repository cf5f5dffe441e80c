import fs from 'node:fs';
import path from 'node:path';

/**
 * How the account CLI reaches a running server. On the embedded database the server makes an admin
 * key per start and writes `{ url, key }` to `<data folder>/admin.json` (mode 600, removed on stop),
 * so `npm run account:create` works while the server holds the folder. FINGRAPH_ADMIN_KEY sets the
 * key instead (any database; then the file is written only on the embedded one).
 */
export const adminFileOf = (dataDir: string) => path.join(dataDir, 'admin.json');

export interface AdminTarget {
  url: string;
  key: string;
}

/** The running server named by `--server`/FINGRAPH_ADMIN_KEY, or the one the data folder's admin.json names. */
export function adminTarget(opts: { server?: string; adminKey?: string; dataDir: string }): AdminTarget | null {
  if (opts.server) {
    if (!opts.adminKey) throw new UsageError('--server needs the platform admin key in FINGRAPH_ADMIN_KEY.');
    return { url: opts.server.replace(/\/(graphql)?$/, ''), key: opts.adminKey };
  }
  const file = adminFileOf(opts.dataDir);
  if (!fs.existsSync(file)) return null;
  const { url, key } = JSON.parse(fs.readFileSync(file, 'utf8')) as AdminTarget;
  return { url, key };
}

export class UsageError extends Error {}

/** Nothing answers at the target's URL (a server that was killed leaves its admin.json behind). */
export class ServerUnreachableError extends Error {}

/** POSTs to the admin API; a refusal becomes an Error carrying the server's message. */
export async function adminPost<T>(target: AdminTarget, route: string, body: object): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${target.url}/admin/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${target.key}` },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ServerUnreachableError(`Cannot reach the fingraph server at ${target.url}. Is it running?`);
  }
  const json = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!res.ok) throw new Error(`The server refused: ${json.error?.message ?? `HTTP ${res.status}`}`);
  return json as T;
}
