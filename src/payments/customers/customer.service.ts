import { and, eq } from 'drizzle-orm';
import { anyOf } from '../../db/sql.js';
import type Stripe from 'stripe';
import type { Db, Executor } from '../../db/client.js';
import { unix } from '../../kernel/clock.js';
import { runCommand, type Scope } from '../../kernel/command.js';
import { parameterInvalid } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { customers } from './customer.table.js';

export type StripeCustomer = Pick<Stripe.Customer, 'id' | 'object' | 'created' | 'description' | 'email' | 'livemode' | 'metadata' | 'name'>;

export function customerToStripe(row: typeof customers.$inferSelect): StripeCustomer {
  return { id: row.id, object: 'customer', created: unix(row.created), description: row.description, email: row.email, livemode: row.livemode, metadata: row.metadata, name: row.name };
}

export async function findCustomers(db: Executor, scope: Scope, ids: readonly string[]) {
  const rows = await db
    .select()
    .from(customers)
    .where(and(eq(customers.accountId, scope.accountId), eq(customers.livemode, scope.livemode), anyOf(customers.id, ids)));
  return new Map(rows.map((r) => [r.id, customerToStripe(r)]));
}

export interface CreateCustomerInput {
  name?: string | null;
  email?: string | null;
  description?: string | null;
  metadata?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

export function createCustomer(caller: { db: Db; scope: Scope; requestId: string }, input: CreateCustomerInput) {
  const { idempotencyKey, ...params } = input;
  if (input.email != null && (input.email.length > 512 || !/^[^@\s]+@[^@\s]+$/.test(input.email)))
    throw parameterInvalid(['email'], 'Invalid email address.', 'email_invalid');
  for (const key of ['name', 'description'] as const)
    if ((input[key]?.length ?? 0) > 350) throw parameterInvalid([key], `Invalid ${key}: must be at most 350 characters.`);
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : {};
  return runCommand(caller.db, caller.scope, { operation: 'createCustomer', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const row = {
      id: newId('cus'),
      accountId: cmd.scope.accountId,
      livemode: cmd.scope.livemode,
      created: cmd.now,
      name: input.name ?? null,
      email: input.email ?? null,
      description: input.description ?? null,
      metadata,
    };
    await cmd.tx.insert(customers).values(row);
    return customerToStripe(row);
  });
}
