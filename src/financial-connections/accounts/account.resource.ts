import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { query } from '../../db/sql.js';
import type { CommandContext } from '../../kernel/command.js';
import { invalidState, parameterInvalid, StripeError } from '../../kernel/errors.js';
import { newId, randomBase62 } from '../../kernel/ids.js';
import { emitEvent } from '../../events/event.writer.js';
import { announce } from '../../layer/actions.js';
import { defineResource, type ActionContext, type ScheduledStep } from '../../layer/resource.js';
import { insertRecord, updateRecord } from '../../layer/store.js';
import { accountOwners } from '../account-owners/account-owner.resource.js';
import { accountOwnerships } from '../account-ownerships/account-ownership.resource.js';
import { testAccount, type TestAccount } from '../shared/test-institution.js';
import { fcTransactions, type FcTransactionRecord } from '../transactions/transaction.resource.js';
import { financialConnectionsAccounts } from './account.table.js';

/**
 * A Financial Connections Account: an account at an institution the user linked through a Session.
 * active → inactive (the institution's doing: a refresh finds the connection broken; the test
 * institution's `inactive` account) → disconnected (the user's or the platform's). Refreshes
 * (balance, ownership, transactions) each have their own machine: `refresh` sets it pending with
 * `last_attempted_at`, and the institution's answer arrives a little later (a scheduled step: real
 * time or a test clock) as succeeded or failed, announced by
 * `financial_connections.account.refreshed_<feature>`; a transactions subscription starts one a day.
 */
export type FcAccountRecord = Stripe.FinancialConnections.Account & {
  session: string;
  holder_customer: string | null;
  institution_account: string;
  routing_number: string;
  account_number: string;
  subscription_chain: string | null;
};
type Ctx = ActionContext<FcAccountRecord>;
type Feature = 'balance' | 'ownership' | 'transactions';

/** The permission each refreshed feature needs (Stripe: data is accessible only with its permission). */
const PERMISSION: Record<Feature, Stripe.FinancialConnections.Account.Permission> = {
  balance: 'balances',
  ownership: 'ownership',
  transactions: 'transactions',
};
const REFRESH_FIELD = { balance: 'balance_refresh', ownership: 'ownership_refresh', transactions: 'transaction_refresh' } as const;
const FINISH = { balance: 'finish_balance_refresh', ownership: 'finish_ownership_refresh', transactions: 'finish_transaction_refresh' } as const;
/** How long the institution takes to answer a refresh (test mode). */
const REFRESH_MS = 5_000;
/** A transactions subscription refreshes once a day (Stripe: "periodic refreshes"; its docs: daily). */
const DAY_MS = 86_400_000;

const unix = (d: Date) => Math.floor(d.getTime() / 1000);

/** Stripe's code for data access to an inactive account (the same it answers a PaymentMethod made from one). */
const inactiveAccount = (record: FcAccountRecord) =>
  new StripeError(
    'financial_connections_account_inactive',
    `The Financial Connections Account ${record.id} is inactive: the connection to the institution is broken, so its data cannot be refreshed. Link it again in a new Session.`,
    null,
  );

function checkFeatures(record: FcAccountRecord, features: unknown, allowed: readonly Feature[]): Feature[] {
  if (record.status === 'inactive') throw inactiveAccount(record);
  if (!Array.isArray(features) || features.length === 0) throw parameterInvalid(['features'], 'features must name at least one feature.');
  for (const f of features as Feature[]) {
    if (!allowed.includes(f)) throw parameterInvalid(['features'], `Invalid feature: ${String(f)}.`);
    if (!record.permissions?.includes(PERMISSION[f]))
      throw parameterInvalid(
        ['features'],
        `This account was not linked with the \`${PERMISSION[f]}\` permission, so its ${f} cannot be accessed.`,
        'parameter_invalid',
      );
  }
  return [...new Set(features as Feature[])];
}

function balanceOf(a: TestAccount, now: Date): Stripe.FinancialConnections.Account.Balance {
  if (a.category === 'credit') return { as_of: unix(now), type: 'credit', credit: { used: { usd: a.balance } }, current: { usd: -a.balance } };
  return { as_of: unix(now), type: 'cash', cash: { available: { usd: a.balance } }, current: { usd: a.balance } };
}

/**
 * The refresh hash as it stands after the institution's answer. `next_refresh_available_at` is null
 * while pending (Stripe) and, once answered, the answer's time: fingraph has no rate limit, so the
 * next refresh may start at once.
 */
const settled = (refresh: { last_attempted_at: number } | null, status: 'succeeded' | 'failed', now: Date) => ({
  ...(refresh ?? { last_attempted_at: unix(now) }),
  status,
  next_refresh_available_at: unix(now),
});
/** A refresh just started: pending, no next refresh until it is answered. */
const pendingRefresh = (feature: Feature, now: Date) => ({
  ...(feature === 'transactions' ? { id: newId('fctxnref') } : {}),
  last_attempted_at: unix(now),
  next_refresh_available_at: null,
  status: 'pending',
});

/** The institution finds the connection broken (the test institution's `inactive` account, on its first refresh). */
const breaks = (record: FcAccountRecord) => record.status === 'active' && !!testAccount(record.institution_account).becomesInactive;
const failing = (record: FcAccountRecord) => record.status !== 'active' || breaks(record) || !!testAccount(record.institution_account).failsRefresh;
/** A failed answer; a broken connection also turns the Account inactive. */
const failedAnswer = (record: FcAccountRecord, changes: Record<string, unknown>) =>
  (breaks(record) ? { ...changes, status: 'inactive' } : changes) as Partial<FcAccountRecord>;
/** Stripe's `financial_connections.account.deactivated`, after the refresh's own event. */
async function announceDeactivation({ cmd }: Ctx, saved: FcAccountRecord, before: FcAccountRecord) {
  if (before.status === 'active' && saved.status === 'inactive')
    await emitEvent(cmd, 'financial_connections.account.deactivated', fcAccounts.toStripe(saved), { status: 'active' });
}

function guardPending(feature: Feature) {
  return ({ record }: Ctx) => {
    if ((record[REFRESH_FIELD[feature]] as { status?: string } | null)?.status !== 'pending')
      throw invalidState(`This account has no ${feature} refresh in progress.`);
  };
}

/** New owners snapshot: an AccountOwnership and its AccountOwners. */
async function writeOwnership(cmd: CommandContext, account: string, a: TestAccount): Promise<string> {
  const created = unix(cmd.now);
  const ownership = { id: newId('fcaowns'), object: 'financial_connections.account_ownership', livemode: cmd.scope.livemode, created, account };
  await insertRecord(cmd.tx, accountOwnerships.storage, cmd.scope, cmd.now, ownership);
  for (const o of a.owners) {
    const owner = {
      id: newId('fcaown'),
      object: 'financial_connections.account_owner',
      livemode: cmd.scope.livemode,
      created,
      ownership: ownership.id,
      refreshed_at: created,
      ...o,
    };
    await insertRecord(cmd.tx, accountOwners.storage, cmd.scope, cmd.now, owner);
  }
  return ownership.id;
}

/** A transaction refresh: pending transactions settle (posted or void), and the first refresh finds the account's history. */
async function writeTransactions(cmd: CommandContext, record: FcAccountRecord, refreshId: string) {
  const a = testAccount(record.institution_account);
  const now = unix(cmd.now);
  const rows = await query(
    cmd.tx,
    sql`select id from financial_connections_transactions where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and account = ${record.id} for update`,
  );
  const existing = await fcTransactions.records(
    cmd.tx,
    cmd.scope,
    rows.map((r) => String(r.id)),
  );
  for (const tx of existing.values()) {
    if (tx.status !== 'pending') continue;
    const seed = a.transactions.find((t) => t.description === tx.description);
    const to = seed?.settlesAs ?? 'posted';
    const changes: Partial<FcTransactionRecord> = {
      status: to,
      status_transitions: { posted_at: to === 'posted' ? now : null, void_at: to === 'void' ? now : null },
      transaction_refresh: refreshId,
      updated: now,
    };
    const saved = await updateRecord(cmd.tx, fcTransactions.storage, tx.id, changes as never);
    await announce(cmd, fcTransactions, tx as never, saved, null);
  }
  if (existing.size > 0) return;
  for (const t of a.transactions) {
    const at = now - t.daysAgo * 86_400;
    const tx = {
      id: newId('fctxn'),
      object: 'financial_connections.transaction',
      livemode: cmd.scope.livemode,
      created: now,
      account: record.id,
      amount: t.amount,
      currency: 'usd',
      description: t.description,
      status: t.status,
      status_transitions: { posted_at: t.status === 'posted' ? at : null, void_at: null },
      transacted_at: at,
      transaction_refresh: refreshId,
      updated: now,
    };
    await insertRecord(cmd.tx, fcTransactions.storage, cmd.scope, cmd.now, tx);
  }
}

export const fcAccounts = defineResource<FcAccountRecord>({
  object: 'financial_connections.account',
  table: financialConnectionsAccounts,
  // The spec's overlay resolves the holder's `account` to this type; it is a Stripe (Connect) account id.
  refs: { 'account_holder.account': 'account' },
  connections: [{ on: 'financial_connections.session', by: 'session', field: 'accounts', description: 'The accounts the user linked in this Session.' }],
  list: {
    filters: {
      // account_holder[customer] / [account]: the holder the Session named.
      account_holder: (value: { customer?: string; account?: string; customer_account?: string }, s) => [
        value.customer != null && sql`${sql.identifier(s.columnOf.get('holder_customer')!)} = ${value.customer}`,
        value.account != null && sql`account_holder->>'account' = ${value.account}`,
        value.customer_account != null && sql`false`,
      ],
    },
    validate(args) {
      const given = [args.account_holder?.customer, args.account_holder?.account, args.account_holder?.customer_account, args.session].filter((v) => v != null);
      if (given.length > 1)
        throw parameterInvalid(
          ['session'],
          'Only one of account_holder[account], account_holder[customer], account_holder[customer_account] or session may be given.',
        );
    },
  },
  actions: {
    /** Asks the institution for fresh data: each feature's refresh turns pending, answered by a scheduled step. */
    refresh: {
      endpoint: 'refresh',
      from: ['active', 'inactive'],
      refusal: (s) => `This account is ${s}: its data can no longer be refreshed.`,
      guard: ({ record, input }: Ctx) => void checkFeatures(record, input.features, ['balance', 'ownership', 'transactions']),
      apply({ cmd, record, input }: Ctx) {
        const changes: Record<string, unknown> = {};
        for (const f of checkFeatures(record, input.features, ['balance', 'ownership', 'transactions'])) changes[REFRESH_FIELD[f]] = pendingRefresh(f, cmd.now);
        return changes as Partial<FcAccountRecord>;
      },
      schedule: ({ cmd, input }: Ctx): ScheduledStep[] =>
        [...new Set(input.features as Feature[])].map((f) => ({ action: FINISH[f], at: new Date(cmd.now.getTime() + REFRESH_MS), phase: 'first' as const })),
    },
    finish_balance_refresh: {
      guard: guardPending('balance'),
      apply: ({ cmd, record }: Ctx) =>
        failing(record)
          ? failedAnswer(record, { balance_refresh: settled(record.balance_refresh, 'failed', cmd.now) })
          : { balance: balanceOf(testAccount(record.institution_account), cmd.now), balance_refresh: settled(record.balance_refresh, 'succeeded', cmd.now) },
      event: 'financial_connections.account.refreshed_balance',
      after: announceDeactivation,
    },
    finish_ownership_refresh: {
      guard: guardPending('ownership'),
      async apply({ cmd, record }: Ctx) {
        if (failing(record)) return failedAnswer(record, { ownership_refresh: settled(record.ownership_refresh, 'failed', cmd.now) });
        return {
          ownership: await writeOwnership(cmd, record.id, testAccount(record.institution_account)),
          ownership_refresh: settled(record.ownership_refresh, 'succeeded', cmd.now),
        };
      },
      event: 'financial_connections.account.refreshed_ownership',
      after: announceDeactivation,
    },
    finish_transaction_refresh: {
      guard: guardPending('transactions'),
      async apply({ cmd, record }: Ctx) {
        const refresh = record.transaction_refresh!;
        if (failing(record)) return failedAnswer(record, { transaction_refresh: { ...settled(refresh, 'failed', cmd.now), id: refresh.id } });
        await writeTransactions(cmd, record, refresh.id);
        return { transaction_refresh: { ...settled(refresh, 'succeeded', cmd.now), id: refresh.id } };
      },
      event: 'financial_connections.account.refreshed_transactions',
      after: announceDeactivation,
    },
    /** "Disables your access": no more refreshes or subscriptions; PaymentMethods made from it keep their numbers. */
    disconnect: {
      endpoint: 'disconnect',
      from: ['active', 'inactive'],
      to: 'disconnected',
      refusal: () => 'This account is already disconnected.',
      apply: () => ({ subscriptions: [], subscription_chain: null }),
      event: 'financial_connections.account.disconnected',
    },
    /**
     * Daily transaction refreshes (Stripe's subscription); needs the transactions permission. The first
     * refresh starts at once (Stripe's example answers it pending), then one a day in the account's
     * time (a test clock's advance runs them) while the subscription lasts.
     */
    subscribe: {
      endpoint: 'subscribe',
      from: ['active', 'inactive'],
      refusal: (s) => `This account is ${s}: it cannot be subscribed to.`,
      guard: ({ record, input }: Ctx) => void checkFeatures(record, input.features, ['transactions']),
      apply: ({ cmd, record }: Ctx) =>
        record.subscription_chain
          ? {} // already subscribed: the running chain goes on
          : {
              subscriptions: ['transactions'],
              subscription_chain: randomBase62(16),
              ...(record.transaction_refresh?.status === 'pending' ? {} : { transaction_refresh: pendingRefresh('transactions', cmd.now) }),
            },
      schedule: ({ cmd, record, changes }: Ctx) => ('subscription_chain' in changes ? subscriptionSteps(cmd, record, 'transaction_refresh' in changes) : []),
    },
    /** One day of a transactions subscription: a refresh (unless one is pending), and the next day's step. */
    subscription_refresh: {
      guard: ({ record, input }: Ctx) => {
        // Unsubscribed, disconnected, deactivated or subscribed again since (a newer chain): this chain ends.
        if (record.status !== 'active' || input.chain !== record.subscription_chain) throw invalidState('This transactions subscription has ended.');
      },
      apply: ({ cmd, record }: Ctx) =>
        record.transaction_refresh?.status === 'pending' ? {} : { transaction_refresh: pendingRefresh('transactions', cmd.now) as never },
      schedule: ({ cmd, record, changes }: Ctx) => subscriptionSteps(cmd, record, 'transaction_refresh' in changes),
    },
    unsubscribe: {
      endpoint: 'unsubscribe',
      guard: ({ input }: Ctx) => {
        if (!Array.isArray(input.features) || input.features.some((f: string) => f !== 'transactions'))
          throw parameterInvalid(['features'], 'features must be [transactions].');
      },
      apply: () => ({ subscriptions: [], subscription_chain: null }),
    },
  },
});

/** A subscription's next steps: the answer to a refresh it started, and tomorrow's refresh. */
function subscriptionSteps(cmd: CommandContext, record: FcAccountRecord, started: boolean): ScheduledStep[] {
  if (!record.subscription_chain) return [];
  return [
    ...(started ? [{ action: FINISH.transactions, at: new Date(cmd.now.getTime() + REFRESH_MS), phase: 'first' as const }] : []),
    {
      action: 'subscription_refresh',
      params: { chain: record.subscription_chain },
      at: new Date(cmd.now.getTime() + DAY_MS),
      phase: 'first' as const,
      delayMs: DAY_MS,
    },
  ];
}
