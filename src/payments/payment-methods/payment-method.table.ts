import type Stripe from 'stripe';
import { index, jsonb, text } from 'drizzle-orm/pg-core';
import { resourceTable } from '../../layer/storage.js';

/**
 * What fingraph serves of Stripe's PaymentMethod: type `us_bank_account` only (the spec has one field
 * and one create param per type, ~90), enough to be a Treasury flow's destination or origin.
 */
export const paymentMethodServe = {
  fields: ['billing_details', 'created', 'customer', 'livemode', 'metadata', 'type', 'us_bank_account'],
  params: { create: ['billing_details', 'customer', 'metadata', 'type', 'us_bank_account'], list: ['customer', 'type'] },
  values: { type: ['us_bank_account'] },
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
    'us_bank_account.routing_number': text('routing_number').notNull(),
    'us_bank_account.fingerprint': text('fingerprint').notNull(),
  },
  internal: {
    /** The full account number (Stripe shows only last4); flows' test outcomes read it. */
    account_number: text('account_number').notNull(),
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
