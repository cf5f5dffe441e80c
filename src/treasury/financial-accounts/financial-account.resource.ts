import { randomInt } from 'node:crypto';
import { PLATFORM } from '../shared/platform.js';
import type Stripe from 'stripe';
import { emitEvent } from '../../events/event.writer.js';
import { previousAttributes } from '../../kernel/diff.js';
import { parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { createIn } from '../../layer/actions.js';
import { mergeMetadata, validateMetadata } from '../../kernel/metadata.js';
import { TREASURY_CURRENCIES } from '../../kernel/money.js';
import { balancesNow, openBalances } from '../../ledger/ledger.js';
import { defineResource, resourceOf, type ActionContext, type Params } from '../../layer/resource.js';
import { pendingInboundTransferIds } from '../inbound-transfers/inbound-transfer.repository.js';
import { testModeSettings } from '../../layer/schedule.js';
import type { ScheduledStep } from '../../layer/resource.js';
import {
  activateFeatures,
  featureLists,
  featuresToStripe,
  flattenFeatureParams,
  hasPendingFeatures,
  isFeatureActive,
  requestFeatures,
  type FeaturePath,
  type FeatureStates,
} from './financial-account.features.js';
import { treasuryFinancialAccounts } from './financial-account.table.js';

/**
 * FinancialAccount: a Treasury account with balances, financial addresses and features. Its features,
 * their lists, its balance and its ABA address are derived when it is read.
 */
interface BalanceRow {
  currency: string;
  cash: number | string;
  inbound_pending: number | string;
  outbound_pending: number | string;
}
interface ForwardingSettings {
  type: 'financial_account' | 'payment_method';
  financial_account?: string | null;
  payment_method?: string | null;
}
export type FinancialAccountRecord = Stripe.Treasury.FinancialAccount & {
  forwarding_settings: ForwardingSettings | null;
  feature_states: FeatureStates;
  closed_reasons: string[] | null;
  aba_account_number: string;
  updated: Date;
  balances: BalanceRow[];
};
type Ctx = ActionContext<FinancialAccountRecord>;

export const featureContext = (fa: FinancialAccountRecord) => ({
  status: fa.status as 'open' | 'closed',
  inboundFlows: fa.platform_restrictions?.inbound_flows ?? null,
  outboundFlows: fa.platform_restrictions?.outbound_flows ?? null,
});

export const hasActiveFeature = (fa: FinancialAccountRecord, path: Parameters<typeof isFeatureActive>[1]) =>
  isFeatureActive(fa.feature_states, path, featureContext(fa));

function balanceOf(fa: FinancialAccountRecord): Stripe.Treasury.FinancialAccount['balance'] {
  const balance = { cash: {} as Record<string, number>, inbound_pending: {} as Record<string, number>, outbound_pending: {} as Record<string, number> };
  for (const b of fa.balances ?? []) {
    balance.cash[b.currency] = Number(b.cash);
    balance.inbound_pending[b.currency] = Number(b.inbound_pending);
    balance.outbound_pending[b.currency] = Number(b.outbound_pending);
  }
  return balance;
}

/** Shape checks shared by create and update (Stripe checks shape before anything else). */
function checkShape(input: Params): Partial<Record<FeaturePath, boolean>> {
  if (input.nickname != null && input.nickname.length > 500) throw parameterInvalid(['nickname'], 'Invalid nickname: must be at most 500 characters.');
  if (input.metadata != null) validateMetadata(input.metadata);
  const { states, unknown } = flattenFeatureParams(input.features ?? {});
  if (unknown.length) throw parameterInvalid(['features'], `Unknown feature: ${unknown[0]}.`);
  return states;
}

const FEATURE_KEYS = ['features', 'active_features', 'pending_features', 'restricted_features', 'financial_addresses'] as const;

/**
 * Requested features activate on the test-mode schedule: FINGRAPH_TEST_MODE_FEATURE_DELAY_MS after the
 * request (0: in the same request), in the account's test-clock time when it has one (a clock advance
 * past it activates them); in live mode at once.
 */
const delayOf = (cmd: { scope: { livemode: boolean } }) => (cmd.scope.livemode ? 0 : testModeSettings().featureDelayMs);
const activation = (cmd: { scope: { livemode: boolean }; now: Date }, fa: FinancialAccountRecord): ScheduledStep[] =>
  hasPendingFeatures(fa.feature_states)
    ? [{ action: 'activate_features', at: new Date(cmd.now.getTime() + delayOf(cmd)), phase: 'first', delayMs: delayOf(cmd) }]
    : [];

/** Any change of a feature's status is announced with `features_status_updated` (with the old feature fields). */
async function announceFeatures({ cmd, resource }: Ctx, saved: FinancialAccountRecord, before: FinancialAccountRecord) {
  const b = resource.toStripe(before);
  const a = resource.toStripe(saved);
  if (JSON.stringify(b.features) === JSON.stringify(a.features)) return;
  const pick = (o: Record<string, unknown>) => Object.fromEntries(FEATURE_KEYS.map((k) => [k, o[k]]));
  await emitEvent(cmd, 'treasury.financial_account.features_status_updated', a, previousAttributes(pick(b), pick(a)));
}

/** Stripe's `forwarding_settings`: a FinancialAccount (another one of the owner) or a bank account PaymentMethod. */
function forwardingSettings(value: Params | null | undefined, self: string, param: string[]): ForwardingSettings | null {
  if (!value) return null;
  if (value.type === 'financial_account') {
    if (!value.financial_account) throw parameterMissing([...param, 'financial_account']);
    if (!hasPrefix(value.financial_account, 'fa')) throw resourceMissing('financial account', value.financial_account, [...param, 'financial_account']);
    if (value.financial_account === self) throw parameterInvalid([...param, 'financial_account'], 'A FinancialAccount cannot forward its balance to itself.');
    return { type: 'financial_account', financial_account: value.financial_account, payment_method: null };
  }
  if (!value.payment_method) throw parameterMissing([...param, 'payment_method']);
  if (!hasPrefix(value.payment_method, 'pm')) throw resourceMissing('payment method', value.payment_method, [...param, 'payment_method']);
  return { type: 'payment_method', financial_account: null, payment_method: value.payment_method };
}

/** The forwarding target must be one of the caller's own objects: another account's id is answered as missing. */
async function assertForwardingTargetExists(cmd: Ctx['cmd'], forwarding: ForwardingSettings | null, param: string[]) {
  if (!forwarding) return;
  const [object, id, field] =
    forwarding.type === 'financial_account'
      ? (['treasury.financial_account', forwarding.financial_account!, 'financial_account'] as const)
      : (['payment_method', forwarding.payment_method!, 'payment_method'] as const);
  const found = await resourceOf(object).records(cmd.tx, cmd.scope, [id]);
  if (!found.has(id)) throw resourceMissing(field.replace('_', ' '), id, [...param, field]);
}

function updateChanges({ input, record, cmd }: Ctx): Partial<FinancialAccountRecord> {
  const states = checkShape(input);
  const changes: Partial<FinancialAccountRecord> = { updated: cmd.now };
  if (input.forwarding_settings !== undefined) changes.forwarding_settings = forwardingSettings(input.forwarding_settings, record.id, ['forwarding_settings']);
  if (input.nickname !== undefined) changes.nickname = input.nickname === '' ? null : input.nickname;
  if (input.metadata != null) changes.metadata = mergeMetadata(record.metadata ?? {}, validateMetadata(input.metadata));
  if (Object.keys(states).length) changes.feature_states = requestFeatures(record.feature_states, states);
  const restrictions = input.platform_restrictions;
  if (restrictions) {
    changes.platform_restrictions = {
      inbound_flows: restrictions.inbound_flows ?? record.platform_restrictions?.inbound_flows ?? null,
      outbound_flows: restrictions.outbound_flows ?? record.platform_restrictions?.outbound_flows ?? null,
    };
  }
  return changes;
}

export const financialAccounts = defineResource<FinancialAccountRecord>({
  object: 'treasury.financial_account',
  table: treasuryFinancialAccounts,
  initial: 'open',
  enumNames: { active_features: 'TreasuryFinancialAccountFeature', 'platform_restrictions.inbound_flows': 'TreasuryFinancialAccountPlatformRestriction' },
  computed: {
    active_features: (fa) => featureLists(fa.feature_states, featureContext(fa)).active,
    pending_features: (fa) => featureLists(fa.feature_states, featureContext(fa)).pending,
    restricted_features: (fa) => featureLists(fa.feature_states, featureContext(fa)).restricted,
    features: (fa) => featuresToStripe(fa.feature_states, featureContext(fa)),
    balance: balanceOf,
    financial_addresses: (fa) =>
      hasActiveFeature(fa, 'financial_addresses.aba')
        ? [
            {
              type: 'aba',
              aba: {
                account_holder_name: PLATFORM.name,
                account_number: fa.aba_account_number,
                account_number_last4: fa.aba_account_number.slice(-4),
                bank_name: fa.livemode ? 'Evolve Bank & Trust' : 'STRIPE TEST BANK',
                routing_number: fa.livemode ? '084106768' : '110000000',
              },
              supported_networks: ['ach', 'us_domestic_wire'],
            },
          ]
        : [],
    status_details: (fa) => ({ closed: fa.status === 'closed' ? { reasons: fa.closed_reasons ?? ['other'] } : null }),
  },
  computedReads: { balance: ['balances'], status_details: ['status', 'closed_reasons'] },

  create: {
    validate(input) {
      if (!input.supported_currencies?.length) throw parameterMissing(['supported_currencies']);
      (input.supported_currencies as string[]).forEach((c, i) => {
        if (!(TREASURY_CURRENCIES as readonly string[]).includes(c))
          throw parameterInvalid(
            ['supported_currencies', String(i)],
            `Invalid currency: ${c}. Treasury FinancialAccounts support: ${TREASURY_CURRENCIES.join(', ')}.`,
            'currency_not_supported',
          );
      });
      checkShape(input);
    },
    async build({ cmd, input }) {
      const currencies = [...new Set<string>(input.supported_currencies)];
      const restrictions = input.platform_restrictions;
      return {
        country: 'US',
        nickname: input.nickname ?? null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        supported_currencies: currencies,
        feature_states: requestFeatures({}, checkShape(input)),
        platform_restrictions:
          restrictions?.inbound_flows || restrictions?.outbound_flows
            ? { inbound_flows: restrictions.inbound_flows ?? null, outbound_flows: restrictions.outbound_flows ?? null }
            : null,
        is_default: false,
        closed_reasons: null,
        aba_account_number: String(randomInt(100_000_000_000, 1_000_000_000_000)),
        updated: cmd.now,
        forwarding_settings: null,
        balances: currencies.map((currency) => ({ currency, cash: 0, inbound_pending: 0, outbound_pending: 0 })),
      };
    },
    // The ledger keeps one balance row per currency, from the start.
    after: ({ cmd }, fa) => openBalances(cmd, fa.id, fa.supported_currencies),
    schedule: ({ cmd }, fa) => activation(cmd, fa),
  },

  update: {
    async apply(ctx: Ctx) {
      const changes = updateChanges(ctx);
      if (ctx.input.forwarding_settings) await assertForwardingTargetExists(ctx.cmd, changes.forwarding_settings ?? null, ['forwarding_settings']);
      return changes;
    },
    after: announceFeatures,
    schedule: ({ cmd, record }: Ctx) => activation(cmd, record),
  },

  actions: {
    update_features: {
      endpoint: 'updateFeatures',
      endpointOf: 'treasury.financial_account_features',
      mutation: 'updateTreasuryFinancialAccountFeatures',
      apply: (ctx: Ctx) => updateChanges({ ...ctx, input: { features: ctx.input } }),
      after: announceFeatures,
      schedule: ({ cmd, record }: Ctx) => activation(cmd, record),
      result: { object: 'treasury.financial_account_features', pick: (fa) => fa.features ?? null },
    },
    /** Pending features become active (scheduled by the requests above). */
    activate_features: {
      guard({ record }: Ctx) {
        if (!hasPendingFeatures(record.feature_states)) throw new StripeError('invalid_state', 'No FinancialAccount feature is pending activation.');
      },
      apply: ({ record, cmd }: Ctx) => ({ feature_states: activateFeatures(record.feature_states), updated: cmd.now }),
      after: announceFeatures,
    },
    /**
     * Stripe refuses to close while money remains or flows are pending: every non-zero sub-balance
     * (cash, or funds held for pending flows) blocks it, and so do processing InboundTransfers. With
     * `forwarding_settings` (given here or by an update), the cash is first sent there by an
     * OutboundTransfer (to a FinancialAccount it posts at once; to a bank account it is in flight
     * when the account closes).
     */
    close: {
      endpoint: 'close',
      from: ['open'],
      to: 'closed',
      refusal: () => 'This FinancialAccount is already closed.',
      async guard({ cmd, record, input }: Ctx) {
        const forwarding = input.forwarding_settings
          ? forwardingSettings(input.forwarding_settings, record.id, ['forwarding_settings'])
          : record.forwarding_settings;
        if (input.forwarding_settings) await assertForwardingTargetExists(cmd, forwarding, ['forwarding_settings']);
        // As committed now (the lock's own copy may predate a flow that committed while it waited);
        // apply forwards these amounts.
        record.balances = await balancesNow(cmd, record.id);
        const blocked = (record.balances ?? []).some(
          (b) => (Number(b.cash) !== 0 && !forwarding) || Number(b.inbound_pending) !== 0 || Number(b.outbound_pending) !== 0,
        );
        if (blocked || (record.balances ?? []).some((b) => Number(b.cash) < 0))
          throw new StripeError('financial_account_not_empty', 'A FinancialAccount can only be closed when its balance is zero and it has no pending flows.', [
            'id',
          ]);
        const pending = await pendingInboundTransferIds(cmd.tx, record.id);
        if (pending.length)
          throw new StripeError(
            'financial_account_not_empty',
            `A FinancialAccount cannot be closed while it has processing InboundTransfers (${pending.join(', ')}); cancel them or wait for them to settle.`,
            ['id'],
          );
      },
      async apply({ cmd, record, input }: Ctx) {
        const forwarding = input.forwarding_settings
          ? forwardingSettings(input.forwarding_settings, record.id, ['forwarding_settings'])
          : record.forwarding_settings;
        for (const b of record.balances ?? []) {
          if (!forwarding || Number(b.cash) <= 0) continue;
          await createIn(resourceOf('treasury.outbound_transfer'), cmd, {
            financial_account: record.id,
            amount: Number(b.cash),
            currency: b.currency,
            description: 'Closing balance',
            ...(forwarding.type === 'financial_account'
              ? { destination_payment_method_data: { type: 'financial_account', financial_account: forwarding.financial_account } }
              : { destination_payment_method: forwarding.payment_method }),
          });
        }
        return { closed_reasons: ['closed_by_platform'], updated: cmd.now, forwarding_settings: forwarding };
      },
      event: 'treasury.financial_account.closed',
      after: announceFeatures,
    },
  },
  list: {},
  // Without features or money: an open account that closes.
  examples: { create: () => ({ supported_currencies: ['usd'] }) },
});
