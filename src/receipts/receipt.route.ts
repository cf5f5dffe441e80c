import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { query } from '../db/sql.js';
import { onServerStart, registerRoute } from '../http/routes.js';
import { typenameOfId } from '../kernel/ids.js';
import { allResources, provideField } from '../layer/resource.js';
import { findRecordAnywhere } from '../layer/store.js';
import { renderReceipt } from './receipt.page.js';

/**
 * Regulatory receipts (Stripe's `hosted_regulatory_receipt_url`): every money movement whose spec has
 * the field gets a stable, unguessable URL on this server — the object's id signed with this
 * installation's key — that shows the receipt without an API key, as Stripe's does.
 */
const PREFIX = '/regulatory-receipt/';
let key: Buffer | null = null;
let baseUrl: string | null = null;

const sign = (id: string) => createHmac('sha256', key!).update(id).digest().subarray(0, 18);
const tokenOf = (id: string) => `${Buffer.from(id).toString('base64url')}.${sign(id).toString('base64url')}`;

/** The id a token names, or null when its signature does not verify. */
function idOf(token: string): string | null {
  const [encodedId, signature] = token.split('.');
  if (!key || !encodedId || !signature || token.length > 200) return null;
  const id = Buffer.from(encodedId, 'base64url').toString('utf8');
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(id);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

provideField('hosted_regulatory_receipt_url', (record) => (key && baseUrl ? `${baseUrl}${PREFIX}${tokenOf(record.id)}` : null));

onServerStart(async (services, url) => {
  const db = services.database.db;
  await query(
    db,
    sql`insert into platform_secrets (name, value, created) values ('regulatory_receipts', ${randomBytes(32).toString('base64')}, now()) on conflict (name) do nothing`,
  );
  const [row] = await query(db, sql`select value from platform_secrets where name = 'regulatory_receipts'`);
  key = Buffer.from(String(row!.value), 'base64');
  baseUrl = (process.env.FINGRAPH_PUBLIC_URL ?? url.replace(/\/graphql$/, '')).replace(/\/$/, '');
});

registerRoute({
  prefix: PREFIX,
  async handle(req, res, services) {
    const notFound = () => void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No such receipt.');
    if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET' }).end();
    const id = idOf(decodeURIComponent((req.url ?? '').slice(PREFIX.length).split('?')[0]!));
    const typename = id && typenameOfId(id);
    const resource = typename ? allResources().find((r) => r.typeName === typename && r.table) : undefined;
    if (!id || !resource) return notFound();
    const db = services.database.db;
    const found = await findRecordAnywhere(db, resource.storage, id);
    if (!found) return notFound();
    if (resource.enrich) await resource.enrich(db, { accountId: found.accountId, livemode: found.record.livemode }, [found.record]);
    const html = renderReceipt(resource.spec.object, resource.toStripe(found.record));
    void res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'no-referrer' })
      .end(html);
  },
});
