import type Stripe from 'stripe';
import { index, jsonb, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';
import type { CardDetails } from './card.js';

/**
 * What fingraph serves of Stripe's PaymentMethod: types `us_bank_account` (a Treasury flow's
 * destination or origin), `card` (forwarded by Forwarding Requests, paid with) and `card_present` (a card
 * presented to a Terminal reader, made by the reader only);
 * the spec has one field and one create param per type, ~90.
 */
export const paymentMethodServe = {
  fields: ['billing_details', 'card', 'card_present', 'created', 'customer', 'livemode', 'metadata', 'type', 'us_bank_account'],
  params: { create: ['billing_details', 'card', 'customer', 'metadata', 'type', 'us_bank_account'], list: ['customer', 'type'] },
  values: { type: ['card', 'card_present', 'us_bank_account'] },
};

/** Storage of `payment_method` (the first release's table: the bank account's leaves in columns of their own). */
export const paymentMethods = resourceTable('payment_method', {
  table: 'payment_methods',
  serve: paymentMethodServe,
  columns: {
    customer: 'customer_id',
    'us_bank_account.account_holder_type': 'account_holder_type',
    'us_bank_account.account_type': 'account_type',
    'us_bank_account.bank_name': 'bank_name',
    'us_bank_account.fingerprint': 'fingerprint',
    'us_bank_account.routing_number': 'routing_number',
    'us_bank_account.financial_connections_account': 'financial_connections_account_id',
  },
  flatten: ['us_bank_account'],
  // Derived when read (resource's `computed`): last4 from the account number, the networks of the rails.
  omit: ['us_bank_account.last4', 'us_bank_account.networks', 'us_bank_account.status_details'],
  types: {
    metadata: jsonb('metadata').notNull(),
    // Null for a card PaymentMethod.
    'us_bank_account.routing_number': text('routing_number'),
    'us_bank_account.fingerprint': text('fingerprint'),
  },
  internal: {
    /** The full account number (Stripe shows only last4); flows' test outcomes read it. Null for a card. */
    account_number: text('account_number'),
    /** A card's number and CVC, sealed by the card vault (card-vault.ts); null for a bank account. */
    card_vault: text('card_vault'),
  },
  indexes: (t) => [index('payment_methods_customer_idx').on(t.customer_id!)],
});

type UsBank = Stripe.PaymentMethod.UsBankAccount;
/** A stored us_bank_account PaymentMethod: what the table holds of Stripe's object, and the full account number. */
export type PaymentMethodRecord = Pick<Stripe.PaymentMethod, 'id' | 'object' | 'created' | 'customer' | 'livemode' | 'metadata'> & {
  type: 'us_bank_account';
  billing_details: Omit<Stripe.PaymentMethod.BillingDetails, 'tax_id'> & { tax_id?: string | null };
  us_bank_account: Pick<UsBank, 'account_holder_type' | 'account_type' | 'bank_name' | 'fingerprint' | 'routing_number'> & {
    /** The linked Financial Connections Account it was made from (null for numbers given directly). */
    financial_connections_account?: string | null;
  };
  account_number: string;
};

/** A stored card PaymentMethod: Stripe's public card details and the sealed secret (card-vault.ts). */
export type CardPaymentMethodRecord = Omit<PaymentMethodRecord, 'type' | 'us_bank_account' | 'account_number'> & {
  type: 'card';
  card: CardDetails;
  us_bank_account?: null;
  /** Null for Stripe's magic test cards (`pm_card_visa`): their numbers are public test numbers. */
  card_vault: string | null;
};
/** A card presented to a Terminal reader (made by the reader's test helper, never through create). */
export type CardPresentPaymentMethodRecord = Omit<CardPaymentMethodRecord, 'type' | 'card' | 'card_vault'> & {
  type: 'card_present';
  card_present: Stripe.PaymentMethod.CardPresent;
  card_vault?: null;
};
/** Any PaymentMethod fingraph stores. Treasury flows take only `us_bank_account` ones (`PaymentMethodRecord`). */
export type AnyPaymentMethodRecord = PaymentMethodRecord | CardPaymentMethodRecord | CardPresentPaymentMethodRecord;
