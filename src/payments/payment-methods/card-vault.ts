import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { query } from '../../db/sql.js';
import type { CardSecret } from './card.js';

/**
 * The card vault: a card's number and CVC are kept only encrypted (AES-256-GCM) with a key this
 * installation makes once and keeps in `platform_secrets` (as the receipt key), bound to the
 * PaymentMethod's id (associated data) so a sealed value cannot be moved to another card. Only
 * forwarding and payments open it; nothing shows it.
 */
const NAME = 'card_vault';

/** The installation's key (read per use: a process may serve several databases, as the tests do). */
async function keyOf(ex: Executor): Promise<Buffer> {
  let [row] = await query(ex, sql`select value from platform_secrets where name = ${NAME}`);
  if (!row) {
    await query(
      ex,
      sql`insert into platform_secrets (name, value, created) values (${NAME}, ${randomBytes(32).toString('base64')}, now()) on conflict (name) do nothing`,
    );
    [row] = await query(ex, sql`select value from platform_secrets where name = ${NAME}`);
  }
  return Buffer.from(String(row!.value), 'base64');
}

export async function sealCard(ex: Executor, paymentMethodId: string, secret: CardSecret): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await keyOf(ex), iv).setAAD(Buffer.from(paymentMethodId));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(secret), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

export async function openCard(ex: Executor, paymentMethodId: string, sealed: string): Promise<CardSecret> {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', await keyOf(ex), raw.subarray(0, 12)).setAAD(Buffer.from(paymentMethodId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as CardSecret;
}
