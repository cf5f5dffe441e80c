import type Stripe from 'stripe';
import type { Executor } from '../../db/client.js';
import type { Scope } from '../../kernel/command.js';
import { resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { lockRecord } from '../../layer/store.js';
import { financialAccounts, type FinancialAccountRecord } from './financial-account.resource.js';

export { featureContext } from './financial-account.resource.js';
export type FinancialAccountRow = FinancialAccountRecord;
export type StripeFinancialAccount = Stripe.Treasury.FinancialAccount;

/** Locks the account row for the rest of the transaction (flows on one account serialize here). */
export async function lockFinancialAccount(db: Executor, scope: Scope, id: string): Promise<FinancialAccountRecord | null> {
  return (await lockRecord(db, financialAccounts.storage, scope, id)) as FinancialAccountRecord | null;
}

export async function findFinancialAccount(db: Executor, scope: Scope, id: string): Promise<StripeFinancialAccount | null> {
  return ((await financialAccounts.load(db, scope, [id])).get(id) as unknown as StripeFinancialAccount | undefined) ?? null;
}

export function checkFinancialAccountId(id: string, param: string[] = ['id']) {
  if (!hasPrefix(id, 'fa')) throw resourceMissing('financial account', id, param);
}
