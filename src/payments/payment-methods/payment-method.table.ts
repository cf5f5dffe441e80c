import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { ownedColumns } from '../../db/columns.js';

export interface BillingDetails {
  address: { city: string | null; country: string | null; line1: string | null; line2: string | null; postal_code: string | null; state: string | null };
  email: string | null;
  name: string | null;
  phone: string | null;
}

/** A minimal PaymentMethod: us_bank_account only, enough to be a Treasury flow's destination or origin. */
export const paymentMethods = pgTable(
  'payment_methods',
  {
    ...ownedColumns(),
    type: text('type', { enum: ['us_bank_account'] }).notNull(),
    customerId: text('customer_id'),
    billingDetails: jsonb('billing_details').$type<BillingDetails>().notNull(),
    accountHolderType: text('account_holder_type', { enum: ['individual', 'company'] }),
    accountType: text('account_type', { enum: ['checking', 'savings'] }),
    accountNumber: text('account_number').notNull(),
    routingNumber: text('routing_number').notNull(),
    bankName: text('bank_name'),
    fingerprint: text('fingerprint').notNull(),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
  },
  (t) => [index('payment_methods_customer_idx').on(t.customerId)],
);

export type PaymentMethodRow = typeof paymentMethods.$inferSelect;
