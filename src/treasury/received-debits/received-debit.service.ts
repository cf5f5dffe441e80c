import { insertRow, updateRow } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { addEntry, describeFlow, impact, openTransaction, type Flow } from '../../ledger/ledger.js';
import { runCommand, type CommandContext } from '../../kernel/command.js';
import { parameterInvalid, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { assertAmount } from '../../kernel/money.js';
import { lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { bankInitiatingDetails, type InitiatingDetails, type InitiatingDetailsInput } from '../received-credits/initiating-details.js';
import { achReversalDeadline, receivedDebitOutcome } from '../received-credits/received-credit.machine.js';
import { assertTestModeAccount, TEST_DESCRIPTION } from '../received-credits/received-credit.service.js';
import type { StripeReceivedDebit } from '../refs.js';
import type { Caller } from '../shared/flow-command.js';
import { assertLength } from '../shared/flow-rules.js';
import { cashBalance, receivedDebitToStripe, type ReceivedDebitRow } from './received-debit.repository.js';
import { treasuryReceivedDebits, type ReceivedDebitFailureCode, type ReceivedDebitNetwork } from './received-debit.table.js';

export const RECEIVED_DEBIT = 'TreasuryReceivedDebit';

/** Networks the test helper accepts (Stripe's helper: ach; fingraph adds stripe). */
export const TEST_HELPER_DEBIT_NETWORKS = ['ach', 'stripe'] as const;
export type TestHelperDebitNetwork = (typeof TEST_HELPER_DEBIT_NETWORKS)[number];

export interface ReceiveDebitParams {
  amount: number;
  currency: string;
  network: ReceivedDebitNetwork;
  description: string;
  initiatingPaymentMethodDetails: InitiatingDetails;
  linkedFlows?: { inboundTransfer?: string | null; issuingAuthorization?: string | null; issuingTransaction?: string | null; payout?: string | null; topup?: string | null };
  /**
   * The network pulls the money whatever the account's state or balance (an InboundTransfer's
   * return): no failure rules apply and cash may go negative. Default false.
   */
  force?: boolean;
  /**
   * The caller has already written the ledger effect of this debit (a posted Transaction with cash
   * −amount): the ReceivedDebit points at it instead of writing its own. Implies `force`.
   */
  transactionId?: string | null;
}

/** Writes a ReceivedDebit row update (or insert) and tells subscribers; events are the caller's. */
export async function saveReceivedDebit(cmd: CommandContext, row: ReceivedDebitRow, changes?: Partial<ReceivedDebitRow>): Promise<StripeReceivedDebit> {
  let after = row;
  if (changes) after = await updateRow(cmd.tx, treasuryReceivedDebits, row.id, changes);
  else await insertRow(cmd.tx, treasuryReceivedDebits, row);
  const object = receivedDebitToStripe(after, cmd.now);
  await publishObject(cmd, RECEIVED_DEBIT, object);
  return object;
}

/**
 * Money is pulled from `fa`, inside the caller's command; the caller must hold `fa`'s row lock.
 * Stripe creates the ReceivedDebit `succeeded` (one posted Transaction, one `received_debit` entry,
 * cash −amount) or `failed` (account_closed, account_frozen, other, insufficient_funds) with no
 * Transaction; a failed debit is a result, not an error. Emits `treasury.received_debit.created`.
 */
export async function receiveDebit(cmd: CommandContext, fa: FinancialAccountRow, p: ReceiveDebitParams): Promise<StripeReceivedDebit> {
  if (!fa.supported_currencies.includes(p.currency))
    throw parameterInvalid(['currency'], `The FinancialAccount does not support ${p.currency}; it supports ${fa.supported_currencies.join(', ')}.`, 'currency_not_supported');
  const force = p.force || p.transactionId != null;
  const outcome = force
    ? ({ status: 'succeeded', failureCode: null } as const)
    : receivedDebitOutcome<ReceivedDebitFailureCode>(fa, p.network, (await cashBalance(cmd.tx, fa.id, p.currency)) >= p.amount);
  const id = newId('rd');
  let transactionId: string | null = p.transactionId ?? null;
  if (outcome.status === 'succeeded' && !transactionId) {
    const flow: Flow = { id, type: 'received_debit', financialAccountId: fa.id, currency: p.currency };
    transactionId = await openTransaction(cmd, flow, { amount: -p.amount, description: describeFlow('received_debit', p.description), status: 'posted' });
    await addEntry(cmd, flow, transactionId, 'received_debit', impact(-p.amount, 0, 0), { allowNegative: force });
  }
  const links = p.linkedFlows ?? {};
  const row: ReceivedDebitRow = {
    id,
    accountId: cmd.scope.accountId,
    livemode: cmd.scope.livemode,
    created: cmd.now,
    financialAccountId: fa.id,
    amount: p.amount,
    currency: p.currency,
    description: p.description,
    status: outcome.status,
    failureCode: outcome.failureCode,
    network: p.network,
    initiatingDetails: p.initiatingPaymentMethodDetails as unknown as Record<string, unknown>,
    reversalDeadline: p.network === 'ach' ? achReversalDeadline(cmd.now) : null,
    debitReversalId: null,
    inboundTransferId: links.inboundTransfer ?? null,
    issuingAuthorization: links.issuingAuthorization ?? null,
    issuingTransaction: links.issuingTransaction ?? null,
    payout: links.payout ?? null,
    topup: links.topup ?? null,
    transactionId,
  };
  const object = await saveReceivedDebit(cmd, row);
  await emitEvent(cmd, 'treasury.received_debit.created', object);
  return object;
}

export interface CreateReceivedDebitInput {
  amount: number;
  currency: string;
  financialAccount: string;
  network: TestHelperDebitNetwork;
  description?: string | null;
  initiatingPaymentMethodDetails?: InitiatingDetailsInput | null;
  idempotencyKey?: string | null;
}

/** Test helper: a third party pulls money from a test-mode FinancialAccount. */
export function createReceivedDebit(caller: Caller, input: CreateReceivedDebitInput) {
  const { idempotencyKey, ...params } = input;
  // 1. shape
  assertAmount(input.amount);
  if (!(TEST_HELPER_DEBIT_NETWORKS as readonly string[]).includes(input.network))
    throw parameterInvalid(['network'], `Invalid network: ${String(input.network)}; expected one of ${TEST_HELPER_DEBIT_NETWORKS.join(', ')}.`);
  assertLength(input.description, 5000, ['description']);
  const initiating = bankInitiatingDetails(input.initiatingPaymentMethodDetails, input.network);
  if (!hasPrefix(input.financialAccount, 'fa')) throw resourceMissing('financial account', input.financialAccount, ['financialAccount']);
  assertTestModeAccount(caller, 'ReceivedDebits');
  // 2. idempotency (runCommand) → 3. existence → the outcome (a failed debit is still created)
  return runCommand(caller.db, caller.scope, { operation: 'testHelpersCreateTreasuryReceivedDebit', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const fa = await lockFinancialAccount(cmd.tx, cmd.scope, input.financialAccount);
    if (!fa) throw resourceMissing('financial account', input.financialAccount, ['financialAccount']);
    return receiveDebit(cmd, fa, {
      amount: input.amount,
      currency: input.currency,
      network: input.network,
      description: input.description ?? TEST_DESCRIPTION,
      initiatingPaymentMethodDetails: initiating,
    });
  });
}
