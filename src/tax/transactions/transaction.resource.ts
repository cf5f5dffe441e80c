import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { query } from '../../db/sql.js';
import type { CommandContext } from '../../kernel/command.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Params } from '../../layer/resource.js';
import { rowToRecord } from '../../layer/storage.js';
import { findOne, whereEquals } from '../../products/shared.js';
import type { CalculationRecord } from '../calculations/calculation.resource.js';
import { taxTransactions, taxTransactionServe } from './transaction.table.js';

/**
 * Transaction: the tax a sale collected (from a Calculation), or a reversal of one (a refund): full,
 * or partial by line item and shipping amounts (negative) or by a flat amount spread over them. What is reversed never exceeds what the
 * original and its earlier reversals leave.
 */
export type TransactionRecord = Stripe.Tax.Transaction;
type LineItem = Stripe.Tax.TransactionLineItem;

const listOf = (id: string, data: LineItem[]) =>
  ({ object: 'list', data, has_more: false, url: `/v1/tax/transactions/${id}/line_items` }) as unknown as TransactionRecord['line_items'];

/** Stripe: a reference is unique across the account's transactions, reversals included. */
async function assertReferenceFree(cmd: CommandContext, reference: unknown) {
  if (typeof reference !== 'string' || reference === '') throw parameterMissing(['reference']);
  if (reference.length > 500) throw parameterInvalid(['reference'], 'Invalid reference: must be at most 500 characters.');
  const storage = taxTransactionsResource.storage;
  const taken = await findOne(cmd.tx, storage, cmd.scope, [whereEquals(storage, 'reference', reference)]);
  if (taken) throw parameterInvalid(['reference'], `A transaction (\`${taken.id}\`) already uses the reference '${reference}'.`);
}

/** What the original's line items and shipping still hold, after its earlier reversals (positive amounts). */
async function remainingOf(cmd: CommandContext, original: TransactionRecord) {
  const lines = new Map((original.line_items?.data ?? []).map((l) => [l.id, { amount: l.amount, amount_tax: l.amount_tax }]));
  const shipping = { amount: original.shipping_cost?.amount ?? 0, amount_tax: original.shipping_cost?.amount_tax ?? 0 };
  const rows = await query(
    cmd.tx,
    sql`select * from tax_transactions where account_id = ${cmd.scope.accountId} and livemode = ${cmd.scope.livemode} and reversal_original_transaction = ${original.id}`,
  );
  for (const raw of rows) {
    const reversal = rowToRecord(taxTransactionsResource.storage, raw) as unknown as TransactionRecord;
    for (const l of reversal.line_items?.data ?? []) {
      const left = lines.get(l.reversal!.original_line_item)!;
      left.amount += l.amount;
      left.amount_tax += l.amount_tax;
    }
    shipping.amount += reversal.shipping_cost?.amount ?? 0;
    shipping.amount_tax += reversal.shipping_cost?.amount_tax ?? 0;
  }
  return { lines, shipping };
}

/** A reversed amount: negative (or zero), and no more than what is left. */
function assertReversible(value: unknown, left: number, param: string[]) {
  if (!Number.isInteger(value) || (value as number) > 0) throw parameterInvalid(param, `${param.at(-1)} must be a negative integer (the amount reversed).`);
  if (-(value as number) > left) throw parameterInvalid(param, `${param.at(-1)} reverses more than the ${left} left to reverse.`);
}

type Left = Awaited<ReturnType<typeof remainingOf>>;

/**
 * A flat amount (negative, tax included) spread over what each line item and the shipping have left,
 * in proportion to what each has left (tax included), rounded down, the cents over one each to the
 * first parts with room (line items in order, then shipping); each part's tax is its share of what it
 * has left of tax, rounded half up. Never more than what is left in all.
 */
function spreadFlatAmount(flatAmount: number, original: TransactionRecord, left: Left) {
  const originals = original.line_items?.data ?? [];
  const totalOf = (l: { amount: number; amount_tax: number }, behavior: string | null | undefined) => l.amount + (behavior === 'inclusive' ? 0 : l.amount_tax);
  const parts = [
    ...originals.map((o) => ({ line: o, left: left.lines.get(o.id)!, behavior: o.tax_behavior as string })),
    ...(original.shipping_cost ? [{ line: null, left: left.shipping, behavior: original.shipping_cost.tax_behavior as string }] : []),
  ].map((p) => ({ ...p, total: totalOf(p.left, p.behavior) }));
  const all = parts.reduce((s, p) => s + p.total, 0);
  const wanted = -flatAmount;
  if (wanted > all) throw parameterInvalid(['flat_amount'], `flat_amount reverses more than the ${all} left to reverse.`);
  const shares = parts.map((p) => (all === 0 ? 0 : Math.floor((wanted * p.total) / all)));
  let spare = wanted - shares.reduce((s, n) => s + n, 0);
  for (let i = 0; spare > 0; i = (i + 1) % parts.length)
    if (shares[i]! < parts[i]!.total) {
      shares[i]! += 1;
      spare -= 1;
    }
  const split = (share: number, p: (typeof parts)[number]) => {
    const tax = p.total === 0 ? 0 : Math.floor((2 * share * p.left.amount_tax + p.total) / (2 * p.total));
    return { amount: -(p.behavior === 'inclusive' ? share : share - tax), amount_tax: -tax };
  };
  const lines: Params[] = [];
  let shipping: { amount: number; amount_tax: number } | null = null;
  parts.forEach((p, i) => {
    if (shares[i] === 0) return;
    if (p.line)
      lines.push({ original_line_item: p.line.id, ...split(shares[i]!, p), quantity: p.line.quantity, reference: p.line.reference, metadata: p.line.metadata });
    else shipping = split(shares[i]!, p);
  });
  return { lines, shipping: shipping as { amount: number; amount_tax: number } | null };
}

export const taxTransactionsResource = defineResource<TransactionRecord>({
  object: 'tax.transaction',
  table: taxTransactions,
  serve: taxTransactionServe,
  refs: { customer: 'customer', 'reversal.original_transaction': 'tax.transaction' },
  // Stripe's listLineItems: a connection over the items kept with the object.
  pagedLists: ['line_items'],
  create: {
    endpoint: 'createFromCalculation',
    validate(input) {
      if (!input.calculation) throw parameterMissing(['calculation']);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input, id, lock }) {
      const calc = (await lock('tax.calculation', input.calculation, ['calculation'])) as unknown as CalculationRecord;
      const now = Math.floor(cmd.now.getTime() / 1000);
      if (calc.expires_at != null && calc.expires_at <= now)
        throw invalidState(`The calculation ${calc.id} expired at ${new Date(calc.expires_at * 1000).toISOString()}; create a new one.`, ['calculation']);
      await assertReferenceFree(cmd, input.reference);
      return {
        currency: calc.currency,
        customer: calc.customer,
        customer_details: calc.customer_details as TransactionRecord['customer_details'],
        line_items: listOf(
          id,
          (calc.line_items?.data ?? []).map((l) => ({
            id: newId('tax_li'),
            object: 'tax.transaction_line_item',
            amount: l.amount,
            amount_tax: l.amount_tax,
            livemode: cmd.scope.livemode,
            metadata: l.metadata,
            product: l.product,
            quantity: l.quantity,
            reference: l.reference,
            reversal: null,
            tax_behavior: l.tax_behavior,
            tax_code: l.tax_code,
            type: 'transaction',
          })),
        ),
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        posted_at: input.posted_at ?? now,
        reference: input.reference,
        reversal: null,
        ship_from_details: calc.ship_from_details as TransactionRecord['ship_from_details'],
        shipping_cost: calc.shipping_cost as TransactionRecord['shipping_cost'],
        tax_date: calc.tax_date,
        type: 'transaction',
      };
    },
    // Stripe announces no event for Tax Transactions.
    event: null,
  },
  creates: {
    createReversal: {
      validate(input) {
        if (!['full', 'partial'].includes(input.mode)) throw parameterMissing(['mode']);
        if (!input.original_transaction) throw parameterMissing(['original_transaction']);
        if (input.mode === 'full' && (input.line_items || input.shipping_cost))
          throw parameterInvalid(['mode'], 'A full reversal reverses every line item and the shipping: pass no line_items or shipping_cost.');
        if (input.flat_amount != null) {
          if (input.mode !== 'partial') throw parameterInvalid(['flat_amount'], 'flat_amount is for partial reversals.');
          if (input.line_items || input.shipping_cost)
            throw parameterInvalid(
              ['flat_amount'],
              'A flat_amount reversal is spread over every line item and the shipping: pass no line_items or shipping_cost.',
            );
          if (!Number.isInteger(input.flat_amount) || input.flat_amount >= 0)
            throw parameterInvalid(['flat_amount'], 'flat_amount must be a negative integer (the amount refunded, tax included).');
        } else if (input.mode === 'partial' && !input.line_items?.length && !input.shipping_cost) throw parameterMissing(['line_items']);
        if (input.metadata != null) validateMetadata(input.metadata);
      },
      async build({ cmd, input, id, lock }) {
        const original = (await lock('tax.transaction', input.original_transaction, ['original_transaction'])) as unknown as TransactionRecord;
        if (original.type !== 'transaction') throw parameterInvalid(['original_transaction'], 'A reversal cannot itself be reversed.');
        await assertReferenceFree(cmd, input.reference);
        const left = await remainingOf(cmd, original);
        const originals = new Map((original.line_items?.data ?? []).map((l) => [l.id, l]));
        const flat = input.flat_amount != null ? spreadFlatAmount(input.flat_amount, original, left) : null;
        const requested: Params[] = flat
          ? flat.lines
          : input.mode === 'full'
            ? [...originals.values()]
                .filter((l) => left.lines.get(l.id)!.amount !== 0 || left.lines.get(l.id)!.amount_tax !== 0)
                .map((l) => ({
                  original_line_item: l.id,
                  amount: -left.lines.get(l.id)!.amount,
                  amount_tax: -left.lines.get(l.id)!.amount_tax,
                  quantity: l.quantity,
                  reference: l.reference,
                  metadata: l.metadata,
                }))
            : (input.line_items ?? []);
        const seen = new Set<string>();
        const lines: LineItem[] = requested.map((r, i) => {
          const at = ['line_items', String(i)];
          const o = originals.get(r.original_line_item);
          if (!o) throw resourceMissing('line item', String(r.original_line_item), [...at, 'original_line_item']);
          if (seen.has(o.id)) throw parameterInvalid([...at, 'original_line_item'], `The line item ${o.id} is reversed twice.`);
          seen.add(o.id);
          assertReversible(r.amount, left.lines.get(o.id)!.amount, [...at, 'amount']);
          assertReversible(r.amount_tax, left.lines.get(o.id)!.amount_tax, [...at, 'amount_tax']);
          if (!r.reference) throw parameterMissing([...at, 'reference']);
          return {
            id: newId('tax_li'),
            object: 'tax.transaction_line_item',
            amount: r.amount,
            amount_tax: r.amount_tax,
            livemode: cmd.scope.livemode,
            metadata: r.metadata != null ? validateMetadata(r.metadata, [...at, 'metadata']) : (o.metadata ?? {}),
            product: o.product,
            quantity: r.quantity ?? o.quantity,
            reference: r.reference,
            reversal: { original_line_item: o.id },
            tax_behavior: o.tax_behavior,
            tax_code: o.tax_code,
            type: 'reversal',
          } as LineItem;
        });
        let shipping = flat
          ? flat.shipping
          : input.mode === 'full'
            ? { amount: -left.shipping.amount, amount_tax: -left.shipping.amount_tax }
            : input.shipping_cost;
        if (shipping && input.mode === 'partial' && !flat) {
          if (!original.shipping_cost) throw parameterInvalid(['shipping_cost'], 'The original transaction has no shipping cost.');
          assertReversible(shipping.amount, left.shipping.amount, ['shipping_cost', 'amount']);
          assertReversible(shipping.amount_tax, left.shipping.amount_tax, ['shipping_cost', 'amount_tax']);
        }
        if (shipping && shipping.amount === 0 && shipping.amount_tax === 0 && input.mode === 'full') shipping = null;
        if (lines.length === 0 && !shipping) throw invalidState(`The transaction ${original.id} is already fully reversed.`, ['original_transaction']);
        return {
          currency: original.currency,
          customer: original.customer,
          customer_details: original.customer_details,
          line_items: listOf(id, lines),
          metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
          posted_at: Math.floor(cmd.now.getTime() / 1000),
          reference: input.reference,
          reversal: { original_transaction: original.id },
          ship_from_details: original.ship_from_details,
          shipping_cost:
            shipping && original.shipping_cost
              ? { ...original.shipping_cost, amount: shipping.amount, amount_tax: shipping.amount_tax, tax_breakdown: [] }
              : null,
          tax_date: original.tax_date,
          type: 'reversal',
        };
      },
      event: null,
    },
  },
  examples: {
    create: async (fx) => ({ calculation: (await fx.create('tax.calculation')).id, reference: `order_${Math.random().toString(36).slice(2, 12)}` }),
  },
});
