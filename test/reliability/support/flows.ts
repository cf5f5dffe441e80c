import { authorizations } from '../../../src/issuing/authorizations/authorization.resource.js';
import { machineOf, type MachineView } from '../../../src/layer/machine.js';
import { inboundTransfers } from '../../../src/treasury/inbound-transfers/inbound-transfer.resource.js';
import { outboundTransfers } from '../../../src/treasury/outbound-transfers/outbound-transfer.resource.js';
import { outboundPayments } from '../../../src/treasury/outbound-payments/outbound-payment.resource.js';
import { receivedCredits } from '../../../src/treasury/received-credits/received-credit.resource.js';
import { receivedDebits } from '../../../src/treasury/received-debits/received-debit.resource.js';
import type { Rng } from './env.js';

/**
 * The money flows the reliability suite drives, as a table. Each entry says how to create the flow
 * and move it through its states over GraphQL, which refusals are legitimate, what the flow does
 * to its FinancialAccount's balance in each status (computed from the flow row alone, independently
 * of the ledger), and which Transactions and entries a flow in each status must have.
 *
 * To cover a new flow, add an entry to FLOW_KINDS: the bank and crash tests pick it up. Kinds may
 * share a table (`where` splits it); a kind without `create` is passive: the workload never creates
 * it, other flows do (a ReceivedCredit from an OutboundPayment to another FinancialAccount), and the
 * invariant checks cover it all the same.
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
  /** The active card spending from `financialAccount`. */
  card: string;
  amount: number;
  rng: Rng;
}

export interface FlowAction {
  /** The machine's action name (the state it leads to is machine.transitions[name].to). */
  name: string;
  mutation: string;
  /** The event type a successful action writes (on the flow, or on a flow the action creates). */
  event: string;
  /**
   * The action may take the FinancialAccount's cash below zero by the flow's amount (an
   * InboundTransfer return: the bank pulls the money back whatever the balance).
   */
  overdraws?: boolean;
  /** Extra input fields besides id (and idempotencyKey). */
  input?: (rng: Rng) => Record<string, unknown>;
}

export interface ExpectedTransaction {
  /** The flow row's column holding the Transaction id (or, for one kept in a JSON column, its path, with `id`). */
  column: string;
  /** The Transaction id, where it is not a column of its own (an authorization's `treasury.transaction`). */
  id?: string | null;
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
  machine: MachineView;
  /** SQL predicate selecting this kind's rows when kinds share a table. */
  where?: string;
  /** Absent for flows that other flows create (never sent by the workload). */
  create?: {
    mutation: string;
    input: (ctx: CreateContext) => Record<string, unknown>;
    /** The status the create answers with (default: the machine's initial state); several when the request is decided (an authorization). */
    status?: string | string[];
  };
  actions: FlowAction[];
  /**
   * Money moved between FinancialAccounts of one platform account (an OutboundPayment to another
   * FinancialAccount, and the ReceivedCredit it creates): left out of the account-wide conservation
   * sum, where the two sides must cancel out.
   */
  internal?: boolean;
  /** The column naming the flow that created this one (ReceivedCredit.source_flow). */
  sourceColumn?: string;
  /** Its debit may take cash below zero (by its amount at most): see FlowAction.overdraws. */
  overdraws?: boolean;
  /** Event types one flow may emit more than once (an authorization's `updated`: each action, each refund linked to it). */
  repeatable?: string[];
  /** Other objects a request on this flow makes and announces besides derived flows (a capture's Issuing Transaction). */
  alsoOwns?(row: FlowRow): string[];
  /**
   * Cross-flow checks: `source` is the row named by sourceColumn, `derived` the rows naming this one.
   * Returns problems.
   */
  links?(row: FlowRow, source: FlowRow | undefined, derived: FlowRow[]): string[];
  /** userError codes that are a legitimate answer to a random request (anything else fails the test). */
  refusals: string[];
  /** The flow's effect on its FinancialAccount's balance in the row's status. */
  effect(row: FlowRow): Impact;
  /** The Transactions (and their entries) a flow in the row's status must have, and no others. */
  ledger(row: FlowRow): ExpectedTransaction[];
}

const OBT_TXN = 'transaction_id';

export const OUTBOUND_TRANSFER: FlowKind & { create: NonNullable<FlowKind['create']> } = {
  name: 'outbound_transfer',
  table: 'treasury_outbound_transfers',
  eventPrefix: 'treasury.outbound_transfer',
  field: 'treasuryOutboundTransfer',
  machine: machineOf(outboundTransfers)!,
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

const OBP_TXN = 'transaction_id';

/** OutboundPayment rows, whatever the destination: the same money model (hold, post, void, return). */
const outboundPaymentModel = {
  table: 'treasury_outbound_payments',
  eventPrefix: 'treasury.outbound_payment',
  field: 'treasuryOutboundPayment',
  machine: machineOf(outboundPayments)!,
  effect(r: FlowRow): Impact {
    const a = Number(r.amount);
    if (r.status === 'processing') return impact(-a, 0, a);
    if (r.status === 'posted') return impact(-a);
    return impact(); // canceled, failed or returned
  },
  ledger(r: FlowRow): ExpectedTransaction[] {
    const created = 'outbound_payment';
    switch (r.status) {
      case 'processing':
        return [{ column: OBP_TXN, status: 'open', entries: [created] }];
      case 'posted':
        return [{ column: OBP_TXN, status: 'posted', entries: [created, 'outbound_payment_posting'] }];
      case 'canceled':
        return [{ column: OBP_TXN, status: 'void', entries: [created, 'outbound_payment_cancellation'] }];
      case 'failed':
        return [{ column: OBP_TXN, status: 'void', entries: [created, 'outbound_payment_failure'] }];
      case 'returned':
        return [
          { column: OBP_TXN, status: 'posted', entries: [created, 'outbound_payment_posting'] },
          { column: 'return_transaction_id', status: 'posted', entries: ['outbound_payment_return'] },
        ];
      default:
        throw new Error(`unknown OutboundPayment status ${r.status}`);
    }
  },
};

/** An OutboundPayment to a bank account (a non-magic test PaymentMethod: nothing moves it but the actions). */
export const OUTBOUND_PAYMENT: FlowKind = {
  name: 'outbound_payment',
  ...outboundPaymentModel,
  where: `network <> 'stripe'`,
  create: {
    mutation: 'createTreasuryOutboundPayment',
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
    { name: 'post', mutation: 'testHelpersPostTreasuryOutboundPayment', event: 'treasury.outbound_payment.posted' },
    { name: 'cancel', mutation: 'cancelTreasuryOutboundPayment', event: 'treasury.outbound_payment.canceled' },
    { name: 'fail', mutation: 'testHelpersFailTreasuryOutboundPayment', event: 'treasury.outbound_payment.failed' },
    {
      name: 'return',
      mutation: 'testHelpersReturnTreasuryOutboundPayment',
      event: 'treasury.outbound_payment.returned',
      input: (rng) => (rng.chance(0.5) ? { returnedDetails: { code: rng.pick(['DECLINED', 'NO_ACCOUNT', 'ACCOUNT_CLOSED']) } } : {}),
    },
  ],
  refusals: ['insufficient_funds', 'invalid_state'],
  links(r, _source, derived) {
    return derived.length ? [`outbound_payment ${r.id} to a bank account has ReceivedCredits ${derived.map((d) => d.id).join(',')}`] : [];
  },
};

/**
 * An internal transfer: an OutboundPayment to another FinancialAccount of the same platform account.
 * It moves on the stripe network and posts at once, in the create's database transaction, with a
 * succeeded ReceivedCredit on the receiver; it cannot then be canceled, failed or returned.
 */
export const INTERNAL_PAYMENT: FlowKind = {
  name: 'internal_payment',
  ...outboundPaymentModel,
  where: `network = 'stripe'`,
  internal: true,
  create: {
    mutation: 'createTreasuryOutboundPayment',
    status: 'posted',
    input: (c) => ({
      financialAccount: c.financialAccount,
      destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: c.otherFinancialAccount },
      amount: c.amount,
      currency: 'usd',
      ...(c.rng.chance(0.3) ? { metadata: { order: String(c.rng.int(1, 1e6)) }, description: 'reliability' } : {}),
    }),
  },
  // All refused (invalid_state): the payment is already posted and the stripe network has no returns.
  actions: [
    { name: 'cancel', mutation: 'cancelTreasuryOutboundPayment', event: 'treasury.outbound_payment.canceled' },
    { name: 'return', mutation: 'testHelpersReturnTreasuryOutboundPayment', event: 'treasury.outbound_payment.returned' },
  ],
  refusals: ['insufficient_funds', 'invalid_state'],
  links(r, _source, derived) {
    const problems: string[] = [];
    const want = r.status === 'posted' ? 1 : 0; // a failed one was declined by the receiver (its credit failed)
    const succeeded = derived.filter((d) => d.status === 'succeeded');
    if (succeeded.length !== want) problems.push(`internal_payment ${r.id} (${r.status}): ${succeeded.length} succeeded ReceivedCredits, expected ${want}`);
    if (derived.length !== 1) problems.push(`internal_payment ${r.id}: ${derived.length} ReceivedCredits, expected 1`);
    for (const d of derived) {
      if (d.financial_account_id !== r.destination_financial_account_id)
        problems.push(
          `internal_payment ${r.id}: its ReceivedCredit ${d.id} is on ${d.financial_account_id}, not the destination ${String(r.destination_financial_account_id)}`,
        );
      if (Number(d.amount) !== Number(r.amount)) problems.push(`internal_payment ${r.id}: amount ${r.amount}, its ReceivedCredit ${d.id} ${d.amount}`);
      if (d.account_id !== r.account_id) problems.push(`internal_payment ${r.id}: its ReceivedCredit ${d.id} belongs to another account`);
    }
    return problems;
  },
};

/** ReceivedCredits, as the internal payments create them (passive: no create, no actions). */
export const RECEIVED_CREDIT: FlowKind = {
  name: 'received_credit',
  table: 'treasury_received_credits',
  eventPrefix: 'treasury.received_credit',
  field: 'treasuryReceivedCredit',
  machine: machineOf(receivedCredits)!,
  where: `network <> 'card'`,
  actions: [],
  refusals: [],
  internal: true,
  sourceColumn: 'source_flow',
  effect: (r) => (r.status === 'succeeded' ? impact(Number(r.amount)) : impact()),
  ledger: (r) => (r.status === 'succeeded' ? [{ column: 'transaction_id', status: 'posted', entries: ['received_credit'] }] : []),
  links(r, source) {
    if (r.source_flow == null) return [`received_credit ${r.id} has no source flow (only internal payments create credits here)`];
    if (!source) return [`received_credit ${r.id}: its source flow ${String(r.source_flow)} is missing`];
    if (source.status === 'posted' && r.status !== 'succeeded') return [`received_credit ${r.id} is ${r.status} but its payment ${source.id} posted`];
    if (source.status === 'failed' && r.status !== 'failed') return [`received_credit ${r.id} is ${r.status} but its payment ${source.id} failed`];
    return [];
  },
};

/** An InboundTransfer from the tenant's bank PaymentMethod: no balance effect until it succeeds. */
export const INBOUND_TRANSFER: FlowKind = {
  name: 'inbound_transfer',
  table: 'treasury_inbound_transfers',
  eventPrefix: 'treasury.inbound_transfer',
  field: 'treasuryInboundTransfer',
  machine: machineOf(inboundTransfers)!,
  create: {
    mutation: 'createTreasuryInboundTransfer',
    input: (c) => ({
      financialAccount: c.financialAccount,
      originPaymentMethod: c.paymentMethod,
      amount: c.amount,
      currency: 'usd',
      ...(c.rng.chance(0.3) ? { metadata: { order: String(c.rng.int(1, 1e6)) }, description: 'reliability' } : {}),
    }),
  },
  actions: [
    { name: 'succeed', mutation: 'testHelpersSucceedTreasuryInboundTransfer', event: 'treasury.inbound_transfer.succeeded' },
    { name: 'cancel', mutation: 'cancelTreasuryInboundTransfer', event: 'treasury.inbound_transfer.canceled' },
    {
      name: 'fail',
      mutation: 'testHelpersFailTreasuryInboundTransfer',
      event: 'treasury.inbound_transfer.failed',
      input: (rng) => (rng.chance(0.5) ? { failureDetails: { code: rng.pick(['ACCOUNT_CLOSED', 'INSUFFICIENT_FUNDS', 'DEBIT_NOT_AUTHORIZED']) } } : {}),
    },
    // The transfer stays succeeded (returned: true); the event is the ReceivedDebit's.
    { name: 'return', mutation: 'testHelpersReturnTreasuryInboundTransfer', event: 'treasury.received_debit.created', overdraws: true },
  ],
  refusals: ['invalid_state'],
  effect: (r) => (r.status === 'succeeded' ? impact(Number(r.amount)) : impact()),
  links(r, _source, derived) {
    const want = r.returned ? 1 : 0;
    if (derived.length !== want)
      return [`inbound_transfer ${r.id} (${r.status}${r.returned ? ', returned' : ''}): ${derived.length} ReceivedDebits, expected ${want}`];
    if (r.returned && (r.status !== 'succeeded' || r.received_debit_id !== derived[0]!.id || r.return_transaction_id !== derived[0]!.transaction_id))
      return [
        `inbound_transfer ${r.id}: returned, but its links (${String(r.received_debit_id)}, ${String(r.return_transaction_id)}) do not name its ReceivedDebit ${derived[0]!.id}`,
      ];
    return [];
  },
  ledger(r) {
    switch (r.status) {
      case 'succeeded':
        return [{ column: 'transaction_id', status: 'posted', entries: ['inbound_transfer'] }]; // a return's Transaction is its ReceivedDebit's
      // The Transaction exists from create, without entries until the funds arrive (inbound_pending is always 0).
      case 'processing':
        return [{ column: 'transaction_id', status: 'open', entries: [] }];
      case 'canceled':
      case 'failed':
        return [{ column: 'transaction_id', status: 'void', entries: [] }];
      default:
        throw new Error(`unknown InboundTransfer status ${r.status}`);
    }
  },
};

/** ReceivedDebits, as InboundTransfer returns create them (passive): external money out, may overdraw. */
export const RECEIVED_DEBIT: FlowKind = {
  name: 'received_debit',
  table: 'treasury_received_debits',
  eventPrefix: 'treasury.received_debit',
  field: 'treasuryReceivedDebit',
  machine: machineOf(receivedDebits)!,
  where: `network <> 'card'`,
  actions: [],
  refusals: [],
  sourceColumn: 'inbound_transfer_id',
  overdraws: true,
  effect: (r) => (r.status === 'succeeded' ? impact(-Number(r.amount)) : impact()),
  ledger: (r) => (r.status === 'succeeded' ? [{ column: 'transaction_id', status: 'posted', entries: ['received_debit'] }] : []),
  links(r, source) {
    if (r.inbound_transfer_id == null) return [`received_debit ${r.id} has no InboundTransfer (only returns create debits here)`];
    if (!source) return [`received_debit ${r.id}: its InboundTransfer ${String(r.inbound_transfer_id)} is missing`];
    const problems: string[] = [];
    if (r.status !== 'succeeded') problems.push(`received_debit ${r.id} of a return is ${r.status}`);
    if (Number(r.amount) !== Number(source.amount))
      problems.push(`received_debit ${r.id}: amount ${r.amount}, its InboundTransfer ${source.id} ${source.amount}`);
    if (r.financial_account_id !== source.financial_account_id) problems.push(`received_debit ${r.id} is not on its InboundTransfer's FinancialAccount`);
    return problems;
  },
};

const jsonOf = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, any> | null;

/**
 * An Issuing authorization on a card funded by a FinancialAccount: approved, it holds its amount
 * (cash → outbound_pending) on an `issuing_authorization` Transaction until captured (released, the
 * Transaction posts; the capture's money is its ReceivedDebit), reversed or expired (released, void).
 * Declined (insufficient funds), it is born closed with no Transaction. Refunds of its capture are
 * ReceivedCredits linked to it.
 */
export const ISSUING_AUTHORIZATION: FlowKind = {
  name: 'issuing_authorization',
  table: 'issuing_authorizations',
  eventPrefix: 'issuing_authorization',
  field: 'issuingAuthorization',
  machine: machineOf(authorizations)!,
  create: {
    mutation: 'testHelpersCreateIssuingAuthorization',
    status: ['pending', 'closed'],
    input: (c) => ({ card: c.card, amount: c.amount, ...(c.rng.chance(0.3) ? { merchantData: { category: 'COMPUTER_SOFTWARE_STORES' } } : {}) }),
  },
  // Captures twice as often as the others: refunds (the bank test's extra step) need them.
  actions: [
    { name: 'capture', mutation: 'testHelpersCaptureIssuingAuthorization', event: 'issuing_authorization.updated' },
    { name: 'capture', mutation: 'testHelpersCaptureIssuingAuthorization', event: 'issuing_authorization.updated' },
    { name: 'reverse', mutation: 'testHelpersReverseIssuingAuthorization', event: 'issuing_authorization.updated' },
    { name: 'expire', mutation: 'testHelpersExpireIssuingAuthorization', event: 'issuing_authorization.updated' },
  ],
  refusals: ['invalid_state'],
  repeatable: ['issuing_authorization.updated'],
  alsoOwns: (r) => (jsonOf(r.transactions) as unknown as string[] | null) ?? [],
  effect: (r) => (r.status === 'pending' ? impact(-Number(r.held), 0, Number(r.held)) : impact()),
  ledger(r) {
    if (!r.approved) return [];
    const id = (jsonOf(r.treasury)?.transaction as string | null) ?? null;
    const hold = 'issuing_authorization_hold';
    const release = 'issuing_authorization_release';
    switch (r.status) {
      case 'pending':
        return [{ column: 'treasury.transaction', id, status: 'open', entries: [hold] }];
      case 'closed':
        return [{ column: 'treasury.transaction', id, status: 'posted', entries: [hold, release] }];
      case 'reversed':
      case 'expired':
        return [{ column: 'treasury.transaction', id, status: 'void', entries: [hold, release] }];
      default:
        throw new Error(`unknown authorization status ${r.status}`);
    }
  },
  links(r, _source, derived) {
    const debits = derived.filter((d) => d.network === 'card' && 'inbound_transfer_id' in d);
    const credits = derived.filter((d) => !('inbound_transfer_id' in d));
    const want = r.status === 'closed' && r.approved ? 1 : 0;
    const problems: string[] = [];
    if (debits.length !== want) problems.push(`issuing_authorization ${r.id} (${r.status}): ${debits.length} capture ReceivedDebits, expected ${want}`);
    if (debits[0] && Number(debits[0].amount) !== Number(r.amount))
      problems.push(`issuing_authorization ${r.id}: amount ${r.amount}, its capture ReceivedDebit ${debits[0].id} ${debits[0].amount}`);
    const refunded = credits.reduce((n, c) => n + Number(c.amount), 0);
    if (refunded > (debits[0] ? Number(debits[0].amount) : 0)) problems.push(`issuing_authorization ${r.id}: refunds ${refunded} exceed its capture`);
    return problems;
  },
};

/** Captures of Issuing authorizations: ReceivedDebits on the card network (passive). */
export const CARD_DEBIT: FlowKind = {
  name: 'card_debit',
  table: 'treasury_received_debits',
  eventPrefix: 'treasury.received_debit',
  field: 'treasuryReceivedDebit',
  machine: machineOf(receivedDebits)!,
  where: `network = 'card'`,
  actions: [],
  refusals: [],
  sourceColumn: 'issuing_authorization',
  effect: (r) => (r.status === 'succeeded' ? impact(-Number(r.amount)) : impact()),
  ledger: (r) => (r.status === 'succeeded' ? [{ column: 'transaction_id', status: 'posted', entries: ['received_debit'] }] : []),
  links: (r, source) => (source ? [] : [`card_debit ${r.id}: its authorization ${String(r.issuing_authorization)} is missing`]),
};

/** Refunds of Issuing captures: ReceivedCredits on the card network (passive; the workload's refund step makes them). */
export const CARD_CREDIT: FlowKind = {
  name: 'card_credit',
  table: 'treasury_received_credits',
  eventPrefix: 'treasury.received_credit',
  field: 'treasuryReceivedCredit',
  machine: machineOf(receivedCredits)!,
  where: `network = 'card'`,
  actions: [],
  refusals: [],
  sourceColumn: 'issuing_authorization',
  effect: (r) => (r.status === 'succeeded' ? impact(Number(r.amount)) : impact()),
  ledger: (r) => (r.status === 'succeeded' ? [{ column: 'transaction_id', status: 'posted', entries: ['received_credit'] }] : []),
  links: (r, source) => (source ? [] : [`card_credit ${r.id}: its authorization ${String(r.issuing_authorization)} is missing`]),
};

/** Every flow the suites drive (and the passive ones they create). */
export const FLOW_KINDS: FlowKind[] = [
  OUTBOUND_TRANSFER,
  OUTBOUND_PAYMENT,
  INTERNAL_PAYMENT,
  RECEIVED_CREDIT,
  INBOUND_TRANSFER,
  RECEIVED_DEBIT,
  ISSUING_AUTHORIZATION,
  CARD_DEBIT,
  CARD_CREDIT,
];

/** States reachable from `from` (itself included) through the kind's machine. */
export function reachable(kind: FlowKind, from: string): Set<string> {
  const seen = new Set([from]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of Object.values(kind.machine.transitions) as { from: readonly string[]; to: string }[])
      if (t.to && t.from.some((f) => seen.has(f)) && !seen.has(t.to)) seen.add(t.to), (grew = true);
  }
  return seen;
}

export const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** `mutation X($input: XInput!) { x(input: $input) { <field> { id status } userErrors { … } } }` */
export function mutationDoc(mutation: string, field: string): string {
  return `mutation ${capitalize(mutation)}($input: ${capitalize(mutation)}Input!) { ${mutation}(input: $input) { ${field} { id status } userErrors { code message field } } }`;
}
