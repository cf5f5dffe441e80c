import type Stripe from 'stripe';
import type { CommandContext } from '../../kernel/command.js';
import { invalidState, parameterInvalid, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix, newId, randomBase62 } from '../../kernel/ids.js';
import { announce, transition } from '../../layer/actions.js';
import { defineResource, type ActionContext } from '../../layer/resource.js';
import { insertRecord } from '../../layer/store.js';
import { customersResource } from '../../payments/customers/customer.resource.js';
import { fcAccounts, type FcAccountRecord } from '../accounts/account.resource.js';
import { INSTITUTION_NAME, paymentMethodTypes, TEST_ACCOUNTS, type TestAccount } from '../shared/test-institution.js';
import { financialConnectionsSessions, sessionServe } from './session.table.js';

/**
 * A Financial Connections Session: what the user is asked to link (the holder, the permissions,
 * filters, prefetched data). In test mode the user links the test institution's accounts on the
 * hosted page (`/financial-connections/link/<id>/<client secret>`) or through the test-mode
 * mutation; each linked account becomes an Account (`financial_connections.account.created`), and
 * the features in `prefetch` are refreshed at once (pending, then answered like any refresh).
 */
export type FcSessionRecord = Stripe.FinancialConnections.Session & { created: number; linked_at: Date | null; holder_customer: string | null };
type Ctx = ActionContext<FcSessionRecord>;

export const LINK_PATH = '/financial-connections/link/';
/** What a prefetch asks for, in the Account refresh's terms. */
const PREFETCH_FEATURE = { balances: 'balance', ownership: 'ownership', transactions: 'transactions' } as const;
const PREFETCH_PERMISSION = { balances: 'balances', ownership: 'ownership', transactions: 'transactions' } as const;

/** The test institution's accounts this session may link: its filters, and payment-method support when that permission is asked. */
export function eligibleAccounts(session: Pick<FcSessionRecord, 'filters' | 'permissions'>): TestAccount[] {
  const subcategories = session.filters?.account_subcategories;
  return TEST_ACCOUNTS.filter(
    (a) =>
      (!subcategories?.length || subcategories.includes(a.subcategory)) &&
      (!session.filters?.country || session.filters.country === 'US') &&
      (!session.permissions.includes('payment_method') || paymentMethodTypes(a).includes('us_bank_account')),
  );
}

async function linkAccount(cmd: CommandContext, session: FcSessionRecord, a: TestAccount): Promise<FcAccountRecord> {
  const permits = session.permissions.includes('payment_method') && paymentMethodTypes(a).includes('us_bank_account');
  const record = {
    id: newId('fca'),
    object: 'financial_connections.account',
    livemode: cmd.scope.livemode,
    created: Math.floor(cmd.now.getTime() / 1000),
    account_holder: session.account_holder,
    account_numbers: permits ? [{ expected_expiry_date: null, identifier_type: 'account_number', status: 'transactable', supported_networks: ['ach'] }] : null,
    balance: null,
    balance_refresh: null,
    category: a.category,
    display_name: a.display_name,
    institution_name: INSTITUTION_NAME,
    last4: a.account_number.slice(-4),
    ownership: null,
    ownership_refresh: null,
    permissions: [...session.permissions],
    status: 'active',
    subcategory: a.subcategory,
    subscriptions: [],
    supported_payment_method_types: paymentMethodTypes(a),
    transaction_refresh: null,
    session: session.id,
    holder_customer: session.holder_customer,
    institution_account: a.key,
    routing_number: a.routing_number,
    account_number: a.account_number,
  } as unknown as FcAccountRecord;
  await insertRecord(cmd.tx, fcAccounts.storage, cmd.scope, cmd.now, record as never);
  await announce(cmd, fcAccounts, null, record, 'financial_connections.account.created');
  const prefetch = (session.prefetch ?? []) as (keyof typeof PREFETCH_FEATURE)[];
  const features = prefetch.filter((p) => session.permissions.includes(PREFETCH_PERMISSION[p])).map((p) => PREFETCH_FEATURE[p]);
  if (features.length === 0) return record;
  // Prefetch is a refresh started with the link (its pending state, then the institution's answer).
  return transition({ cmd, resource: fcAccounts, input: { features }, record, changes: {}, locked: {} }, 'refresh');
}

/**
 * The account holder: a Customer of the caller, or a Stripe account — the caller's own (Stripe's
 * Treasury guide links the connected account's bank accounts to fund its FinancialAccount; in
 * fingraph the caller's account is that connected account, and it has no others).
 */
async function holderOf(cmd: CommandContext, holder: { type: string; customer?: string; account?: string }) {
  if (holder.type === 'account') {
    const account = String(holder.account);
    if (account !== cmd.scope.accountId) throw resourceMissing('account', account, ['account_holder', 'account']);
    return { type: 'account' as const, account };
  }
  const customer = String(holder.customer);
  if (!(hasPrefix(customer, 'cus') && (await customersResource.records(cmd.tx, cmd.scope, [customer])).size))
    throw resourceMissing('customer', customer, ['account_holder', 'customer']);
  return { type: 'customer' as const, customer, account: undefined };
}

export const fcSessions = defineResource<FcSessionRecord>({
  object: 'financial_connections.session',
  table: financialConnectionsSessions,
  serve: sessionServe,
  // As on the Account: the holder's `account` is a Stripe (Connect) account id.
  refs: { 'account_holder.account': 'account' },
  create: {
    validate(input) {
      const holder = input.account_holder;
      if (holder.type === 'customer' && holder.customer == null)
        throw parameterInvalid(
          ['account_holder', 'customer'],
          'account_holder[customer] is required when account_holder[type] is customer.',
          'parameter_missing',
        );
      if (holder.type === 'account' && holder.account == null)
        throw parameterInvalid(['account_holder', 'account'], 'account_holder[account] is required when account_holder[type] is account.', 'parameter_missing');
      // Stripe: each is "only available" with its own type.
      if (holder.type === 'account' && holder.customer != null)
        throw parameterInvalid(['account_holder', 'customer'], 'account_holder[customer] cannot be given when account_holder[type] is account.');
      if (holder.type === 'customer' && holder.account != null)
        throw parameterInvalid(['account_holder', 'account'], 'account_holder[account] cannot be given when account_holder[type] is customer.');
      if (!input.permissions?.length) throw parameterInvalid(['permissions'], 'permissions must name at least one permission.');
      for (const p of input.prefetch ?? [])
        if (!input.permissions.includes(PREFETCH_PERMISSION[p as keyof typeof PREFETCH_PERMISSION]))
          throw parameterInvalid(['prefetch'], `Prefetching ${p} needs the ${p} permission.`);
      if (input.limits != null && (!Number.isInteger(input.limits.accounts) || input.limits.accounts < 1 || input.limits.accounts > 100))
        throw parameterInvalid(['limits', 'accounts'], 'limits[accounts] must be between 1 and 100.', 'parameter_invalid_integer');
      if (input.filters?.country != null && !/^[A-Z]{2}$/.test(input.filters.country)) throw parameterInvalid(['filters', 'country'], 'Invalid country.');
    },
    async build({ cmd, input }) {
      if (input.return_url != null && !/^https?:\/\/\S{1,2000}$/.test(input.return_url))
        throw parameterInvalid(['return_url'], 'Invalid URL: return_url must be an http(s) URL.', 'url_invalid');
      const holder = await holderOf(cmd, input.account_holder);
      return {
        account_holder: holder,
        client_secret: `fcsess_client_secret_${randomBase62(24)}`,
        filters: {
          account_subcategories: input.filters?.account_subcategories ?? null,
          country: input.filters?.country ?? null,
          ...(input.filters?.require_payment_method_support ? { require_payment_method_support: input.filters.require_payment_method_support } : {}),
        },
        limits: { accounts: input.limits?.accounts ?? 100 },
        manual_entry: { mode: input.manual_entry?.mode ?? 'automatic' },
        permissions: [...new Set(input.permissions as string[])],
        prefetch: input.prefetch ? [...new Set(input.prefetch as string[])] : null,
        return_url: input.return_url ?? undefined,
        linked_at: null,
        holder_customer: holder.customer ?? null,
      } as Partial<FcSessionRecord>;
    },
    // Stripe announces no event for a Session; its Accounts are announced as they are linked.
    event: null,
  },
  actions: {
    /**
     * Test mode: the user links accounts of the test institution (by their keys in
     * src/financial-connections/shared/test-institution.ts; default every eligible one, up to
     * `limits.accounts`). A session links once.
     */
    link: {
      testHelper: true,
      guard({ record, input }: Ctx) {
        if (record.linked_at) throw invalidState('This Session has already been completed.');
        const eligible = eligibleAccounts(record).map((a) => a.key);
        const chosen: string[] = input.accounts ?? eligible;
        if (chosen.length === 0) throw parameterInvalid(['accounts'], 'Choose at least one account.');
        for (const key of chosen) if (!eligible.includes(key)) throw parameterInvalid(['accounts'], `The account ${key} cannot be linked in this session.`);
        if (chosen.length > (record.limits?.accounts ?? 100))
          throw parameterInvalid(['accounts'], `This session links at most ${record.limits?.accounts} accounts.`);
      },
      async apply({ cmd, record, input }: Ctx) {
        const eligible = eligibleAccounts(record);
        const chosen: string[] = [...new Set<string>(input.accounts ?? eligible.map((a) => a.key))];
        for (const key of chosen) await linkAccount(cmd, record, eligible.find((a) => a.key === key)!);
        return { linked_at: cmd.now };
      },
    },
  },
  examples: {
    create: async (fx) => ({
      account_holder: { type: 'customer', customer: (await fx.create('customer')).id },
      permissions: ['payment_method', 'balances'],
      filters: { account_subcategories: ['checking', 'savings'] },
    }),
  },
});
