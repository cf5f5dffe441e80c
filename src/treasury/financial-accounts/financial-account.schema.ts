import type Stripe from 'stripe';
import { builder } from '../../graphql/builder.js';
import { registerLoader, type Context } from '../../graphql/context.js';
import { stripeEnum } from '../../graphql/enums.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { DateTimeRangeInput, fromUnix, MoneyRef, moneyList } from '../../graphql/scalars.js';
import { objectUpdates } from '../../graphql/subscribe.js';
import { registerIdPrefix } from '../../kernel/ids.js';
import { badUserInput } from '../../kernel/query-errors.js';
import { FEATURE_PATHS, type FeatureToggle } from './financial-account.features.js';
import { findFinancialAccount, findFinancialAccounts, listFinancialAccounts, type StripeFinancialAccount } from './financial-account.repository.js';
import {
  closeFinancialAccount,
  createFinancialAccount,
  FINANCIAL_ACCOUNT,
  updateFinancialAccount,
  updateFinancialAccountFeatures,
} from './financial-account.service.js';

registerIdPrefix('fa', FINANCIAL_ACCOUNT);
registerLoader(FINANCIAL_ACCOUNT, (services, scope, ids) => findFinancialAccounts(services.database.db, scope, ids));

const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });

// ---- enums -------------------------------------------------------------------------------------
const Status = stripeEnum('TreasuryFinancialAccountStatus', ['open', 'closed']);
const Feature = stripeEnum('TreasuryFinancialAccountFeature', [...FEATURE_PATHS, 'financial_addresses.aba.forwarding', 'remote_deposit_capture']);
const FeatureStatus = stripeEnum('TreasuryFinancialAccountFeatureStatus', ['active', 'pending', 'restricted']);
const FeatureStatusCode = stripeEnum('TreasuryFinancialAccountFeatureStatusDetailCode', [
  'activating', 'capability_not_requested', 'financial_account_closed', 'rejected_other', 'rejected_unsupported_business',
  'requirements_past_due', 'requirements_pending_verification', 'restricted_by_platform', 'restricted_other',
]);
const FeatureResolution = stripeEnum('TreasuryFinancialAccountFeatureStatusDetailResolution', ['contact_stripe', 'provide_information', 'remove_restriction']);
const Restriction = stripeEnum('TreasuryFinancialAccountFeatureStatusDetailRestriction', ['inbound_flows', 'outbound_flows']);
const PlatformRestriction = stripeEnum('TreasuryFinancialAccountPlatformRestriction', ['restricted', 'unrestricted']);
const ClosedReason = stripeEnum('TreasuryFinancialAccountStatusDetailsClosedReason', ['account_rejected', 'closed_by_platform', 'other']);
const AddressType = stripeEnum('TreasuryFinancialAccountFinancialAddressType', ['aba']);
const AddressNetwork = stripeEnum('TreasuryFinancialAccountFinancialAddressSupportedNetwork', ['ach', 'rtp', 'us_domestic_wire']);

// ---- output types ------------------------------------------------------------------------------
type StatusDetail = FeatureToggle['status_details'][number];
const StatusDetailRef = builder.objectRef<StatusDetail>('TreasuryFinancialAccountFeatureStatusDetail').implement({
  fields: (t) => ({
    code: t.field({ type: FeatureStatusCode, resolve: (d) => d.code as never }),
    resolution: t.field({ type: FeatureResolution, nullable: true, resolve: (d) => (d.resolution ?? null) as never }),
    restriction: t.field({ type: Restriction, nullable: true, resolve: (d) => (d.restriction ?? null) as never }),
  }),
});

const ToggleRef = builder.objectRef<FeatureToggle>('TreasuryFinancialAccountFeatureToggle').implement({
  description: 'Whether the FinancialAccount has a Feature: what was requested and whether it is operational.',
  fields: (t) => ({
    requested: t.exposeBoolean('requested'),
    status: t.field({ type: FeatureStatus, resolve: (f) => f.status }),
    statusDetails: t.field({ type: [StatusDetailRef], resolve: (f) => f.status_details }),
  }),
});

type Group = Record<string, FeatureToggle | undefined>;
const group = (name: string, leaves: Record<string, string>) =>
  builder.objectRef<Group>(name).implement({
    fields: (t) =>
      Object.fromEntries(
        Object.entries(leaves).map(([field, key]) => [field, t.field({ type: ToggleRef, nullable: true, resolve: (g) => g[key] ?? null })]),
      ),
  });
const FinancialAddressesFeatures = group('TreasuryFinancialAccountFeaturesFinancialAddresses', { aba: 'aba' });
const InboundTransfersFeatures = group('TreasuryFinancialAccountFeaturesInboundTransfers', { ach: 'ach' });
const OutboundPaymentsFeatures = group('TreasuryFinancialAccountFeaturesOutboundPayments', { ach: 'ach', usDomesticWire: 'us_domestic_wire' });
const OutboundTransfersFeatures = group('TreasuryFinancialAccountFeaturesOutboundTransfers', { ach: 'ach', usDomesticWire: 'us_domestic_wire' });

type StripeFeatures = Stripe.Treasury.FinancialAccountFeatures;
export const FeaturesRef = builder.objectRef<StripeFeatures>('TreasuryFinancialAccountFeatures').implement({
  description: 'Encodes whether a FinancialAccount has access to a particular Feature, with a status and status details.',
  fields: (t) => {
    const toggle = (key: keyof StripeFeatures) => t.field({ type: ToggleRef, nullable: true, resolve: (f) => (f[key] as FeatureToggle | undefined) ?? null });
    const grouped = (ref: typeof FinancialAddressesFeatures, key: keyof StripeFeatures) =>
      t.field({ type: ref, nullable: true, resolve: (f) => (f[key] as Group | undefined) ?? null });
    return {
      object: t.exposeString('object'),
      cardIssuing: toggle('card_issuing'),
      depositInsurance: toggle('deposit_insurance'),
      financialAddresses: grouped(FinancialAddressesFeatures, 'financial_addresses'),
      inboundTransfers: grouped(InboundTransfersFeatures, 'inbound_transfers'),
      intraStripeFlows: toggle('intra_stripe_flows'),
      outboundPayments: grouped(OutboundPaymentsFeatures, 'outbound_payments'),
      outboundTransfers: grouped(OutboundTransfersFeatures, 'outbound_transfers'),
    };
  },
});

type Balance = StripeFinancialAccount['balance'];
export const BalanceRef = builder.objectRef<Balance>('TreasuryFinancialAccountBalance').implement({
  description: 'Sub-balances per currency: cash is spendable now; outbound_pending is held for pending outbound flows.',
  fields: (t) => ({
    cash: t.field({ type: [MoneyRef], resolve: (b) => moneyList(b.cash) }),
    inboundPending: t.field({ type: [MoneyRef], resolve: (b) => moneyList(b.inbound_pending) }),
    outboundPending: t.field({ type: [MoneyRef], resolve: (b) => moneyList(b.outbound_pending) }),
  }),
});

type Aba = NonNullable<StripeFinancialAccount['financial_addresses'][number]['aba']>;
const AbaRef = builder.objectRef<Aba>('TreasuryFinancialAccountFinancialAddressAba').implement({
  fields: (t) => ({
    accountHolderName: t.exposeString('account_holder_name'),
    accountNumber: t.string({ nullable: true, description: 'The full account number (Stripe returns it only when expanded; selecting it is the expansion).', resolve: (a) => a.account_number ?? null }),
    accountNumberLast4: t.exposeString('account_number_last4'),
    bankName: t.exposeString('bank_name'),
    routingNumber: t.exposeString('routing_number'),
  }),
});

type Address = StripeFinancialAccount['financial_addresses'][number];
const AddressRef = builder.objectRef<Address>('TreasuryFinancialAccountFinancialAddress').implement({
  fields: (t) => ({
    aba: t.field({ type: AbaRef, nullable: true, resolve: (a) => a.aba ?? null }),
    supportedNetworks: t.field({ type: [AddressNetwork], resolve: (a) => (a.supported_networks ?? []) as never }),
    type: t.field({ type: AddressType, resolve: (a) => a.type as never }),
  }),
});

const PlatformRestrictionsRef = builder
  .objectRef<NonNullable<StripeFinancialAccount['platform_restrictions']>>('TreasuryFinancialAccountPlatformRestrictions')
  .implement({
    fields: (t) => ({
      inboundFlows: t.field({ type: PlatformRestriction, nullable: true, resolve: (p) => (p.inbound_flows ?? null) as never }),
      outboundFlows: t.field({ type: PlatformRestriction, nullable: true, resolve: (p) => (p.outbound_flows ?? null) as never }),
    }),
  });

const ClosedRef = builder
  .objectRef<{ reasons: string[] }>('TreasuryFinancialAccountStatusDetailsClosed')
  .implement({ fields: (t) => ({ reasons: t.field({ type: [ClosedReason], resolve: (c) => c.reasons as never }) }) });
const StatusDetailsRef = builder.objectRef<StripeFinancialAccount['status_details']>('TreasuryFinancialAccountStatusDetails').implement({
  fields: (t) => ({ closed: t.field({ type: ClosedRef, nullable: true, resolve: (s) => s.closed ?? null }) }),
});

export const FinancialAccountRef = builder.node(builder.objectRef<StripeFinancialAccount>(FINANCIAL_ACCOUNT), {
  description: 'A FinancialAccount: funds held in a Stripe Treasury account, with its balances and Features.',
  id: { resolve: (fa) => fa.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'treasury.financial_account',
  fields: (t) => ({
    object: t.exposeString('object'),
    activeFeatures: t.field({ type: [Feature], resolve: (fa) => (fa.active_features ?? []) as never }),
    balance: t.field({ type: BalanceRef, resolve: (fa) => fa.balance }),
    country: t.exposeString('country'),
    created: t.field({ type: 'DateTime', resolve: (fa) => fromUnix(fa.created) }),
    features: t.field({ type: FeaturesRef, nullable: true, resolve: (fa) => fa.features ?? null }),
    financialAddresses: t.field({ type: [AddressRef], resolve: (fa) => fa.financial_addresses }),
    isDefault: t.boolean({ nullable: true, resolve: (fa) => fa.is_default ?? null }),
    livemode: t.exposeBoolean('livemode'),
    metadata: t.field({ type: 'JSONObject', resolve: (fa) => fa.metadata ?? {} }),
    nickname: t.string({ nullable: true, resolve: (fa) => fa.nickname ?? null }),
    pendingFeatures: t.field({ type: [Feature], resolve: (fa) => (fa.pending_features ?? []) as never }),
    platformRestrictions: t.field({ type: PlatformRestrictionsRef, nullable: true, resolve: (fa) => fa.platform_restrictions ?? null }),
    restrictedFeatures: t.field({ type: [Feature], resolve: (fa) => (fa.restricted_features ?? []) as never }),
    status: t.field({ type: Status, resolve: (fa) => fa.status as never }),
    statusDetails: t.field({ type: StatusDetailsRef, resolve: (fa) => fa.status_details }),
    supportedCurrencies: t.field({ type: ['Currency'], resolve: (fa) => fa.supported_currencies }),
  }),
});

export const FinancialAccountConnection = builder.connectionObject(
  { type: FinancialAccountRef, name: 'TreasuryFinancialAccountConnection' },
  { name: 'TreasuryFinancialAccountEdge' },
);

// ---- queries -----------------------------------------------------------------------------------
/** Loads a FinancialAccount the caller can see, or throws the argument error lists use. */
export async function requireFinancialAccount(ctx: Context, id: string, param = 'financialAccount') {
  const fa = await ctx.loaders.of<StripeFinancialAccount>(FINANCIAL_ACCOUNT).load(id);
  if (!fa) throw badUserInput('resource_missing', `No such financial account: '${id}'`, [param]);
  return fa;
}

builder.queryFields((t) => ({
  treasuryFinancialAccount: t.field({
    type: FinancialAccountRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.loaders.of<StripeFinancialAccount>(FINANCIAL_ACCOUNT).load(String(id)),
  }),
  treasuryFinancialAccounts: t.connection(
    {
      type: FinancialAccountRef,
      description: 'FinancialAccounts of the caller, newest first.',
      args: { status: t.arg({ type: Status }), created: t.arg({ type: DateTimeRangeInput }) },
      resolve: (_r, args, ctx) =>
        listFinancialAccounts(ctx.services.database.db, ctx.scope, { status: args.status as never, created: args.created }, args),
    },
    FinancialAccountConnection,
  ),
  treasuryFinancialAccountFeatures: t.field({
    type: FeaturesRef,
    nullable: true,
    description: "A FinancialAccount's Features (Stripe's retrieveFeatures), or null when the account is not visible.",
    args: { financialAccount: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const fa = await ctx.loaders.of<StripeFinancialAccount>(FINANCIAL_ACCOUNT).load(String(args.financialAccount));
      return fa?.features ?? null;
    },
  }),
}));

// ---- mutations ---------------------------------------------------------------------------------
const FeatureRequestInput = builder.inputType('TreasuryFinancialAccountFeatureRequestInput', {
  fields: (t) => ({ requested: t.boolean({ required: true }) }),
});
const groupInput = (name: string, leaves: string[]) =>
  builder.inputType(name, { fields: (t) => Object.fromEntries(leaves.map((l) => [l, t.field({ type: FeatureRequestInput })])) });
const featureInputFields = {
  cardIssuing: FeatureRequestInput,
  depositInsurance: FeatureRequestInput,
  financialAddresses: groupInput('TreasuryFinancialAccountFinancialAddressesFeaturesInput', ['aba']),
  inboundTransfers: groupInput('TreasuryFinancialAccountInboundTransfersFeaturesInput', ['ach']),
  intraStripeFlows: FeatureRequestInput,
  outboundPayments: groupInput('TreasuryFinancialAccountOutboundPaymentsFeaturesInput', ['ach', 'usDomesticWire']),
  outboundTransfers: groupInput('TreasuryFinancialAccountOutboundTransfersFeaturesInput', ['ach', 'usDomesticWire']),
};
const FeaturesInput = builder.inputType('TreasuryFinancialAccountFeaturesInput', {
  fields: (t) => Object.fromEntries(Object.entries(featureInputFields).map(([k, type]) => [k, t.field({ type: type as typeof FeatureRequestInput })])),
});
const PlatformRestrictionsInput = builder.inputType('TreasuryFinancialAccountPlatformRestrictionsInput', {
  fields: (t) => ({ inboundFlows: t.field({ type: PlatformRestriction }), outboundFlows: t.field({ type: PlatformRestriction }) }),
});

const CreateInput = builder.inputType('CreateTreasuryFinancialAccountInput', {
  fields: (t) => ({
    supportedCurrencies: t.field({ type: ['Currency'], required: true }),
    features: t.field({ type: FeaturesInput }),
    metadata: t.field({ type: 'JSONObject' }),
    nickname: t.string(),
    platformRestrictions: t.field({ type: PlatformRestrictionsInput }),
    idempotencyKey: t.string(),
  }),
});
const UpdateInput = builder.inputType('UpdateTreasuryFinancialAccountInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    features: t.field({ type: FeaturesInput }),
    metadata: t.field({ type: 'JSONObject', description: 'Merged into the current metadata; an empty string value unsets its key.' }),
    nickname: t.string(),
    platformRestrictions: t.field({ type: PlatformRestrictionsInput }),
    idempotencyKey: t.string(),
  }),
});
const UpdateFeaturesInput = builder.inputType('UpdateTreasuryFinancialAccountFeaturesInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    ...Object.fromEntries(Object.entries(featureInputFields).map(([k, type]) => [k, t.field({ type: type as typeof FeatureRequestInput })])),
    idempotencyKey: t.string(),
  }),
});
const CloseInput = builder.inputType('CloseTreasuryFinancialAccountInput', {
  fields: (t) => ({ id: t.id({ required: true }), idempotencyKey: t.string() }),
});

const Payload = (name: string) => payloadType(name, 'treasuryFinancialAccount', FinancialAccountRef);
const CreatePayload = Payload('CreateTreasuryFinancialAccountPayload');
const UpdatePayload = Payload('UpdateTreasuryFinancialAccountPayload');
const ClosePayload = Payload('CloseTreasuryFinancialAccountPayload');
const UpdateFeaturesPayload = payloadType('UpdateTreasuryFinancialAccountFeaturesPayload', 'treasuryFinancialAccountFeatures', FeaturesRef);

builder.mutationFields((t) => ({
  createTreasuryFinancialAccount: t.field({
    type: CreatePayload,
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => createFinancialAccount(caller(ctx), input as never)),
  }),
  updateTreasuryFinancialAccount: t.field({
    type: UpdatePayload,
    args: { input: t.arg({ type: UpdateInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => updateFinancialAccount(caller(ctx), input as never)),
  }),
  updateTreasuryFinancialAccountFeatures: t.field({
    type: UpdateFeaturesPayload,
    args: { input: t.arg({ type: UpdateFeaturesInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      toPayload(async () => (await updateFinancialAccountFeatures(caller(ctx), input as never)).features ?? null) as never,
  }),
  closeTreasuryFinancialAccount: t.field({
    type: ClosePayload,
    args: { input: t.arg({ type: CloseInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => closeFinancialAccount(caller(ctx), input as never)),
  }),
}));

// ---- subscriptions -----------------------------------------------------------------------------
builder.subscriptionFields((t) => ({
  treasuryFinancialAccountUpdated: t.field({
    type: FinancialAccountRef,
    description: 'The whole FinancialAccount after each committed change to it.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, FINANCIAL_ACCOUNT, String(id), (fid) => findFinancialAccount(ctx.services.database.db, ctx.scope, fid)),
    resolve: (fa) => fa as StripeFinancialAccount,
  }),
  treasuryFinancialAccountBalanceUpdated: t.field({
    type: BalanceRef,
    description: "The FinancialAccount's balance after each committed change to it.",
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_r, { id }, ctx) =>
      objectUpdates(ctx, `${FINANCIAL_ACCOUNT}Balance`, String(id), async (fid) => (await findFinancialAccount(ctx.services.database.db, ctx.scope, fid))?.balance ?? null),
    resolve: (b) => b as Balance,
  }),
}));
