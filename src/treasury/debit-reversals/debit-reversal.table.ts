import { index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { money, ownedColumns, ts } from '../../db/columns.js';

export const DEBIT_REVERSAL_STATUSES = ['processing', 'succeeded', 'failed'] as const;
export type DebitReversalStatus = (typeof DEBIT_REVERSAL_STATUSES)[number];
export const DEBIT_REVERSAL_RESOLUTIONS = ['lost', 'won'] as const;
export type DebitReversalResolution = (typeof DEBIT_REVERSAL_RESOLUTIONS)[number];
/**
 * Stripe's list filters on `resolution`, which its object does not carry: a won reversal is
 * `succeeded` (a crediting Transaction), a lost one `failed`; processing ones have none.
 */
export const RESOLUTION_STATUS: Record<DebitReversalResolution, DebitReversalStatus> = { won: 'succeeded', lost: 'failed' };
export const resolutionOf = (status: DebitReversalStatus): DebitReversalResolution | null =>
  status === 'succeeded' ? 'won' : status === 'failed' ? 'lost' : null;

export const treasuryDebitReversals = pgTable(
  'treasury_debit_reversals',
  {
    ...ownedColumns(),
    financialAccountId: text('financial_account_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    network: text('network', { enum: ['ach', 'card'] }).notNull(),
    receivedDebitId: text('received_debit_id').notNull(),
    status: text('status', { enum: DEBIT_REVERSAL_STATUSES }).notNull(),
    completedAt: ts('completed_at'),
    issuingDispute: text('issuing_dispute'),
    // Null until the reversal is won: "A crediting Transaction is created".
    transactionId: text('transaction_id'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
  },
  (t) => [
    index('treasury_debit_reversals_list_idx').on(t.financialAccountId, t.created.desc(), t.id.desc()),
    uniqueIndex('treasury_debit_reversals_received_debit_idx').on(t.receivedDebitId),
  ],
);
