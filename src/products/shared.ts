import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import type { Scope } from '../kernel/command.js';
import { parameterInvalid } from '../kernel/errors.js';
import { equalsWhere, listRecords, type Where } from '../layer/store.js';
import type { Storage, StoredRecord } from '../layer/storage.js';

/** The first of the scope's records matching `where` (uniqueness rules: a lookup_key, a reference). */
export async function findOne(ex: Executor, storage: Storage, scope: Scope, where: Where[]): Promise<StoredRecord | null> {
  const page = await listRecords(ex, storage, scope, { where }, { first: 1 });
  return page.edges[0]?.node ?? null;
}

/** Stripe's string limits on the commerce objects (name, description, nickname, lookup_key…). */
export function assertMaxLength(value: unknown, max: number, param: string[]) {
  if (typeof value === 'string' && value.length > max) throw parameterInvalid(param, `Invalid ${param.join('.')}: must be at most ${max} characters.`);
}

export const whereEquals = (storage: Storage, path: string, value: unknown): Where => equalsWhere(storage, path, value);
export const whereNot = (id: string): Where => sql`id <> ${id}`;
