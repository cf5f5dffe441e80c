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

export const REPORT_TYPES: readonly ReportTypeDef[] = [
  {
    id: 'balance.summary.1',
    name: 'Balance summary',
    version: 1,
    columns: ['category', 'description', 'net_amount', 'currency'],
    default_columns: ['category', 'description', 'net_amount', 'currency'],
    params: ['columns', 'currency'],
    data: 'ledger',
    updated: 1_659_477_712,
  },
  {
    id: 'balance_change_from_activity.summary.1',
    name: 'Balance change from activity summary',
    version: 1,
    columns: ['reporting_category', 'currency', 'count', 'gross', 'fee', 'net'],
    default_columns: ['reporting_category', 'currency', 'count', 'gross', 'fee', 'net'],
    params: ['columns', 'currency'],
    data: 'ledger',
    updated: 1_659_477_712,
  },
  {
    id: 'balance_change_from_activity.itemized.1',
    name: 'Balance change from activity itemized',
    version: 1,
    columns: ITEMIZED_COLUMNS,
    default_columns: ['balance_transaction_id', 'created_utc', 'available_on_utc', 'currency', 'gross', 'fee', 'net', 'reporting_category', 'description'],
    params: ['columns', 'currency', 'reporting_category', 'timezone'],
    data: 'ledger',
    updated: 1_659_477_712,
  },
  {
    id: 'payouts.summary.1',
    name: 'Payouts summary',
    version: 1,
    columns: ['reporting_category', 'currency', 'count', 'gross', 'fee', 'net'],
    default_columns: ['reporting_category', 'currency', 'count', 'gross', 'fee', 'net'],
    params: ['columns', 'currency'],
    data: { unavailable: 'fingraph does not model payouts (Treasury moves money with OutboundTransfers and OutboundPayments)' },
    updated: 1_659_477_712,
  },
  {
    id: 'payouts.itemized.1',
    name: 'Payouts itemized',
    version: 1,
    columns: ['payout_id', 'effective_at_utc', 'effective_at', 'currency', 'gross', 'fee', 'net', 'reporting_category', 'source_id', 'description'],
    default_columns: ['payout_id', 'effective_at_utc', 'currency', 'gross', 'fee', 'net', 'reporting_category', 'description'],
    params: ['columns', 'currency', 'reporting_category', 'timezone'],
    data: { unavailable: 'fingraph does not model payouts (Treasury moves money with OutboundTransfers and OutboundPayments)' },
    updated: 1_659_477_712,
  },
];

export const reportTypeOf = (id: string) => REPORT_TYPES.find((t) => t.id === id);
