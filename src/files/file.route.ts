import { sql } from 'drizzle-orm';
import { authenticate, authenticationError } from '../auth/auth.js';
import { query } from '../db/sql.js';
import { onServerStart, registerRoute } from '../http/routes.js';
import { hasPrefix } from '../kernel/ids.js';
import { fileContents } from './file.table.js';
import { MIME, setFilesBase, stripeFiles } from './file.resource.js';

/**
 * `GET /v1/files/{id}/contents`: a file's bytes, for the account's secret key only (Bearer or Basic,
 * as Stripe's files.stripe.com URLs), in the key's mode. Another account's file, an unknown one and an
 * expired one answer alike: 404.
 */
const PREFIX = '/v1/files/';

onServerStart((_services, url) => {
  setFilesBase((process.env.FINGRAPH_PUBLIC_URL ?? url.replace(/\/graphql$/, '')).replace(/\/$/, ''));
});

const json = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });
const stripeError = (status: number, code: string, message: string, type = 'invalid_request_error') => json(status, { error: { code, message, type } });

registerRoute({
  prefix: PREFIX,
  async handle(req, res, services) {
    const send = ({ status, body }: { status: number; body: string }) =>
      void res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
    if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET' }).end();
    const [id, rest, ...more] = (req.url ?? '').slice(PREFIX.length).split('?')[0]!.split('/');
    if (!id || rest !== 'contents' || more.length) return send(stripeError(404, 'resource_missing', 'Unrecognized request URL.'));
    const db = services.database.db;
    const scope = await authenticate(db, req.headers.authorization);
    if (!scope) {
      const err = authenticationError(req.headers.authorization);
      return send(stripeError(401, String(err.extensions?.reason ?? 'api_key_missing'), err.message, 'authentication_error'));
    }
    const missing = () => send(stripeError(404, 'resource_missing', `No such file: '${id.slice(0, 100)}'`));
    if (!hasPrefix(id, 'file')) return missing();
    const file = (await stripeFiles.records(db, scope, [id])).get(id);
    if (!file) return missing();
    const [row] = await query(
      db,
      sql`select content, encoding from ${fileContents} where file_id = ${id} and account_id = ${scope.accountId} and (expires_at is null or expires_at > now())`,
    );
    if (!row) return send(stripeError(404, 'resource_missing', `The file '${id}' has expired: its contents are no longer available.`));
    const type = MIME[String(file.type)] ?? 'application/octet-stream';
    void res
      .writeHead(200, {
        'content-type': type,
        'content-disposition': `attachment; filename="${String(file.filename ?? id).replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'no-store',
      })
      .end(row.encoding === 'base64' ? Buffer.from(String(row.content), 'base64') : String(row.content));
  },
});
