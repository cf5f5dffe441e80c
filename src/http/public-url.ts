import { onServerStart } from './routes.js';

/**
 * The server's public base URL (for hosted pages whose address an object carries: a verification
 * session's `url`): learned when the server starts, or `FINGRAPH_PUBLIC_URL` behind a proxy.
 */
let base: string | null = null;
onServerStart((_services, url) => {
  base = (process.env.FINGRAPH_PUBLIC_URL ?? url.replace(/\/graphql$/, '')).replace(/\/$/, '');
});

/** `path` on this server, or null before a server has started (code run outside one). */
export const publicUrl = (path: string): string | null => (base ? `${base}${path}` : null);
