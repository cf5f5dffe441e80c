import { insertRow, updateRow } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { addEntry, describeFlow, impact, openTransaction, settleTransaction, type Flow } from '../../ledger/ledger.js';
import type { CommandContext } from '../../kernel/command.js';
import { runCommand } from '../../kernel/command.js';
import { previousAttributes } from '../../kernel/diff.js';
import { invalidState, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { findPaymentMethodRows, isPaymentMethodId } from '../../payments/payment-methods/payment-method.service.js';
import { lockFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { checkFinancialAccountId } from '../financial-accounts/financial-account.service.js';
import { expectedArrivalDate } from '../shared/arrival.js';
import { bankAccountDetails } from '../shared/destination.js';
import { flowCommand, type Caller } from '../shared/flow-command.js';
import { assertCanMoveMoney, assertLength } from '../shared/flow-rules.js';
import { trackingDetails, type TrackingDetailsInput } from '../shared/tracking.js';
import { scheduleAutomaticTransitions } from '../test-mode/scheduler.js';
import { outboundTransferMachine } from './outbound-transfer.machine.js';
import { lockOutboundTransfer, outboundTransferToStripe, type OutboundTransferRow } from './outbound-transfer.repository.js';
import { treasuryOutboundTransfers } from './outbound-transfer.table.js';

export const OUTBOUND_TRANSFER = 'TreasuryOutboundTransfer';
const resource = { prefix: 'obt', name: 'outbound transfer', lock: lockOutboundTransfer };

export const RETURN_CODES = [
  'account_closed', 'account_frozen', 'bank_account_restricted', 'bank_ownership_changed', 'declined',
  'incorrect_account_holder_name', 'invalid_account_number', 'invalid_currency', 'no_account', 'other',
] as const;
export type ReturnCode = (typeof RETURN_CODES)[number];

/** Statement descriptor limits by network (Stripe: 10 for ACH, 140 for wires). */
const DESCRIPTOR_LIMIT = { ach: 10, us_domestic_wire: 140 } as const;

export interface CreateOutboundTransferInput {
  amount: number;
  currency: string;
  financialAccount: string;
  destinationPaymentMethod: string;
  destinationPaymentMethodOptions?: { usBankAccount?: { network?: 'ach' | 'us_domestic_wire' | null } | null } | null;
  description?: string | null;
  statementDescriptor?: string | null;
  metadata?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

const flowOf = (row: Pick<OutboundTransferRow, 'id' | 'financialAccountId' | 'currency'>): Flow => ({
  id: row.id,
  type: 'outbound_transfer',
  financialAccountId: row.financialAccountId,
  currency: row.currency,
});

/** Writes the new state, then announces it: event, `…Updated` subscribers. */
async function save(cmd: CommandContext, before: OutboundTransferRow | null, changes: Partial<OutboundTransferRow>, eventType: string, row?: OutboundTransferRow) {
  let after: OutboundTransferRow;
  if (before) {
    after = await updateRow(cmd.tx, treasuryOutboundTransfers, before.id, changes);
  } else {
    after = row!;
    await insertRow(cmd.tx, treasuryOutboundTransfers, after);
  }
  const object = outboundTransferToStripe(after);
  await emitEvent(cmd, eventType, object, before ? previousAttributes(outboundTransferToStripe(before), object) : undefined);
  await publishObject(cmd, OUTBOUND_TRANSFER, object);
  return object;
}

export function createOutboundTransfer(caller: Caller, input: CreateOutboundTransferInput) {
  const { idempotencyKey, ...params } = input;
  // 1. shape
  assertAmount(input.amount);
  const network = input.destinationPaymentMethodOptions?.usBankAccount?.network ?? 'ach';
  const descriptor = input.statementDescriptor ?? 'transfer';
  assertLength(descriptor, DESCRIPTOR_LIMIT[network], ['statementDescriptor'], 'statement_descriptor_too_long');
  assertLength(input.description, 5000, ['description']);
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : {};
  checkFinancialAccountId(input.financialAccount);
  if (!input.destinationPaymentMethod) throw parameterMissing(['destinationPaymentMethod']);
  if (!isPaymentMethodId(input.destinationPaymentMethod)) throw resourceMissing('payment method', input.destinationPaymentMethod, ['destinationPaymentMethod']);
  // 2. idempotency (runCommand) → 3. existence → 4. state → 5. funds (the ledger)
  return runCommand(caller.db, caller.scope, { operation: 'createTreasuryOutboundTransfer', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const fa = await lockFinancialAccount(cmd.tx, cmd.scope, input.financialAccount);
    if (!fa) throw resourceMissing('financial account', input.financialAccount, ['financialAccount']);
    const pm = (await findPaymentMethodRows(cmd.tx, cmd.scope, [input.destinationPaymentMethod])).get(input.destinationPaymentMethod);
    if (!pm) throw resourceMissing('payment method', input.destinationPaymentMethod, ['destinationPaymentMethod']);
    assertCanMoveMoney(fa, network === 'ach' ? 'outbound_transfers.ach' : 'outbound_transfers.us_domestic_wire', 'outbound', input.currency);
    const id = newId('obt');
    const flow = flowOf({ id, financialAccountId: fa.id, currency: input.currency });
    const transactionId = await openTransaction(cmd, flow, { amount: -input.amount, description: describeFlow('outbound_transfer', input.description) });
    await addEntry(cmd, flow, transactionId, 'outbound_transfer', impact(-input.amount, 0, input.amount));
    const row: OutboundTransferRow = {
      id,
      accountId: cmd.scope.accountId,
      livemode: cmd.scope.livemode,
      created: cmd.now,
      financialAccountId: fa.id,
      amount: input.amount,
      currency: input.currency,
      description: input.description ?? null,
      destinationPaymentMethodId: pm.id,
      destinationDetails: bankAccountDetails(pm, network),
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
    const created = await save(cmd, null, {}, 'treasury.outbound_transfer.created', row);
    await scheduleAutomaticTransitions(cmd, 'outbound_transfer', row, pm); // test mode: magic payment methods
    return created;
  });
}

type IdInput = { id: string; idempotencyKey?: string | null };

export function cancelOutboundTransfer(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'cancelTreasuryOutboundTransfer', input, {}, async (cmd, row) => {
    outboundTransferMachine.next(row.status, 'cancel');
    await addEntry(cmd, flowOf(row), row.transactionId, 'outbound_transfer_cancellation', impact(row.amount, 0, -row.amount));
    await settleTransaction(cmd, row.transactionId, 'void');
    return save(cmd, row, { status: 'canceled', canceledAt: cmd.now }, 'treasury.outbound_transfer.canceled');
  });
}

/** Posting clears the held amount from outbound_pending: the money has left. */
async function post(cmd: CommandContext, row: OutboundTransferRow) {
  await addEntry(cmd, flowOf(row), row.transactionId, 'outbound_transfer_posting', impact(0, 0, -row.amount));
  await settleTransaction(cmd, row.transactionId, 'posted');
}

export function postOutboundTransfer(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'testHelpersPostTreasuryOutboundTransfer', input, { testHelper: true }, async (cmd, row) => {
    outboundTransferMachine.next(row.status, 'post');
    await post(cmd, row);
    return save(cmd, row, { status: 'posted', postedAt: cmd.now }, 'treasury.outbound_transfer.posted');
  });
}

export function failOutboundTransfer(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'testHelpersFailTreasuryOutboundTransfer', input, { testHelper: true }, async (cmd, row) => {
    outboundTransferMachine.next(row.status, 'fail');
    await addEntry(cmd, flowOf(row), row.transactionId, 'outbound_transfer_failure', impact(row.amount, 0, -row.amount));
    await settleTransaction(cmd, row.transactionId, 'void');
    return save(cmd, row, { status: 'failed', failedAt: cmd.now }, 'treasury.outbound_transfer.failed');
  });
}

/**
 * Return: the funds come back to cash through a new posted Transaction (returned_details.transaction).
 * From processing, the transfer is posted first, so both postedAt and returnedAt are set.
 */
export function returnOutboundTransfer(caller: Caller, input: IdInput & { returnedDetails?: { code?: ReturnCode | null } | null }) {
  return flowCommand(caller, resource, 'testHelpersReturnTreasuryOutboundTransfer', input, { testHelper: true }, async (cmd, row) => {
    outboundTransferMachine.next(row.status, 'return');
    const changes: Partial<OutboundTransferRow> = { status: 'returned', returnedAt: cmd.now, returnedCode: input.returnedDetails?.code ?? 'declined' };
    if (row.status === 'processing') {
      await post(cmd, row);
      changes.postedAt = cmd.now;
    }
    const flow = flowOf(row);
    const returnTxn = await openTransaction(cmd, flow, { amount: row.amount, description: 'Outbound transfer return', status: 'posted' });
    await addEntry(cmd, flow, returnTxn, 'outbound_transfer_return', impact(row.amount, 0, 0));
    changes.returnTransactionId = returnTxn;
    return save(cmd, row, changes, 'treasury.outbound_transfer.returned');
  });
}

/** Tracking details may be set once, on a transfer that is no longer cancelable and neither canceled nor failed. */
export function updateOutboundTransferTracking(caller: Caller, input: IdInput & { trackingDetails: TrackingDetailsInput }) {
  return flowCommand(caller, resource, 'testHelpersUpdateTreasuryOutboundTransfer', input, { testHelper: true }, async (cmd, row) => {
    if (row.status === 'processing' || row.status === 'canceled' || row.status === 'failed')
      throw invalidState(`Tracking details can only be set on an OutboundTransfer that is not cancelable and not canceled or failed; it is ${row.status}.`);
    if (row.trackingDetails) throw new StripeError('tracking_details_already_set', 'Tracking details have already been set for this OutboundTransfer.', ['trackingDetails']);
    const tracking = trackingDetails(input.trackingDetails, row.network);
    return save(cmd, row, { trackingDetails: tracking }, 'treasury.outbound_transfer.tracking_details_updated');
  });
}

/**
 * Test mode (`pm_usBankAccount_expectedArrivalDateUpdated`): the bank reports the transfer one day
 * later than expected. Emits `treasury.outbound_transfer.expected_arrival_date_updated`.
 */
export function delayOutboundTransferArrival(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'testModeDelayTreasuryOutboundTransferArrival', input, { testHelper: true }, async (cmd, row) => {
    if (row.status !== 'processing') throw invalidState(`Only a processing OutboundTransfer can have its expected arrival date updated; it is ${row.status}.`);
    const expectedArrivalDate = new Date(row.expectedArrivalDate.getTime() + 86_400_000);
    return save(cmd, row, { expectedArrivalDate }, 'treasury.outbound_transfer.expected_arrival_date_updated');
  });
}
