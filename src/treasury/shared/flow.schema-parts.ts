import { builder } from '../../graphql/builder.js';
import { stripeEnum } from '../../graphql/enums.js';
import { fromUnixOrNull } from '../../graphql/scalars.js';
import { BillingDetailsRef } from '../../payments/payments.schema.js';
import { AccountHolderType, AccountType } from '../../payments/payments.schema.js';

/** GraphQL pieces shared by the outbound and inbound flows. */
export const BankNetwork = stripeEnum('TreasuryUsBankAccountNetwork', ['ach', 'us_domestic_wire']);

type UsBankDetails = {
  account_holder_type: string | null;
  account_type: string | null;
  bank_name: string | null;
  fingerprint: string | null;
  last4: string | null;
  network: string;
  routing_number: string | null;
};

export const UsBankAccountDetailsRef = builder.objectRef<UsBankDetails>('TreasuryUsBankAccountDetails').implement({
  description: 'The bank account a flow sends to or pulls from, as it was when the flow was created.',
  fields: (t) => ({
    accountHolderType: t.field({ type: AccountHolderType, nullable: true, resolve: (u) => u.account_holder_type as never }),
    accountType: t.field({ type: AccountType, nullable: true, resolve: (u) => u.account_type as never }),
    bankName: t.string({ nullable: true, resolve: (u) => u.bank_name }),
    fingerprint: t.string({ nullable: true, resolve: (u) => u.fingerprint }),
    last4: t.string({ nullable: true, resolve: (u) => u.last4 }),
    network: t.field({ type: BankNetwork, resolve: (u) => u.network as never }),
    routingNumber: t.string({ nullable: true, resolve: (u) => u.routing_number }),
  }),
});

export const FinancialAccountDetailsRef = builder.objectRef<{ id: string; network: string }>('TreasuryFinancialAccountDetails').implement({
  fields: (t) => ({ id: t.exposeString('id'), network: t.exposeString('network') }),
});

export const PaymentMethodDetailsType = stripeEnum('TreasuryPaymentMethodDetailsType', ['financial_account', 'us_bank_account']);

type PaymentMethodDetails = { type: string; billing_details: never; us_bank_account?: UsBankDetails; financial_account?: { id: string; network: string } };
export const PaymentMethodDetailsRef = builder.objectRef<PaymentMethodDetails>('TreasuryPaymentMethodDetails').implement({
  description: "Stripe's destination/origin payment method details.",
  fields: (t) => ({
    billingDetails: t.field({ type: BillingDetailsRef, resolve: (d) => d.billing_details }),
    financialAccount: t.field({ type: FinancialAccountDetailsRef, nullable: true, resolve: (d) => d.financial_account ?? null }),
    type: t.field({ type: PaymentMethodDetailsType, resolve: (d) => d.type as never }),
    usBankAccount: t.field({ type: UsBankAccountDetailsRef, nullable: true, resolve: (d) => d.us_bank_account ?? null }),
  }),
});

export const TrackingType = stripeEnum('TreasuryTrackingDetailsType', ['ach', 'us_domestic_wire']);
type Tracking = { type: string; ach?: { trace_id: string }; us_domestic_wire?: { chips: string | null; imad: string | null; omad: string | null } };
export const TrackingDetailsRef = builder.objectRef<Tracking>('TreasuryTrackingDetails').implement({
  fields: (t) => ({
    type: t.field({ type: TrackingType, resolve: (x) => x.type as never }),
    ach: t.field({
      type: builder.objectRef<{ trace_id: string }>('TreasuryTrackingDetailsAch').implement({ fields: (f) => ({ traceId: f.exposeString('trace_id') }) }),
      nullable: true,
      resolve: (x) => x.ach ?? null,
    }),
    usDomesticWire: t.field({
      type: builder.objectRef<NonNullable<Tracking['us_domestic_wire']>>('TreasuryTrackingDetailsUsDomesticWire').implement({
        fields: (f) => ({
          chips: f.string({ nullable: true, resolve: (w) => w.chips }),
          imad: f.string({ nullable: true, resolve: (w) => w.imad }),
          omad: f.string({ nullable: true, resolve: (w) => w.omad }),
        }),
      }),
      nullable: true,
      resolve: (x) => x.us_domestic_wire ?? null,
    }),
  }),
});

export const TrackingDetailsInput = builder.inputType('TreasuryTrackingDetailsInput', {
  fields: (t) => ({
    type: t.field({ type: TrackingType, required: true }),
    ach: t.field({ type: builder.inputType('TreasuryTrackingDetailsAchInput', { fields: (f) => ({ traceId: f.string({ required: true }) }) }) }),
    usDomesticWire: t.field({
      type: builder.inputType('TreasuryTrackingDetailsUsDomesticWireInput', { fields: (f) => ({ chips: f.string(), imad: f.string(), omad: f.string() }) }),
    }),
  }),
});

/** status_transitions of the outbound flows. */
type OutboundTransitions = { canceled_at: number | null; failed_at: number | null; posted_at: number | null; returned_at: number | null };
export const outboundStatusTransitions = (name: string) =>
  builder.objectRef<OutboundTransitions>(name).implement({
    fields: (t) => ({
      canceledAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.canceled_at) }),
      failedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.failed_at) }),
      postedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.posted_at) }),
      returnedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => fromUnixOrNull(s.returned_at) }),
    }),
  });
