import { builder } from '../graphql/builder.js';
import { implementedByHand, typeRef } from '../graphql/type-refs.js';
import { registerLoader, type Context } from '../graphql/context.js';
import { stripeEnum } from '../graphql/enums.js';
import { payloadType, toPayload } from '../graphql/payload.js';
import { fromUnix } from '../graphql/scalars.js';
import { registerIdPrefix } from '../kernel/ids.js';
import { createPaymentMethod, findPaymentMethods, type StripePaymentMethod } from './payment-methods/payment-method.service.js';
import type { BillingDetails } from './payment-methods/payment-method.table.js';

registerIdPrefix('pm', 'PaymentMethod');
registerLoader('PaymentMethod', (s, scope, ids) => findPaymentMethods(s.database.db, scope, ids));

const caller = (ctx: Context) => ({ db: ctx.services.database.db, scope: ctx.scope, requestId: ctx.requestId });

// ---- shared shapes (one type each, used by every resource) --------------------------------------
type Address = BillingDetails['address'];
// Descriptions are the spec's (`shared:Address`).
export const AddressRef = implementedByHand<Address>('Address').implement({
  description: 'The Address object.',
  fields: (t) => ({
    city: t.string({ nullable: true, description: 'City/District/Suburb/Town/Village.', resolve: (a) => a.city }),
    country: t.string({ nullable: true, description: '2-letter country code.', resolve: (a) => a.country }),
    line1: t.string({ nullable: true, description: 'Address line 1 (Street address/PO Box/Company name).', resolve: (a) => a.line1 }),
    line2: t.string({ nullable: true, description: 'Address line 2 (Apartment/Suite/Unit/Building).', resolve: (a) => a.line2 }),
    postalCode: t.string({ nullable: true, description: 'ZIP or postal code.', resolve: (a) => a.postal_code }),
    state: t.string({ nullable: true, description: 'State/County/Province/Region.', resolve: (a) => a.state }),
  }),
});
export const BillingDetailsRef = builder.objectRef<Omit<BillingDetails, 'phone'> & { phone?: string | null }>('BillingDetails').implement({
  fields: (t) => ({
    address: t.field({ type: AddressRef, resolve: (b) => b.address }),
    email: t.string({ nullable: true, resolve: (b) => b.email }),
    name: t.string({ nullable: true, resolve: (b) => b.name }),
    phone: t.string({ nullable: true, resolve: (b) => b.phone ?? null }),
  }),
});
export const AddressInput = builder.inputType('AddressInput', {
  fields: (t) => ({ city: t.string(), country: t.string(), line1: t.string(), line2: t.string(), postalCode: t.string(), state: t.string() }),
});
export const BillingDetailsInput = builder.inputType('BillingDetailsInput', {
  fields: (t) => ({ address: t.field({ type: AddressInput }), email: t.string(), name: t.string(), phone: t.string() }),
});
export const AccountHolderType = stripeEnum('UsBankAccountAccountHolderType', ['individual', 'company']);
export const AccountType = stripeEnum('UsBankAccountAccountType', ['checking', 'savings']);
export const UsBankAccountInput = builder.inputType('UsBankAccountInput', {
  fields: (t) => ({
    accountNumber: t.string(),
    routingNumber: t.string(),
    accountHolderType: t.field({ type: AccountHolderType }),
    accountType: t.field({ type: AccountType }),
  }),
});

// ---- PaymentMethod -------------------------------------------------------------------------------
type UsBank = NonNullable<StripePaymentMethod['us_bank_account']>;
const Network = stripeEnum('PaymentMethodUsBankAccountNetwork', ['ach', 'us_domestic_wire']);
const NetworksRef = builder.objectRef<NonNullable<UsBank['networks']>>('PaymentMethodUsBankAccountNetworks').implement({
  fields: (t) => ({
    preferred: t.field({ type: Network, nullable: true, resolve: (n) => (n.preferred ?? null) as never }),
    supported: t.field({ type: [Network], resolve: (n) => n.supported as never }),
  }),
});
const UsBankRef = builder.objectRef<UsBank>('PaymentMethodUsBankAccount').implement({
  fields: (t) => ({
    accountHolderType: t.field({ type: AccountHolderType, nullable: true, resolve: (u) => u.account_holder_type as never }),
    accountType: t.field({ type: AccountType, nullable: true, resolve: (u) => u.account_type as never }),
    bankName: t.string({ nullable: true, resolve: (u) => u.bank_name }),
    fingerprint: t.string({ nullable: true, resolve: (u) => u.fingerprint }),
    last4: t.string({ nullable: true, resolve: (u) => u.last4 }),
    networks: t.field({ type: NetworksRef, nullable: true, resolve: (u) => u.networks }),
    routingNumber: t.string({ nullable: true, resolve: (u) => u.routing_number }),
  }),
});
const PaymentMethodType = stripeEnum('PaymentMethodType', ['us_bank_account']);
export const PaymentMethodRef = builder.node(typeRef<StripePaymentMethod>('PaymentMethod'), {
  description: 'A minimal PaymentMethod (us_bank_account): where Treasury flows send money to or pull it from.',
  id: { resolve: (p) => p.id },
  isTypeOf: (o) => (o as { object?: string }).object === 'payment_method',
  fields: (t) => ({
    object: t.exposeString('object'),
    billingDetails: t.field({ type: BillingDetailsRef, resolve: (p) => p.billing_details as never }),
    created: t.field({ type: 'DateTime', resolve: (p) => fromUnix(p.created) }),
    customer: t.field({
      type: typeRef<Record<string, unknown>>('Customer'),
      nullable: true,
      resolve: (p, _a, ctx) => (typeof p.customer === 'string' ? ctx.loaders.of<Record<string, unknown>>('Customer').load(p.customer) : null),
    }),
    livemode: t.exposeBoolean('livemode'),
    metadata: t.field({ type: 'JSONObject', resolve: (p) => p.metadata ?? {} }),
    type: t.field({ type: PaymentMethodType, resolve: (p) => p.type as never }),
    usBankAccount: t.field({ type: UsBankRef, nullable: true, resolve: (p) => p.us_bank_account ?? null }),
  }),
});

builder.queryFields((t) => ({
  paymentMethod: t.field({ type: PaymentMethodRef, nullable: true, args: { id: t.arg.id({ required: true }) }, resolve: (_r, { id }, ctx) => ctx.loaders.of<StripePaymentMethod>('PaymentMethod').load(String(id)) }),
}));

const CreatePaymentMethodInput = builder.inputType('CreatePaymentMethodInput', {
  fields: (t) => ({
    type: t.field({ type: PaymentMethodType, required: true }),
    usBankAccount: t.field({ type: UsBankAccountInput }),
    billingDetails: t.field({ type: BillingDetailsInput }),
    customer: t.id({ description: 'Attach to this Customer (Stripe does this with attach; fingraph accepts it at creation too).' }),
    metadata: t.field({ type: 'JSONObject' }),
    idempotencyKey: t.string(),
  }),
});
const CreatePaymentMethodPayload = payloadType('CreatePaymentMethodPayload', 'paymentMethod', PaymentMethodRef);

builder.mutationFields((t) => ({
  createPaymentMethod: t.field({
    type: CreatePaymentMethodPayload,
    args: { input: t.arg({ type: CreatePaymentMethodInput, required: true }) },
    resolve: (_r, { input }, ctx) => toPayload(() => createPaymentMethod(caller(ctx), input as never)),
  }),
}));
