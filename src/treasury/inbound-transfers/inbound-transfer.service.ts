import { insertRow, updateRow } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { addEntry, describeFlow, impact, openTransaction, type Flow } from '../../ledger/ledger.js';
import type { CommandContext } from '../../kernel/command.js';
import { runCommand } from '../../kernel/command.js';
import { previousAttributes } from '../../kernel/diff.js';
import { invalidState, parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { assertAmount } from '../../kernel/money.js';
import { findPaymentMethodRows, isPaymentMethodId } from '../../payments/payment-methods/payment-method.service.js';
import { lockFinancialAccount } from '../financial-accounts/financial-account.repository.js';
import { checkFinancialAccountId } from '../financial-accounts/financial-account.repository.js';
import type { InitiatingDetails } from '../received-credits/initiating-details.js';
import { receiveDebit } from '../received-debits/received-debit.service.js';
import { bankAccountDetails } from '../shared/destination.js';
import { flowCommand, type Caller } from '../shared/flow-command.js';
import { assertCanMoveMoney, assertLength } from '../shared/flow-rules.js';
import { scheduleAutomaticTransitions } from '../test-mode/scheduler.js';
import { inboundTransferMachine } from './inbound-transfer.machine.js';
import { inboundTransferToStripe, lockInboundTransfer, type InboundTransferRow } from './inbound-transfer.repository.js';
import { treasuryInboundTransfers } from './inbound-transfer.table.js';

export const INBOUND_TRANSFER = 'TreasuryInboundTransfer';
const resource = { prefix: 'ibt', name: 'inbound transfer', lock: lockInboundTransfer };

/** Stripe's InboundTransfer failure codes (SDK: Treasury.InboundTransfer.FailureDetails.Code). */
export const FAILURE_CODES = [
  'account_closed', 'account_frozen', 'bank_account_restricted', 'bank_ownership_changed', 'debit_not_authorized',
  'incorrect_account_holder_address', 'incorrect_account_holder_name', 'incorrect_account_holder_tax_id',
  'insufficient_funds', 'invalid_account_number', 'invalid_currency', 'no_account', 'other',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/**
 * The guides name `could_not_process` as the fail helper's default, but it is not in the SDK's
 * enum; `other` is (README: Stripe behaviour decisions).
 */
export const DEFAULT_FAILURE_CODE: FailureCode = 'other';

/** Stripe: "Maximum 10 characters. Can only include -#.$&*, spaces, and alphanumeric characters." */
const DESCRIPTOR_MAX = 10;
const DESCRIPTOR_CHARS = /^[A-Za-z0-9 \-#.$&*]*$/;

export interface CreateInboundTransferInput {
  amount: number;
  currency: string;
  financialAccount: string;
  originPaymentMethod: string;
  description?: string | null;
  statementDescriptor?: string | null;
  metadata?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

const flowOf = (row: Pick<InboundTransferRow, 'id' | 'financialAccountId' | 'currency'>): Flow => ({
  id: row.id,
  type: 'inbound_transfer',
  financialAccountId: row.financialAccountId,
  currency: row.currency,
});

/** Writes the new state, then announces it: the event (when Stripe has one), `…Updated` subscribers. */
async function save(cmd: CommandContext, before: InboundTransferRow | null, changes: Partial<InboundTransferRow>, eventType: string | null, row?: InboundTransferRow) {
  let after: InboundTransferRow;
  if (before) {
    after = await updateRow(cmd.tx, treasuryInboundTransfers, before.id, changes);
  } else {
    after = row!;
    await insertRow(cmd.tx, treasuryInboundTransfers, after);
  }
  const object = inboundTransferToStripe(after);
  if (eventType) await emitEvent(cmd, eventType, object, before ? previousAttributes(inboundTransferToStripe(before), object) : undefined);
  await publishObject(cmd, INBOUND_TRANSFER, object);
  return object;
}

/**
 * Creates a processing InboundTransfer: an ACH debit of the caller's own bank account. Nothing
 * touches the balance yet (inbound_pending is always 0 in Stripe Treasury) and there is no
 * Transaction until the funds succeed.
 */
export function createInboundTransfer(caller: Caller, input: CreateInboundTransferInput) {
  const { idempotencyKey, ...params } = input;
  // 1. shape
  assertAmount(input.amount);
  const descriptor = input.statementDescriptor ?? 'transfer';
  assertLength(descriptor, DESCRIPTOR_MAX, ['statementDescriptor'], 'statement_descriptor_too_long');
  if (!DESCRIPTOR_CHARS.test(descriptor))
    throw parameterInvalid(['statementDescriptor'], 'Invalid statementDescriptor: it can only include -#.$&*, spaces, and alphanumeric characters.');
  assertLength(input.description, 5000, ['description']);
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : {};
  checkFinancialAccountId(input.financialAccount, ['financialAccount']);
  if (!input.originPaymentMethod) throw parameterMissing(['originPaymentMethod']);
  if (!isPaymentMethodId(input.originPaymentMethod)) throw resourceMissing('payment method', input.originPaymentMethod, ['originPaymentMethod']);
  // 2. idempotency (runCommand) → 3. existence → 4. state
  return runCommand(caller.db, caller.scope, { operation: 'createTreasuryInboundTransfer', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const fa = await lockFinancialAccount(cmd.tx, cmd.scope, input.financialAccount);
    if (!fa) throw resourceMissing('financial account', input.financialAccount, ['financialAccount']);
    const pm = (await findPaymentMethodRows(cmd.tx, cmd.scope, [input.originPaymentMethod])).get(input.originPaymentMethod);
    if (!pm) throw resourceMissing('payment method', input.originPaymentMethod, ['originPaymentMethod']);
    if (pm.type !== 'us_bank_account')
      throw parameterInvalid(['originPaymentMethod'], 'The origin payment method of an InboundTransfer must be a us_bank_account PaymentMethod.');
    assertCanMoveMoney(fa, 'inbound_transfers.ach', 'inbound', input.currency);
    const row: InboundTransferRow = {
      id: newId('ibt'),
      accountId: cmd.scope.accountId,
      livemode: cmd.scope.livemode,
      created: cmd.now,
      financialAccountId: fa.id,
      amount: input.amount,
      currency: input.currency,
      description: input.description ?? null,
      originPaymentMethodId: pm.id,
      originDetails: bankAccountDetails(pm, 'ach'),
      statementDescriptor: descriptor,
      status: 'processing',
      succeededAt: null,
      failedAt: null,
      canceledAt: null,
      failureCode: null,
      returned: false,
      receivedDebitId: null,
      returnTransactionId: null,
      transactionId: null,
      metadata,
    };
    const created = await save(cmd, null, {}, 'treasury.inbound_transfer.created', row);
    await scheduleAutomaticTransitions(cmd, 'treasury.inbound_transfer', row, pm); // test mode: magic payment methods
    return created;
  });
}

type IdInput = { id: string; idempotencyKey?: string | null };

/** Cancel: the transfer had no Transaction and no balance effect, so nothing is voided. */
export function cancelInboundTransfer(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'cancelTreasuryInboundTransfer', input, {}, async (cmd, row) => {
    inboundTransferMachine.next(row.status, 'cancel');
    return save(cmd, row, { status: 'canceled', canceledAt: cmd.now }, 'treasury.inbound_transfer.canceled');
  });
}

/** Succeed: the funds arrive. One posted Transaction with one `inbound_transfer` entry, cash +amount. */
export function succeedInboundTransfer(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'testHelpersSucceedTreasuryInboundTransfer', input, { testHelper: true }, async (cmd, row) => {
    inboundTransferMachine.next(row.status, 'succeed');
    const flow = flowOf(row);
    const transactionId = await openTransaction(cmd, flow, { amount: row.amount, description: describeFlow('inbound_transfer', row.description), status: 'posted' });
    await addEntry(cmd, flow, transactionId, 'inbound_transfer', impact(row.amount, 0, 0));
    return save(cmd, row, { status: 'succeeded', succeededAt: cmd.now, transactionId }, 'treasury.inbound_transfer.succeeded');
  });
}

/** Fail: "No transaction was created"; failure_details records why. */
export function failInboundTransfer(caller: Caller, input: IdInput & { failureDetails?: { code?: FailureCode | null } | null }) {
  const code = input.failureDetails?.code ?? DEFAULT_FAILURE_CODE;
  if (!(FAILURE_CODES as readonly string[]).includes(code)) throw parameterInvalid(['failureDetails', 'code'], `Invalid failure code: ${code}.`);
  return flowCommand(caller, resource, 'testHelpersFailTreasuryInboundTransfer', input, { testHelper: true }, async (cmd, row) => {
    inboundTransferMachine.next(row.status, 'fail');
    return save(cmd, row, { status: 'failed', failedAt: cmd.now, failureCode: code }, 'treasury.inbound_transfer.failed');
  });
}

/**
 * Return: the bank pulls the funds back after success (a dispute, an unauthorized debit). Stripe
 * models it as a ReceivedDebit on the FinancialAccount (linked_flows.inbound_transfer = this
 * transfer; its posted Transaction takes cash −amount, whatever the balance, so cash may go
 * negative) and marks the transfer `returned: true` with linked_flows.received_debit. Announced by
 * `treasury.received_debit.created`; the transfer's own status stays succeeded (no event of its own).
 */
export function returnInboundTransfer(caller: Caller, input: IdInput) {
  return flowCommand(caller, resource, 'testHelpersReturnTreasuryInboundTransfer', input, { testHelper: true }, async (cmd, row, fa) => {
    inboundTransferMachine.next(row.status, 'return');
    if (row.returned) throw invalidState('This InboundTransfer has already been returned.');
    const debit = await receiveDebit(cmd, fa, {
      amount: row.amount,
      currency: row.currency,
      network: 'ach',
      description: row.statementDescriptor ?? 'Inbound transfer return',
      initiatingPaymentMethodDetails: originAsInitiatingDetails(row),
      linkedFlows: { inboundTransfer: row.id },
      force: true,
    });
    return save(cmd, row, { returned: true, failureCode: row.failureCode ?? DEFAULT_FAILURE_CODE, receivedDebitId: debit.id, returnTransactionId: debit.transaction as string | null }, null);
  });
}

/** The bank account that pulled the money back, as a ReceivedDebit reports it: the transfer's origin. */
function originAsInitiatingDetails(row: InboundTransferRow): InitiatingDetails {
  const origin = (row.originDetails ?? {}) as { billing_details?: InitiatingDetails['billing_details']; us_bank_account?: { bank_name?: string | null; last4?: string | null; routing_number?: string | null } };
  const bank = origin.us_bank_account ?? {};
  return {
    type: 'us_bank_account',
    billing_details: origin.billing_details ?? { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null },
    us_bank_account: { bank_name: bank.bank_name ?? null, last4: bank.last4 ?? null, routing_number: bank.routing_number ?? null },
  };
}
