import { isIP } from 'node:net';
import { insertRow, updateRow } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { addEntry, describeFlow, impact, openTransaction, settleTransaction, type Flow } from '../../ledger/ledger.js';
import type { CommandContext } from '../../kernel/command.js';
import { runCommand } from '../../kernel/command.js';
import { previousAttributes } from '../../kernel/diff.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { findCustomers } from '../../payments/customers/customer.service.js';
import {
  bankAccountValues,
  findPaymentMethodRows,
  isPaymentMethodId,
  toBillingDetails,
  type BillingDetailsInput,
  type PaymentMethodRow,
  type UsBankAccountInput,
} from '../../payments/payment-methods/payment-method.service.js';
import { paymentMethods } from '../../payments/payment-methods/payment-method.table.js';
import type { FeaturePath } from '../financial-accounts/financial-account.features.js';
import { lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { financialAccountInitiatingDetails } from '../received-credits/initiating-details.js';
import { receiveCredit } from '../received-credits/received-credit.resource.js';
import { expectedArrivalDate, type Network } from '../shared/arrival.js';
import { bankAccountDetails } from '../shared/destination.js';
import { flowCommand, type Caller } from '../shared/flow-command.js';
import { assertCanMoveMoney, assertLength } from '../shared/flow-rules.js';
import { trackingDetails, type TrackingDetailsInput } from '../shared/tracking.js';
import { scheduleAutomaticTransitions } from '../test-mode/scheduler.js';
import type Stripe from 'stripe';

export type ReturnCode = Stripe.Treasury.OutboundPayment.ReturnedDetails.Code;
export const RETURN_CODES = [
  'account_closed', 'account_frozen', 'bank_account_restricted', 'bank_ownership_changed', 'declined',
  'incorrect_account_holder_name', 'invalid_account_number', 'invalid_currency', 'no_account', 'other',
] as const;
import { outboundPaymentMachine } from './outbound-payment.machine.js';
import { lockOutboundPayment, outboundPaymentToStripe, type OutboundPaymentRow } from './outbound-payment.repository.js';
import { treasuryOutboundPayments } from './outbound-payment.table.js';

export const OUTBOUND_PAYMENT = 'TreasuryOutboundPayment';
const resource = { prefix: 'obp', name: 'outbound payment', lock: lockOutboundPayment };

/** Statement descriptor limits by network (Stripe: 10 for ACH, 140 for wires, 500 for the stripe network). */
const DESCRIPTOR_LIMIT: Record<Network, number> = { ach: 10, us_domestic_wire: 140, stripe: 500 };
/** Stripe: "Can only include -#.$&*, spaces, and alphanumeric characters." */
const DESCRIPTOR_CHARS = /^[A-Za-z0-9 \-#.$&*]*$/;

/** The feature each network needs on the paying FinancialAccount. */
const FEATURE_BY_NETWORK: Record<Network, FeaturePath> = {
  ach: 'outbound_payments.ach',
  us_domestic_wire: 'outbound_payments.us_domestic_wire',
  stripe: 'intra_stripe_flows',
};

export interface DestinationPaymentMethodDataInput {
  type: 'us_bank_account' | 'financial_account';
  usBankAccount?: UsBankAccountInput | null;
  billingDetails?: BillingDetailsInput | null;
  financialAccount?: string | null;
  metadata?: Record<string, unknown> | null;
}

export interface CreateOutboundPaymentInput {
  amount: number;
  currency: string;
  financialAccount: string;
  customer?: string | null;
  destinationPaymentMethod?: string | null;
  destinationPaymentMethodData?: DestinationPaymentMethodDataInput | null;
  destinationPaymentMethodOptions?: { usBankAccount?: { network?: 'ach' | 'us_domestic_wire' | null } | null } | null;
  endUserDetails?: { present: boolean; ipAddress?: string | null } | null;
  description?: string | null;
  statementDescriptor?: string | null;
  metadata?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

const flowOf = (row: Pick<OutboundPaymentRow, 'id' | 'financialAccountId' | 'currency'>): Flow => ({
  id: row.id,
  type: 'outbound_payment',
  financialAccountId: row.financialAccountId,
  currency: row.currency,
});

/** Writes the new state, then announces it: event, `…Updated` subscribers. */
async function save(cmd: CommandContext, before: OutboundPaymentRow | null, changes: Partial<OutboundPaymentRow>, eventType: string, row?: OutboundPaymentRow) {
  let after: OutboundPaymentRow;
  if (before) {
    after = await updateRow(cmd.tx, treasuryOutboundPayments, before.id, changes);
  } else {
    after = row!;
    await insertRow(cmd.tx, treasuryOutboundPayments, after);
  }
  const object = outboundPaymentToStripe(after);
  await emitEvent(cmd, eventType, object, before ? previousAttributes(outboundPaymentToStripe(before), object) : undefined);
  await publishObject(cmd, OUTBOUND_PAYMENT, object);
  return object;
}

/** Where the money goes, decided from the input's shape alone (before any read). */
type Destination =
  | { kind: 'payment_method'; id: string; network: 'ach' | 'us_domestic_wire' }
  | { kind: 'new_bank_account'; values: ReturnType<typeof bankAccountValues>; metadata: Record<string, string>; network: 'ach' | 'us_domestic_wire' }
  | { kind: 'financial_account'; id: string; billingDetails: ReturnType<typeof toBillingDetails>; network: 'stripe' };

function destinationOf(input: CreateOutboundPaymentInput): Destination {
  const pmId = input.destinationPaymentMethod;
  const data = input.destinationPaymentMethodData;
  if (pmId != null && data != null)
    throw parameterInvalid(['destinationPaymentMethodData'], 'You may only specify one of these parameters: destinationPaymentMethod, destinationPaymentMethodData.');
  if (pmId == null && data == null) throw parameterMissing(['destinationPaymentMethod']);
  const requested = input.destinationPaymentMethodOptions?.usBankAccount?.network ?? null;
  if (pmId != null) {
    if (!isPaymentMethodId(pmId)) throw resourceMissing('payment method', pmId, ['destinationPaymentMethod']);
    return { kind: 'payment_method', id: pmId, network: requested ?? 'ach' };
  }
  const param = ['destinationPaymentMethodData'];
  if (data!.type === 'financial_account') {
    const faId = data!.financialAccount;
    if (!faId) throw parameterMissing([...param, 'financialAccount']);
    if (data!.usBankAccount != null)
      throw parameterInvalid([...param, 'usBankAccount'], 'usBankAccount can only be set when type is us_bank_account.');
    if (input.destinationPaymentMethodOptions?.usBankAccount != null)
      throw parameterInvalid(['destinationPaymentMethodOptions', 'usBankAccount'], 'usBankAccount options do not apply to a financial_account destination, which always uses the stripe network.');
    if (!hasPrefix(faId, 'fa')) throw resourceMissing('financial account', faId, [...param, 'financialAccount']);
    if (faId === input.financialAccount)
      throw parameterInvalid([...param, 'financialAccount'], 'The destination FinancialAccount must be different from the FinancialAccount the funds are pulled from.');
    if (data!.metadata != null) validateMetadata(data!.metadata, [...param, 'metadata']);
    return { kind: 'financial_account', id: faId, billingDetails: toBillingDetails(data!.billingDetails), network: 'stripe' };
  }
  if (data!.financialAccount != null)
    throw parameterInvalid([...param, 'financialAccount'], 'financialAccount can only be set when type is financial_account.');
  const values = bankAccountValues(data!, param);
  const metadata = data!.metadata != null ? validateMetadata(data!.metadata, [...param, 'metadata']) : {};
  return { kind: 'new_bank_account', values, metadata, network: requested ?? 'ach' };
}

function endUserDetailsOf(input: CreateOutboundPaymentInput) {
  const e = input.endUserDetails;
  if (!e) return { ip_address: null, present: false };
  if (e.ipAddress != null && isIP(e.ipAddress) === 0) throw parameterInvalid(['endUserDetails', 'ipAddress'], `Invalid IP address: ${e.ipAddress}.`);
  if (e.present && !e.ipAddress) throw parameterMissing(['endUserDetails', 'ipAddress']);
  return { ip_address: e.ipAddress ?? null, present: e.present };
}

/** Locks the paying FinancialAccount and, for an intra-Stripe payment, the receiving one: in id order, so two payments in opposite directions cannot deadlock. */
async function lockAccounts(cmd: CommandContext, sourceId: string, destinationId: string | null) {
  const ids = destinationId ? [sourceId, destinationId].sort() : [sourceId];
  const locked = new Map<string, FinancialAccountRow | null>();
  for (const id of ids) locked.set(id, await lockFinancialAccount(cmd.tx, cmd.scope, id));
  return { source: locked.get(sourceId) ?? null, destination: destinationId ? (locked.get(destinationId) ?? null) : null };
}

/**
 * A payment to another FinancialAccount moves on the `stripe` network, which "posts immediately":
 * inside the create's transaction, the receiver gets a ReceivedCredit (linked_flows.source_flow =
 * this payment) and the payment posts. If the receiver declines the credit (closed, frozen, inbound
 * intra-Stripe flows inactive), the ReceivedCredit is `failed` and the payment fails with it, so the
 * money returns to the sender. Either way money is conserved within the one transaction.
 */
async function settleIntraStripePayment(cmd: CommandContext, payment: OutboundPaymentRow, destination: FinancialAccountRow) {
  const credit = await receiveCredit(cmd, destination, {
    amount: payment.amount,
    currency: payment.currency,
    network: 'stripe',
    description: payment.statementDescriptor ?? payment.description ?? 'payment',
    initiatingPaymentMethodDetails: financialAccountInitiatingDetails(payment.financialAccountId),
    sourceFlow: { id: payment.id, type: 'outbound_payment' },
  });
  if (credit.status === 'succeeded') {
    outboundPaymentMachine.next(payment.status, 'post');
    await post(cmd, payment);
    return save(cmd, payment, { status: 'posted', postedAt: cmd.now }, 'treasury.outbound_payment.posted');
  }
  return failPayment(cmd, payment);
}

export function createOutboundPayment(caller: Caller, input: CreateOutboundPaymentInput) {
  const { idempotencyKey, ...params } = input;
  // 1. shape
  assertAmount(input.amount);
  const destination = destinationOf(input);
  const network = destination.network;
  const descriptor = input.statementDescriptor ?? 'payment';
  assertLength(descriptor, DESCRIPTOR_LIMIT[network], ['statementDescriptor'], 'statement_descriptor_too_long');
  if (!DESCRIPTOR_CHARS.test(descriptor))
    throw parameterInvalid(['statementDescriptor'], 'The statement descriptor can only include -#.$&*, spaces, and alphanumeric characters.');
  assertLength(input.description, 5000, ['description']);
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : {};
  const endUserDetails = endUserDetailsOf(input);
  if (!hasPrefix(input.financialAccount, 'fa')) throw resourceMissing('financial account', input.financialAccount, ['financialAccount']);
  if (input.customer != null && !hasPrefix(input.customer, 'cus')) throw resourceMissing('customer', input.customer, ['customer']);
  // 2. idempotency (runCommand) → 3. existence → 4. state → 5. funds (the ledger)
  return runCommand(caller.db, caller.scope, { operation: 'createTreasuryOutboundPayment', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const locked = await lockAccounts(cmd, input.financialAccount, destination.kind === 'financial_account' ? destination.id : null);
    const fa = locked.source;
    if (!fa) throw resourceMissing('financial account', input.financialAccount, ['financialAccount']);
    if (destination.kind === 'financial_account' && !locked.destination)
      throw resourceMissing('financial account', destination.id, ['destinationPaymentMethodData', 'financialAccount']);
    if (input.customer && !(await findCustomers(cmd.tx, cmd.scope, [input.customer])).size) throw resourceMissing('customer', input.customer, ['customer']);
    let pm: PaymentMethodRow | null = null;
    if (destination.kind === 'payment_method') {
      pm = (await findPaymentMethodRows(cmd.tx, cmd.scope, [destination.id])).get(destination.id) ?? null;
      if (!pm) throw resourceMissing('payment method', destination.id, ['destinationPaymentMethod']);
      if (input.customer != null && pm.customerId !== input.customer)
        throw parameterInvalid(['customer'], `The customer ${input.customer} must match the Customer attached to the destination_payment_method ${pm.id}.`);
    }
    assertCanMoveMoney(fa, FEATURE_BY_NETWORK[network], 'outbound', input.currency);
    if (destination.kind === 'new_bank_account') {
      pm = { id: newId('pm'), accountId: cmd.scope.accountId, livemode: cmd.scope.livemode, created: cmd.now, customerId: input.customer ?? null, metadata: destination.metadata, ...destination.values };
      await cmd.tx.insert(paymentMethods).values(pm);
    }
    const id = newId('obp');
    const flow = flowOf({ id, financialAccountId: fa.id, currency: input.currency });
    const transactionId = await openTransaction(cmd, flow, { amount: -input.amount, description: describeFlow('outbound_payment', input.description) });
    await addEntry(cmd, flow, transactionId, 'outbound_payment', impact(-input.amount, 0, input.amount));
    const row: OutboundPaymentRow = {
      id,
      accountId: cmd.scope.accountId,
      livemode: cmd.scope.livemode,
      created: cmd.now,
      financialAccountId: fa.id,
      amount: input.amount,
      currency: input.currency,
      customerId: input.customer ?? null,
      description: input.description ?? null,
      destinationPaymentMethodId: pm?.id ?? null,
      destinationFinancialAccountId: destination.kind === 'financial_account' ? destination.id : null,
      destinationDetails:
        destination.kind === 'financial_account'
          ? { type: 'financial_account', billing_details: { address: destination.billingDetails.address, email: destination.billingDetails.email, name: destination.billingDetails.name }, financial_account: { id: destination.id, network: 'stripe' } }
          : bankAccountDetails(pm!, destination.network),
      endUserDetails,
      network,
      statementDescriptor: descriptor,
      status: 'processing',
      expectedArrivalDate: new Date(expectedArrivalDate(network, cmd.now) * 1000),
      postedAt: null,
      failedAt: null,
      canceledAt: null,
      returnedAt: null,
      returnedCode: null,
      returnTransactionId: null,
      trackingDetails: null,
      transactionId,
      metadata,
    };
    const object = await save(cmd, null, {}, 'treasury.outbound_payment.created', row);
    if (locked.destination) return settleIntraStripePayment(cmd, row, locked.destination);
    await scheduleAutomaticTransitions(cmd, 'treasury.outbound_payment', row, pm); // test mode: magic payment methods and account numbers
    return object;
  });
}

type IdInput = { id: string; idempotencyKey?: string | null };

export function cancelOutboundPayment(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'cancelTreasuryOutboundPayment', input, {}, async (cmd, row) => {
    outboundPaymentMachine.next(row.status, 'cancel');
    await addEntry(cmd, flowOf(row), row.transactionId, 'outbound_payment_cancellation', impact(row.amount, 0, -row.amount));
    await settleTransaction(cmd, row.transactionId, 'void');
    return save(cmd, row, { status: 'canceled', canceledAt: cmd.now }, 'treasury.outbound_payment.canceled');
  });
}

/** Posting clears the held amount from outbound_pending: the money has left. */
async function post(cmd: CommandContext, row: OutboundPaymentRow) {
  await addEntry(cmd, flowOf(row), row.transactionId, 'outbound_payment_posting', impact(0, 0, -row.amount));
  await settleTransaction(cmd, row.transactionId, 'posted');
}

export function postOutboundPayment(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'testHelpersPostTreasuryOutboundPayment', input, { testHelper: true }, async (cmd, row) => {
    outboundPaymentMachine.next(row.status, 'post');
    await post(cmd, row);
    return save(cmd, row, { status: 'posted', postedAt: cmd.now }, 'treasury.outbound_payment.posted');
  });
}

export function failOutboundPayment(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'testHelpersFailTreasuryOutboundPayment', input, { testHelper: true }, async (cmd, row) => {
    return failPayment(cmd, row);
  });
}

/** Failing releases the held amount back to cash and voids the Transaction. */
async function failPayment(cmd: CommandContext, row: OutboundPaymentRow) {
  outboundPaymentMachine.next(row.status, 'fail');
  await addEntry(cmd, flowOf(row), row.transactionId, 'outbound_payment_failure', impact(row.amount, 0, -row.amount));
  await settleTransaction(cmd, row.transactionId, 'void');
  return save(cmd, row, { status: 'failed', failedAt: cmd.now }, 'treasury.outbound_payment.failed');
}

/**
 * Return: the funds come back to cash through a new posted Transaction (returned_details.transaction).
 * From processing, the payment is posted first, so both postedAt and returnedAt are set.
 */
export function returnOutboundPayment(caller: Caller, input: IdInput & { returnedDetails?: { code?: ReturnCode | null } | null }) {
  return flowCommand(caller, resource, 'testHelpersReturnTreasuryOutboundPayment', input, { testHelper: true }, async (cmd, row) => {
    outboundPaymentMachine.next(row.status, 'return');
    if (row.network === 'stripe')
      throw invalidState('An OutboundPayment to a FinancialAccount is not returned by a bank; the receiver reverses its ReceivedCredit with a CreditReversal instead.');
    const changes: Partial<OutboundPaymentRow> = { status: 'returned', returnedAt: cmd.now, returnedCode: input.returnedDetails?.code ?? 'declined' };
    if (row.status === 'processing') {
      await post(cmd, row);
      changes.postedAt = cmd.now;
    }
    const flow = flowOf(row);
    const returnTxn = await openTransaction(cmd, flow, { amount: row.amount, description: 'Outbound payment return', status: 'posted' });
    await addEntry(cmd, flow, returnTxn, 'outbound_payment_return', impact(row.amount, 0, 0));
    changes.returnTransactionId = returnTxn;
    return save(cmd, row, changes, 'treasury.outbound_payment.returned');
  });
}

/** Tracking details may be set once, on a payment that is no longer cancelable and neither canceled nor failed. */
export function updateOutboundPaymentTracking(caller: Caller, input: IdInput & { trackingDetails: TrackingDetailsInput }) {
  return flowCommand(caller, resource, 'testHelpersUpdateTreasuryOutboundPayment', input, { testHelper: true }, async (cmd, row) => {
    if (row.status === 'processing' || row.status === 'canceled' || row.status === 'failed')
      throw invalidState(`Tracking details can only be set on an OutboundPayment that is not cancelable and not canceled or failed; it is ${row.status}.`);
    if (row.trackingDetails) throw new StripeError('tracking_details_already_set', 'Tracking details have already been set for this OutboundPayment.', ['trackingDetails']);
    const tracking = trackingDetails(input.trackingDetails, row.network);
    return save(cmd, row, { trackingDetails: tracking }, 'treasury.outbound_payment.tracking_details_updated');
  });
}

/**
 * Test mode (`pm_usBankAccount_expectedArrivalDateUpdated`, account 000123457890): the bank reports
 * the payment one day later than expected. Emits `treasury.outbound_payment.expected_arrival_date_updated`.
 */
export function delayOutboundPaymentArrival(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'testModeDelayTreasuryOutboundPaymentArrival', input, { testHelper: true }, async (cmd, row) => {
    if (row.status !== 'processing') throw invalidState(`Only a processing OutboundPayment can have its expected arrival date updated; it is ${row.status}.`);
    const expectedArrivalDate = new Date(row.expectedArrivalDate.getTime() + 86_400_000);
    return save(cmd, row, { expectedArrivalDate }, 'treasury.outbound_payment.expected_arrival_date_updated');
  });
}
