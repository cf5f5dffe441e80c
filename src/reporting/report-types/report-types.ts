/**
 * The report types fingraph serves (Stripe's ids, names, versions and columns). `data` says what a
 * run reads: the account's Treasury ledger, or a kind of data fingraph does not model (its runs fail
 * as Stripe's do when the data is not available; docs/decisions/reporting.md).
 */
export interface ReportTypeDef {
  id: string;
  name: string;
  version: number;
  /** Every column a run may ask for (`parameters[columns]`). */
  columns: readonly string[];
  default_columns: readonly string[];
  /** The params the type takes besides interval_start/interval_end. */
  params: readonly ('columns' | 'currency' | 'reporting_category' | 'timezone' | 'payout' | 'connected_account')[];
  data: 'ledger' | { unavailable: string };
  /** When Stripe last changed the type's definition (Unix seconds). */
  updated: number;
}

const ITEMIZED_COLUMNS = [
  'balance_transaction_id',
  'created_utc',
  'created',
  'available_on_utc',
  'available_on',
  'currency',
  'gross',
  'fee',
  'net',
  'reporting_category',
  'source_id',
  'description',
] as const;

/** Columns of Stripe's later itemized versions that describe a card payment, its customer or a Connect account: Treasury entries have none, so they are blank (docs/decisions/reporting.md). */
const PAYMENT_COLUMNS = [
  'customer_facing_amount',
  'customer_facing_currency',
  'automatic_payout_id',
  'automatic_payout_effective_at_utc',
  'automatic_payout_effective_at',
  'customer_id',
  'customer_email',
  'customer_name',
  'customer_description',
  'charge_id',
  'payment_intent_id',
  'charge_created_utc',
  'charge_created',
  'invoice_id',
  'subscription_id',
  'payment_method_type',
  'card_brand',
  'card_funding',
  'card_country',
  'statement_descriptor',
  'dispute_reason',
  'connected_account_id',
  'connected_account_name',
  'connected_account_country',
] as const;
const ITEMIZED_DEFAULT = ['balance_transaction_id', 'created_utc', 'available_on_utc', 'currency', 'gross', 'fee', 'net', 'reporting_category', 'description'];
const SUMMARY_COLUMNS = ['reporting_category', 'currency', 'count', 'gross', 'fee', 'net'];
const BALANCE_COLUMNS = ['category', 'description', 'net_amount', 'currency'];
/** When Stripe last changed the definitions (the seed's `updated`). */
const UPDATED = 1_659_477_712;

const NO_PAYOUTS = 'fingraph does not model payouts (Treasury moves money with OutboundTransfers and OutboundPayments)';
const NO_CONNECT = 'fingraph models no Connect platform: every account reports on its own ledger (run the type without connected_account_)';

const ledger = (id: string, name: string, columns: readonly string[], default_columns: readonly string[], params: ReportTypeDef['params']): ReportTypeDef => ({
  id,
  name,
  version: Number(id.slice(id.lastIndexOf('.') + 1)),
  columns,
  default_columns,
  params,
  data: 'ledger',
  updated: UPDATED,
});
const unavailable = (id: string, name: string, columns: readonly string[], params: ReportTypeDef['params'], why: string): ReportTypeDef => ({
  ...ledger(id, name, columns, columns, params),
  data: { unavailable: why },
});

const ITEMIZED_PARAMS: ReportTypeDef['params'] = ['columns', 'currency', 'reporting_category', 'timezone'];
const PAYOUT_ITEMIZED = ['payout_id', 'effective_at_utc', 'effective_at', 'currency', 'gross', 'fee', 'net', 'reporting_category', 'source_id', 'description'];
const RECONCILIATION_ITEMIZED = [...ITEMIZED_COLUMNS, 'automatic_payout_id', 'automatic_payout_effective_at_utc', 'automatic_payout_effective_at'];
const RECONCILIATION_SUMMARY = ['reporting_category', 'currency', 'count', 'gross', 'fee', 'net'];
const ENDING_BALANCE_SUMMARY = ['category', 'description', 'net_amount', 'currency'];

/** Stripe's versioned families: `<family>.itemized.1..n` with the same name. */
const versions = (n: number, make: (v: number) => ReportTypeDef) => Array.from({ length: n }, (_, i) => make(i + 1));

/** The families a Connect platform runs over its connected accounts (`connected_account_<family>`). */
function connectFamily(): ReportTypeDef[] {
  const p: ReportTypeDef['params'] = ['columns', 'currency', 'connected_account', 'timezone'];
  return [
    unavailable('connected_account_balance.summary.1', 'Connected account balance summary', BALANCE_COLUMNS, p, NO_CONNECT),
    unavailable(
      'connected_account_balance_change_from_activity.summary.1',
      'Connected account balance change from activity summary',
      SUMMARY_COLUMNS,
      p,
      NO_CONNECT,
    ),
    ...versions(3, (v) =>
      unavailable(
        `connected_account_balance_change_from_activity.itemized.${v}`,
        'Connected account balance change from activity itemized',
        ITEMIZED_COLUMNS,
        [...p, 'reporting_category'],
        NO_CONNECT,
      ),
    ),
    unavailable('connected_account_payouts.summary.1', 'Connected account payouts summary', SUMMARY_COLUMNS, p, NO_CONNECT),
    ...versions(3, (v) => unavailable(`connected_account_payouts.itemized.${v}`, 'Connected account payouts itemized', PAYOUT_ITEMIZED, p, NO_CONNECT)),
    unavailable('connected_account_payout_reconciliation.summary.1', 'Connected account payout reconciliation summary', RECONCILIATION_SUMMARY, p, NO_CONNECT),
    ...versions(5, (v) =>
      unavailable(
        `connected_account_payout_reconciliation.itemized.${v}`,
        'Connected account payout reconciliation itemized',
        RECONCILIATION_ITEMIZED,
        p,
        NO_CONNECT,
      ),
    ),
    unavailable(
      'connected_account_ending_balance_reconciliation.summary.1',
      'Connected account ending balance reconciliation summary',
      ENDING_BALANCE_SUMMARY,
      p,
      NO_CONNECT,
    ),
    ...versions(4, (v) =>
      unavailable(
        `connected_account_ending_balance_reconciliation.itemized.${v}`,
        'Connected account ending balance reconciliation itemized',
        RECONCILIATION_ITEMIZED,
        p,
        NO_CONNECT,
      ),
    ),
  ];
}

export const REPORT_TYPES: readonly ReportTypeDef[] = [
  // The balance family, computed from the account's Treasury ledger (its cash sub-balance).
  ledger('balance.summary.1', 'Balance summary', BALANCE_COLUMNS, BALANCE_COLUMNS, ['columns', 'currency']),
  ledger('balance_change_from_activity.summary.1', 'Balance change from activity summary', SUMMARY_COLUMNS, SUMMARY_COLUMNS, ['columns', 'currency']),
  ledger('balance_change_from_activity.itemized.1', 'Balance change from activity itemized', ITEMIZED_COLUMNS, ITEMIZED_DEFAULT, ITEMIZED_PARAMS),
  // Later versions add the payment's customer, charge and Connect columns (blank for Treasury entries).
  ...[2, 3].map((v) =>
    ledger(
      `balance_change_from_activity.itemized.${v}`,
      'Balance change from activity itemized',
      [...ITEMIZED_COLUMNS, ...PAYMENT_COLUMNS],
      ITEMIZED_DEFAULT,
      ITEMIZED_PARAMS,
    ),
  ),
  // Treasury's own family: the same figures per FinancialAccount.
  ledger(
    'financial_account_balance.summary.1',
    'Financial account balance summary',
    ['financial_account_id', ...BALANCE_COLUMNS],
    ['financial_account_id', ...BALANCE_COLUMNS],
    ['columns', 'currency'],
  ),
  ledger(
    'financial_account_balance_change_from_activity.summary.1',
    'Financial account balance change from activity summary',
    ['financial_account_id', ...SUMMARY_COLUMNS],
    ['financial_account_id', ...SUMMARY_COLUMNS],
    ['columns', 'currency'],
  ),
  ledger(
    'financial_account_balance_change_from_activity.itemized.1',
    'Financial account balance change from activity itemized',
    ['financial_account_id', ...ITEMIZED_COLUMNS],
    ['financial_account_id', ...ITEMIZED_DEFAULT],
    ITEMIZED_PARAMS,
  ),
  // Payouts and what depends on them: fingraph has none.
  unavailable('payouts.summary.1', 'Payouts summary', SUMMARY_COLUMNS, ['columns', 'currency'], NO_PAYOUTS),
  ...versions(3, (v) => unavailable(`payouts.itemized.${v}`, 'Payouts itemized', PAYOUT_ITEMIZED, ITEMIZED_PARAMS, NO_PAYOUTS)),
  unavailable('payout_reconciliation.summary.1', 'Payout reconciliation summary', RECONCILIATION_SUMMARY, ['columns', 'currency'], NO_PAYOUTS),
  ...versions(5, (v) =>
    unavailable(`payout_reconciliation.itemized.${v}`, 'Payout reconciliation itemized', RECONCILIATION_ITEMIZED, [...ITEMIZED_PARAMS, 'payout'], NO_PAYOUTS),
  ),
  unavailable('ending_balance_reconciliation.summary.1', 'Ending balance reconciliation summary', ENDING_BALANCE_SUMMARY, ['columns', 'currency'], NO_PAYOUTS),
  ...versions(4, (v) =>
    unavailable(`ending_balance_reconciliation.itemized.${v}`, 'Ending balance reconciliation itemized', RECONCILIATION_ITEMIZED, ITEMIZED_PARAMS, NO_PAYOUTS),
  ),
  ...connectFamily(),
];

export const reportTypeOf = (id: string) => REPORT_TYPES.find((t) => t.id === id);
