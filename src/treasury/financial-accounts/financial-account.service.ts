import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { runCommand, type CommandContext, type Scope } from '../../kernel/command.js';
import { previousAttributes } from '../../kernel/diff.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { randomInt } from 'node:crypto';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { mergeMetadata, validateMetadata, type Metadata } from '../../kernel/metadata.js';
import { TREASURY_CURRENCIES } from '../../kernel/money.js';
import { flattenFeatureParams, type FeatureStates } from './financial-account.features.js';
import { findFinancialAccount, lockFinancialAccount, type StripeFinancialAccount } from './financial-account.repository.js';
import { treasuryBalances, treasuryFinancialAccounts } from './financial-account.table.js';
import { pendingInboundTransferIds } from '../inbound-transfers/inbound-transfer.repository.js';

export const FINANCIAL_ACCOUNT = 'TreasuryFinancialAccount';
type Restriction = 'restricted' | 'unrestricted';

export interface FeatureParams {
  [group: string]: unknown;
}

export interface CreateFinancialAccountInput {
  supportedCurrencies: string[];
  features?: FeatureParams | null;
  metadata?: Metadata | null;
  nickname?: string | null;
  platformRestrictions?: { inboundFlows?: Restriction | null; outboundFlows?: Restriction | null } | null;
  idempotencyKey?: string | null;
}

export interface UpdateFinancialAccountInput extends Omit<CreateFinancialAccountInput, 'supportedCurrencies'> {
  id: string;
}

interface Caller {
  db: Db;
  scope: Scope;
  requestId: string;
}

/** Pure shape checks shared by create and update (Stripe checks shape before anything else). */
function checkShape(input: Partial<CreateFinancialAccountInput>): { features: FeatureStates; metadata: Metadata | undefined } {
  if (input.nickname != null && input.nickname.length > 500)
    throw parameterInvalid(['nickname'], 'Invalid nickname: must be at most 500 characters.');
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : undefined;
  const { states, unknown } = flattenFeatureParams(snakeKeys(input.features ?? {}) as Record<string, unknown>);
  if (unknown.length) throw parameterInvalid(['features'], `Unknown feature: ${unknown[0]}.`);
  return { features: states, metadata };
}

export function checkFinancialAccountId(id: string) {
  if (!hasPrefix(id, 'fa')) throw resourceMissing('financial account', id);
}

async function load(cmd: CommandContext, id: string): Promise<StripeFinancialAccount> {
  const fa = await findFinancialAccount(cmd.tx, cmd.scope, id);
  if (!fa) throw new Error(`financial account ${id} vanished inside its own transaction`);
  return fa;
}

/** Announces the new state; adds features_status_updated when any feature's status changed. */
async function announce(cmd: CommandContext, before: StripeFinancialAccount | null, after: StripeFinancialAccount, type?: string) {
  if (type) await emitEvent(cmd, type, after, before ? previousAttributes(before, after) : undefined);
  if (before && JSON.stringify(before.features) !== JSON.stringify(after.features)) {
    const prev = previousAttributes(
      { features: before.features, active_features: before.active_features, pending_features: before.pending_features, restricted_features: before.restricted_features, financial_addresses: before.financial_addresses },
      { features: after.features, active_features: after.active_features, pending_features: after.pending_features, restricted_features: after.restricted_features, financial_addresses: after.financial_addresses },
    );
    await emitEvent(cmd, 'treasury.financial_account.features_status_updated', after, prev);
  }
  await publishObject(cmd, FINANCIAL_ACCOUNT, after);
}

export function createFinancialAccount(caller: Caller, input: CreateFinancialAccountInput) {
  const { idempotencyKey, ...params } = input;
  if (!input.supportedCurrencies?.length) throw parameterMissing(['supportedCurrencies']);
  input.supportedCurrencies.forEach((c, i) => {
    if (!(TREASURY_CURRENCIES as readonly string[]).includes(c))
      throw parameterInvalid(['supportedCurrencies', String(i)], `Invalid currency: ${c}. Treasury FinancialAccounts support: ${TREASURY_CURRENCIES.join(', ')}.`, 'currency_not_supported');
  });
  const { features, metadata } = checkShape(input);
  return runCommand(caller.db, caller.scope, { operation: 'createTreasuryFinancialAccount', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const id = newId('fa');
    const currencies = [...new Set(input.supportedCurrencies)];
    await cmd.tx.insert(treasuryFinancialAccounts).values({
      id,
      accountId: cmd.scope.accountId,
      livemode: cmd.scope.livemode,
      created: cmd.now,
      updated: cmd.now,
      country: 'US',
      status: 'open',
      nickname: input.nickname ?? null,
      metadata: metadata ?? {},
      supportedCurrencies: currencies,
      features,
      inboundFlows: input.platformRestrictions?.inboundFlows ?? null,
      outboundFlows: input.platformRestrictions?.outboundFlows ?? null,
      abaAccountNumber: String(randomInt(100_000_000_000, 1_000_000_000_000)),
    });
    await cmd.tx.insert(treasuryBalances).values(currencies.map((currency) => ({ financialAccountId: id, currency })));
    const fa = await load(cmd, id);
    await announce(cmd, null, fa, 'treasury.financial_account.created');
    return fa;
  });
}

export function updateFinancialAccount(caller: Caller, input: UpdateFinancialAccountInput) {
  const { idempotencyKey, ...params } = input;
  checkFinancialAccountId(input.id);
  const { features, metadata } = checkShape(input);
  return runCommand(caller.db, caller.scope, { operation: 'updateTreasuryFinancialAccount', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const row = await lockFinancialAccount(cmd.tx, cmd.scope, input.id);
    if (!row) throw resourceMissing('financial account', input.id);
    const before = await load(cmd, input.id);
    const changes: Partial<typeof treasuryFinancialAccounts.$inferInsert> = { updated: cmd.now };
    if (input.nickname !== undefined) changes.nickname = input.nickname === '' ? null : input.nickname;
    if (metadata) changes.metadata = mergeMetadata(row.metadata, metadata);
    if (Object.keys(features).length) changes.features = { ...row.features, ...features };
    if (input.platformRestrictions) {
      if (input.platformRestrictions.inboundFlows != null) changes.inboundFlows = input.platformRestrictions.inboundFlows;
      if (input.platformRestrictions.outboundFlows != null) changes.outboundFlows = input.platformRestrictions.outboundFlows;
    }
    await cmd.tx.update(treasuryFinancialAccounts).set(changes).where(eq(treasuryFinancialAccounts.id, input.id));
    const after = await load(cmd, input.id);
    await announce(cmd, before, after);
    return after;
  });
}

export function updateFinancialAccountFeatures(caller: Caller, input: { id: string; idempotencyKey?: string | null } & FeatureParams) {
  const { id, idempotencyKey, ...featureParams } = input;
  return updateFinancialAccount(caller, { id, idempotencyKey, features: featureParams });
}

/**
 * Closes an account. Stripe refuses while money remains or flows are pending; every non-zero
 * sub-balance (cash, or funds held for pending flows) blocks it.
 */
export function closeFinancialAccount(caller: Caller, input: { id: string; idempotencyKey?: string | null }) {
  const { idempotencyKey, ...params } = input;
  checkFinancialAccountId(input.id);
  return runCommand(caller.db, caller.scope, { operation: 'closeTreasuryFinancialAccount', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const row = await lockFinancialAccount(cmd.tx, cmd.scope, input.id);
    if (!row) throw resourceMissing('financial account', input.id);
    if (row.status === 'closed') throw invalidState('This FinancialAccount is already closed.');
    const before = await load(cmd, input.id);
    const nonZero = Object.entries(before.balance).some(([, byCurrency]) => Object.values(byCurrency).some((v) => v !== 0));
    if (nonZero)
      throw new StripeError(
        'financial_account_not_empty',
        'A FinancialAccount can only be closed when its balance is zero and it has no pending flows.',
        ['id'],
      );
    // Stripe: "has no pending InboundTransfers". They hold no balance (inbound_pending is always 0), so check them directly.
    const pendingInbound = await pendingInboundTransferIds(cmd.tx, input.id);
    if (pendingInbound.length)
      throw new StripeError(
        'financial_account_not_empty',
        `A FinancialAccount cannot be closed while it has processing InboundTransfers (${pendingInbound.join(', ')}); cancel them or wait for them to settle.`,
        ['id'],
      );
    await cmd.tx
      .update(treasuryFinancialAccounts)
      .set({ status: 'closed', closedReasons: ['closed_by_platform'], updated: cmd.now })
      .where(eq(treasuryFinancialAccounts.id, input.id));
    const after = await load(cmd, input.id);
    await announce(cmd, before, after, 'treasury.financial_account.closed');
    return after;
  });
}

/** GraphQL inputs are camelCase; Stripe's params (and our feature paths) are snake_case. */
function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snakeKeys(v)]));
  return value;
}
