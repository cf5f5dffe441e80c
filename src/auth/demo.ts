import fs from 'node:fs';
import path from 'node:path';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { query } from '../db/sql.js';
import { clock } from '../kernel/clock.js';
import { newId } from '../kernel/ids.js';
import { authenticate, createAccount, hashKey, newSecretKey } from './auth.js';
import { apiKeys } from './auth.table.js';

/**
 * The demo account and its test key, so that every start (FINGRAPH_DEMO=on) leaves the user with a
 * working key in GraphiQL and in the banner, while no plain-text key is kept where a production
 * deployment runs:
 * - FINGRAPH_DEMO_KEY: that key, added to the demo account if the database does not know it;
 * - the embedded database: the key is remembered in the data folder (`demo-key`, mode 0600, beside the
 *   database it opens; a local development store), reissued if it no longer works;
 * - PostgreSQL: keys are stored hashed only, so each start issues a new demo key and revokes the ones
 *   earlier starts issued (set FINGRAPH_DEMO_KEY to keep one across restarts and processes).
 * `npm run demo:key` issues a new one at any time (src/cli/demo-key.ts).
 */

/** The demo account's id is recorded under this name in platform_secrets (not a secret: an id). */
const DEMO_ACCOUNT = 'demo_account';

export interface DemoKey {
  key: string;
  /** Issued by this start (the key the user had before no longer works, or there was none). */
  issued: boolean;
}

/** The PGlite data folder's remembered demo key. */
export const demoKeyFile = (dataDir: string) => path.join(dataDir, 'demo-key');

/** Writes the key readable by its owner only (also when the file existed with other permissions). */
export function writeKeyFile(file: string, key: string) {
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

async function demoAccountId(db: Db): Promise<string | null> {
  const [row] = await query(db, sql`select value from platform_secrets where name = ${DEMO_ACCOUNT}`);
  if (!row) return null;
  // The account may be gone from a database restored without it.
  const [account] = await query(db, sql`select id from accounts where id = ${String(row.value)}`);
  return account ? String(account.id) : null;
}

/** Adds `key` (or a new key) to the demo account, creating the account on first use. */
async function addDemoKey(db: Db, key: string, opts: { revokeOthers: boolean }): Promise<string> {
  // A configured key revoked by an earlier rotation works again (key hashes are unique).
  const revived = await query(db, sql`update api_keys set revoked_at = null where key_hash = ${hashKey(key)} returning id`);
  if (revived.length > 0) return key;
  const accountId = await demoAccountId(db);
  if (!accountId) {
    const created = await createAccount(db, 'Demo', { testKey: key });
    await query(
      db,
      sql`insert into platform_secrets (name, value, created) values (${DEMO_ACCOUNT}, ${created.accountId}, now()) on conflict (name) do update set value = excluded.value`,
    );
    return key;
  }
  const now = clock.now();
  await db.transaction(async (tx) => {
    if (opts.revokeOthers)
      await tx
        .update(apiKeys)
        .set({ revokedAt: now })
        .where(and(eq(apiKeys.accountId, accountId), eq(apiKeys.livemode, false), isNull(apiKeys.revokedAt), ne(apiKeys.keyHash, hashKey(key))));
    await tx.insert(apiKeys).values({ id: newId('key'), accountId, livemode: false, keyHash: hashKey(key), last4: key.slice(-4), created: now });
  });
  return key;
}

/** A new demo test key; the demo account's other test keys stop working. */
export const rotateDemoKey = (db: Db) => addDemoKey(db, newSecretKey(false), { revokeOthers: true });

/** The demo key this start shows (null with FINGRAPH_DEMO=off). `dataDir`: the embedded database's folder. */
export async function demoKeyForStart(db: Db, opts: { demo: boolean; demoKey?: string; dataDir?: string }): Promise<DemoKey | null> {
  if (!opts.demo) return null;
  if (opts.demoKey) {
    if (await authenticate(db, `Bearer ${opts.demoKey}`)) return { key: opts.demoKey, issued: false };
    return { key: await addDemoKey(db, opts.demoKey, { revokeOthers: false }), issued: true };
  }
  const file = opts.dataDir ? demoKeyFile(opts.dataDir) : null;
  const remembered = file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null;
  if (remembered && (await authenticate(db, `Bearer ${remembered}`))) return { key: remembered, issued: false };
  const key = await rotateDemoKey(db);
  if (file) writeKeyFile(file, key);
  return { key, issued: true };
}
