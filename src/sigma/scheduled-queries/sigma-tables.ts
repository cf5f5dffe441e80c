import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { query } from '../../db/sql.js';
import type { Scope } from '../../kernel/command.js';
import { hasResource, resourceOf } from '../../layer/resource.js';
import { rootShape, type SpecType } from '../../layer/spec.js';
import type { SandboxTable } from '../sandbox.js';

/**
 * The tables a Sigma query sees: the account's own objects in the run's mode, one table per object
 * with Stripe's field names as columns (as Stripe's Sigma schema names them), loaded into the sandbox
 * for the run. Timestamps are `timestamptz`, references to other objects (expandable or embedded) their
 * id as `text`, other nested objects and lists `jsonb`.
 */
export const SIGMA_TABLES: Record<string, string> = {
  'treasury.financial_account': 'treasury_financial_accounts',
  'treasury.transaction': 'treasury_transactions',
  'treasury.transaction_entry': 'treasury_transaction_entries',
  'treasury.outbound_transfer': 'treasury_outbound_transfers',
  'treasury.outbound_payment': 'treasury_outbound_payments',
  'treasury.inbound_transfer': 'treasury_inbound_transfers',
  'treasury.received_credit': 'treasury_received_credits',
  'treasury.received_debit': 'treasury_received_debits',
  'treasury.credit_reversal': 'treasury_credit_reversals',
  'treasury.debit_reversal': 'treasury_debit_reversals',
  'reporting.report_run': 'reporting_report_runs',
  // Issuing (Stripe's Sigma names them so).
  'issuing.authorization': 'issuing_authorizations',
  'issuing.card': 'issuing_cards',
  'issuing.cardholder': 'issuing_cardholders',
  'issuing.dispute': 'issuing_disputes',
  'issuing.transaction': 'issuing_transactions',
  // Payments and the catalogue.
  customer: 'customers',
  payment_intent: 'payment_intents',
  payment_method: 'payment_methods',
  setup_intent: 'setup_intents',
  refund: 'refunds',
  product: 'products',
  price: 'prices',
};

/**
 * Fields left out of a table: never stored by fingraph and never in Stripe's Sigma (a card's full
 * number and CVC, shown only on expand).
 */
const OMIT: Record<string, readonly string[]> = { 'issuing.card': ['number', 'cvc'] };

/** Rows per table a run loads (newest first); beyond it a query sees the newest only (docs/decisions/reporting.md). */
export const MAX_ROWS_PER_TABLE = 50_000;

function columnType(type: SpecType): string {
  switch (type.kind) {
    case 'string':
    case 'enum':
    case 'expandable':
    case 'resource':
    case 'decimal':
      return 'text';
    case 'integer':
      return 'bigint';
    case 'float':
      return 'double precision';
    case 'boolean':
      return 'boolean';
    case 'timestamp':
      return 'timestamptz';
    default:
      return 'jsonb';
  }
}

function cellOf(type: SpecType, value: unknown): unknown {
  if (value == null) return null;
  if (type.kind === 'timestamp' && typeof value === 'number') return new Date(value * 1000).toISOString();
  // Another object, expandable or embedded (an authorization's card): its id, as Sigma joins tables.
  if ((type.kind === 'expandable' || type.kind === 'resource') && typeof value === 'object') return (value as { id?: string }).id ?? null;
  return value;
}

/** The account's tables for one run, read through the resources (as the API shows the objects). */
export async function sigmaTables(ex: Executor, scope: Scope): Promise<SandboxTable[]> {
  const out: SandboxTable[] = [];
  for (const [object, name] of Object.entries(SIGMA_TABLES)) {
    if (!hasResource(object)) continue;
    const resource = resourceOf(object);
    const omit = OMIT[object] ?? [];
    const fields = rootShape(resource.spec).fields.filter((f) => !omit.includes(f.name));
    const ids = (
      await query(
        ex,
        sql`select id from ${sql.raw(`"${resource.storage.tableName}"`)} where account_id = ${scope.accountId} and livemode = ${scope.livemode} order by created desc limit ${MAX_ROWS_PER_TABLE}`,
      )
    ).map((r) => String(r.id));
    const records = ids.length ? await resource.records(ex, scope, ids) : new Map();
    const rows = [...records.values()].map((r) => {
      const stripe = resource.toStripe(r) as Record<string, unknown>;
      return Object.fromEntries(fields.map((f) => [f.name, cellOf(f.type, stripe[f.name])]));
    });
    out.push({ name, columns: fields.map((f) => ({ name: f.name, type: columnType(f.type) })), rows });
  }
  return out;
}
