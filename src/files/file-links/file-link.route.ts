import { sql } from 'drizzle-orm';
import { query } from '../../db/sql.js';
import { registerRoute } from '../../http/routes.js';
import { MIME } from '../file.resource.js';
import { fileContents, files } from '../file.table.js';
import { fileLinks } from './file-link.table.js';

/**
 * `GET /links/<token>`: a FileLink's file, to anyone holding the URL (no key, as Stripe's
 * files.stripe.com/links URLs), until the link's `expires_at` and while the file's bytes are kept.
 * An unknown, expired or ended link answers 404 alike.
 */
const PREFIX = '/links/';

registerRoute({
  prefix: PREFIX,
  async handle(req, res, services) {
    if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET' }).end();
    const token = (req.url ?? '').slice(PREFIX.length).split('?')[0]!;
    const missing = () =>
      void res
        .writeHead(404, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify({ error: { code: 'resource_missing', message: 'This link does not exist or has expired.', type: 'invalid_request_error' } }));
    if (!/^fl_[A-Za-z0-9_-]{1,64}$/.test(token)) return missing();
    const [row] = await query(
      services.database.db,
      sql`select f.type, f.filename, f.id, c.content, c.encoding from ${fileLinks} l
        join ${files} f on f.id = l.file and f.account_id = l.account_id and f.livemode = l.livemode
        join ${fileContents} c on c.file_id = f.id and c.account_id = l.account_id
        where l.token = ${token} and (l.expires_at is null or l.expires_at > now()) and (c.expires_at is null or c.expires_at > now())`,
    );
    if (!row) return missing();
    void res
      .writeHead(200, {
        'content-type': MIME[String(row.type)] ?? 'application/octet-stream',
        'content-disposition': `attachment; filename="${String(row.filename ?? row.id).replace(/[^\w.-]/g, '_')}"`,
        'cache-control': 'no-store',
      })
      .end(row.encoding === 'base64' ? Buffer.from(String(row.content), 'base64') : String(row.content));
  },
});
