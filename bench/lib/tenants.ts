import { hashKey } from '../../src/auth/auth.js';
import { perform } from '../../src/layer/perform.js';
import type { BenchDatabase } from './db.js';

/** A platform account with its test key, one FinancialAccount (funded) and one PaymentMethod. */
export interface BenchTenant {
  accountId: string;
  key: string;
  keyHash: string;
  financialAccount: string;
  paymentMethod: string;
}

/** Creates tenants through the services (no server needed), funded with `funds` each. */
export async function createTenants(db: BenchDatabase, count: number, funds: number, label = 'Bench'): Promise<BenchTenant[]> {
  const out: BenchTenant[] = [];
  for (let i = 0; i < count; i++) {
    const account = await db.newAccount(`${label} ${i}`);
    const caller = { db: db.database.db, scope: { accountId: account.accountId, livemode: false }, requestId: 'req_bench_setup' };
    const fa = await perform('treasury.financial_account', 'create', caller, {
      supported_currencies: ['usd'],
      features: {
        inbound_transfers: { ach: { requested: true } },
        outbound_payments: { ach: { requested: true }, us_domestic_wire: { requested: true } },
        outbound_transfers: { ach: { requested: true }, us_domestic_wire: { requested: true } },
        intra_stripe_flows: { requested: true },
        financial_addresses: { aba: { requested: true } },
      },
    });
    const pm = await perform('payment_method', 'create', caller, {
      type: 'us_bank_account',
      // Not one of Stripe's magic test numbers: flows stay processing until the benchmark posts them
      // (000123456789 would schedule an automatic post on the test-mode job queue).
      us_bank_account: { routing_number: '110000000', account_number: '000555555555', account_holder_type: 'individual', account_type: 'checking' },
      billing_details: { name: 'Jenny Rosen' },
    });
    if (funds > 0) await db.fund(account.accountId, fa.id, funds);
    out.push({ accountId: account.accountId, key: account.testKey, keyHash: hashKey(account.testKey), financialAccount: fa.id, paymentMethod: pm.id });
  }
  return out;
}

/** Replay substitutions: the recording tenant's ids → another tenant's. */
export function tenantMap(from: BenchTenant, to: BenchTenant): Map<string, string> {
  return new Map([
    [from.accountId, to.accountId],
    [from.keyHash, to.keyHash],
    [from.financialAccount, to.financialAccount],
    [from.paymentMethod, to.paymentMethod],
  ]);
}
