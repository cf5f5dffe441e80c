import type Stripe from 'stripe';
import { badUserInput } from '../kernel/query-errors.js';
import { defineResource } from '../layer/resource.js';
import { rangeWhere } from '../layer/store.js';
import { treasuryTransactionEntries, treasuryTransactions } from './ledger.table.js';

/**
 * Treasury Transactions and their entries: the ledger's own objects, written only by the ledger
 * (src/ledger/ledger.ts); read through the layer like every other object.
 */
export const FLOW_OBJECTS = [
  'treasury.outbound_transfer',
  'treasury.inbound_transfer',
  'treasury.outbound_payment',
  'treasury.received_credit',
  'treasury.received_debit',
  'treasury.credit_reversal',
  'treasury.debit_reversal',
  'issuing.authorization',
];
const flowRef = { union: 'TreasuryFlow', objects: FLOW_OBJECTS };
/** Stripe's flow_details, kept as the flow's id (the graph loads the flow where it is read). */
const flowDetails = (r: { flow: string | null; flow_type: string }) =>
  r.flow && r.flow_type !== 'other' ? { type: r.flow_type, [r.flow_type]: r.flow } : null;

export type TransactionRecord = Stripe.Treasury.Transaction;
export type TransactionEntryRecord = Stripe.Treasury.TransactionEntry;

export const transactions = defineResource<TransactionRecord>({
  object: 'treasury.transaction',
  table: treasuryTransactions,
  refs: { financial_account: 'treasury.financial_account', flow: flowRef },
  enumNames: { flow_type: 'TreasuryFlowType' },
  computed: { flow_details: flowDetails as never, entries: () => null },
  connections: [{ on: 'treasury.financial_account', by: 'financial_account', field: 'transactions' }],
  list: {
    // Stripe: posted_at filtering and ordering need status=posted; created and posted_at filters are exclusive.
    validate(args) {
      const orderBy = args.order_by ?? 'created';
      const postedAt = args.status_transitions?.posted_at ?? null;
      if ((postedAt || orderBy === 'posted_at') && args.status !== 'posted')
        throw badUserInput('parameter_invalid', 'Filtering or ordering by statusTransitions.postedAt requires status: POSTED.', ['status']);
      if (postedAt && orderBy !== 'posted_at')
        throw badUserInput('parameter_invalid', 'The statusTransitions.postedAt filter requires orderBy: POSTED_AT.', ['orderBy']);
      if (args.created && orderBy !== 'created') throw badUserInput('parameter_invalid', 'The created filter requires orderBy: CREATED.', ['created']);
    },
    orderBy: (args) => (args.order_by === 'posted_at' ? 'status_transitions.posted_at' : undefined),
    filters: {
      order_by: () => null,
      status_transitions: (v, s) => rangeWhere(s, 'status_transitions.posted_at', v?.posted_at),
    },
  },
});

export const transactionEntries = defineResource<TransactionEntryRecord>({
  object: 'treasury.transaction_entry',
  table: treasuryTransactionEntries,
  refs: { financial_account: 'treasury.financial_account', flow: flowRef },
  computed: { flow_details: flowDetails as never },
  connections: [
    { on: 'treasury.financial_account', by: 'financial_account', field: 'transactionEntries' },
    { on: 'treasury.transaction', by: 'transaction', field: 'entries', description: "The Transaction's entries, newest first." },
  ],
  list: {
    validate(args) {
      const orderBy = args.order_by ?? 'created';
      if (args.effective_at && orderBy !== 'effective_at')
        throw badUserInput('parameter_invalid', 'The effectiveAt filter requires orderBy: EFFECTIVE_AT.', ['orderBy']);
      if (args.created && orderBy !== 'created') throw badUserInput('parameter_invalid', 'The created filter requires orderBy: CREATED.', ['orderBy']);
    },
    orderBy: (args) => (args.order_by === 'effective_at' ? 'effective_at' : undefined),
    filters: { order_by: () => null },
  },
});
