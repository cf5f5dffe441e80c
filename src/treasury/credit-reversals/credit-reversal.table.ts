import { index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { money, ownedColumns, ts } from '../../db/columns.js';

export const CREDIT_REVERSAL_STATUSES = ['processing', 'posted', 'canceled'] as const;
export type CreditReversalStatus = (typeof CREDIT_REVERSAL_STATUSES)[number];

export const treasuryCreditReversals = pgTable(
  'treasury_credit_reversals',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    network: text('network', { enum: ['ach', 'stripe'] }).notNull(),
    receivedCreditId: text('received_credit_id').notNull(),
    status: text('status', { enum: CREDIT_REVERSAL_STATUSES }).notNull(),
    postedAt: ts('posted_at'),
    transactionId: text('transaction_id').notNull(),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
  },
  (t) => [
    index('treasury_credit_reversals_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    // A ReceivedCredit is reversed at most once (the service checks first; this is the last line).
    uniqueIndex('treasury_credit_reversals_received_credit_idx').on(t.receivedCreditId),
  ],
);
