import type { Machine } from '../../../src/kernel/machine.js';
import { outboundTransferMachine } from '../../../src/treasury/outbound-transfers/outbound-transfer.machine.js';
import type { Rng } from './env.js';

/**
 * The money flows the reliability suite drives, as a table. Each entry says how to create the flow
 * and move it through its states over GraphQL, which refusals are legitimate, what the flow does
 * to its FinancialAccount's balance in each status (computed from the flow row alone, independently
 * of the ledger), and which Transactions and entries a flow in each status must have.
 *
 * To cover a new flow (OutboundPayment, InboundTransfer, ReceivedCredit/Debit…), add an entry to
 * FLOW_KINDS: the bank and crash tests pick it up.
 */

export interface Impact {
  cash: number;
  inboundPending: number;
  outboundPending: number;
}
export const impact = (cash = 0, inboundPending = 0, outboundPending = 0): Impact => ({ cash, inboundPending, outboundPending });

/** A flow row as `select * from <table>` returns it (snake_case). */
export interface FlowRow {
  id: string;
  account_id: string;
  financial_account_id: string;
  amount: number;
  status: string;
  [column: string]: unknown;
}

export interface CreateContext {
  financialAccount: string;
  /** A PaymentMethod of the same account (us_bank_account). */
  paymentMethod: string;
  /** Another FinancialAccount of the same account (for flows between accounts). */
  otherFinancialAccount: string;
  amount: number;
  rng: Rng;
}

export interface FlowAction {
  /** The machine's action name (the state it leads to is machine.transitions[name].to). */
  name: string;
  mutation: string;
  /** The event type a successful action writes. */
  event: string;
  /** Extra input fields besides id (and idempotencyKey). */
  input?: (rng: Rng) => Record<string, unknown>;
}

export interface ExpectedTransaction {
  /** The flow row's column holding the Transaction id. */
  column: string;
  status: 'open' | 'posted' | 'void';
  /** Entry types of that Transaction (any order). */
  entries: string[];
}

export interface FlowKind {
  /** Stripe's flow_type. */
  name: string;
  table: string;
  /** Events are `<eventPrefix>.<something>`; creation writes `<eventPrefix>.created`. */
  eventPrefix: string;
  /** The payload field of its mutations (`treasuryOutboundTransfer`). */
  field: string;
  machine: Machine<any, any>;
  create: { mutation: string; input: (ctx: CreateContext) => Record<string, unknown> };
  actions: FlowAction[];
  /** userError codes that are a legitimate answer to a random request (anything else fails the test). */
  refusals: string[];
  /** The flow's effect on its FinancialAccount's balance in the row's status. */
  effect(row: FlowRow): Impact;
  /** The Transactions (and their entries) a flow in the row's status must have, and no others. */
  ledger(row: FlowRow): ExpectedTransaction[];
}

const OBT_TXN = 'transaction_id';

export const OUTBOUND_TRANSFER: FlowKind = {
  name: 'outbound_transfer',
  table: 'treasury_outbound_transfers',
  eventPrefix: 'treasury.outbound_transfer',
  field: 'treasuryOutboundTransfer',
  machine: outboundTransferMachine,
  create: {
    mutation: 'createTreasuryOutboundTransfer',
    input: (c) => ({
      financialAccount: c.financialAccount,
      destinationPaymentMethod: c.paymentMethod,
      amount: c.amount,
      currency: 'usd',
      ...(c.rng.chance(0.2) ? { destinationPaymentMethodOptions: { usBankAccount: { network: 'US_DOMESTIC_WIRE' } } } : {}),
      ...(c.rng.chance(0.3) ? { metadata: { order: String(c.rng.int(1, 1e6)) }, description: 'reliability' } : {}),
    }),
  },
  actions: [
    { name: 'post', mutation: 'testHelpersPostTreasuryOutboundTransfer', event: 'treasury.outbound_transfer.posted' },
    { name: 'cancel', mutation: 'cancelTreasuryOutboundTransfer', event: 'treasury.outbound_transfer.canceled' },
    { name: 'fail', mutation: 'testHelpersFailTreasuryOutboundTransfer', event: 'treasury.outbound_transfer.failed' },
    {
      name: 'return',
      mutation: 'testHelpersReturnTreasuryOutboundTransfer',
      event: 'treasury.outbound_transfer.returned',
      input: (rng) => (rng.chance(0.5) ? { returnedDetails: { code: rng.pick(['DECLINED', 'NO_ACCOUNT', 'ACCOUNT_CLOSED']) } } : {}),
    },
  ],
  refusals: ['insufficient_funds', 'invalid_state'],
  effect(r) {
    const a = Number(r.amount);
    if (r.status === 'processing') return impact(-a, 0, a); // held
    if (r.status === 'posted') return impact(-a); // gone
    return impact(); // canceled, failed (released) or returned (came back)
  },
  ledger(r) {
    const created = 'outbound_transfer';
    switch (r.status) {
      case 'processing':
        return [{ column: OBT_TXN, status: 'open', entries: [created] }];
      case 'posted':
        return [{ column: OBT_TXN, status: 'posted', entries: [created, 'outbound_transfer_posting'] }];
      case 'canceled':
        return [{ column: OBT_TXN, status: 'void', entries: [created, 'outbound_transfer_cancellation'] }];
      case 'failed':
        return [{ column: OBT_TXN, status: 'void', entries: [created, 'outbound_transfer_failure'] }];
      case 'returned':
        return [
          { column: OBT_TXN, status: 'posted', entries: [created, 'outbound_transfer_posting'] },
          { column: 'return_transaction_id', status: 'posted', entries: ['outbound_transfer_return'] },
        ];
      default:
        throw new Error(`unknown OutboundTransfer status ${r.status}`);
    }
  },
};

/** Every flow the suites drive. */
export const FLOW_KINDS: FlowKind[] = [OUTBOUND_TRANSFER];

/** States reachable from `from` (itself included) through the kind's machine. */
export function reachable(kind: FlowKind, from: string): Set<string> {
  const seen = new Set([from]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of Object.values(kind.machine.transitions) as { from: readonly string[]; to: string }[])
      if (t.from.some((f) => seen.has(f)) && !seen.has(t.to)) (seen.add(t.to), (grew = true));
  }
  return seen;
}

export const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** `mutation X($input: XInput!) { x(input: $input) { <field> { id status } userErrors { … } } }` */
export function mutationDoc(mutation: string, field: string): string {
  return `mutation ${capitalize(mutation)}($input: ${capitalize(mutation)}Input!) { ${mutation}(input: $input) { ${field} { id status } userErrors { code message field } } }`;
}
