import { insertRow, updateRow } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { addEntry, describeFlow, impact, openTransaction, type Flow } from '../../ledger/ledger.js';
import { runCommand, type CommandContext } from '../../kernel/command.js';
import { parameterInvalid, resourceMissing, StripeError } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { assertAmount } from '../../kernel/money.js';
import { lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import type { StripeReceivedCredit } from '../refs.js';
import type { Caller } from '../shared/flow-command.js';
import { assertLength } from '../shared/flow-rules.js';
import { bankInitiatingDetails, type InitiatingDetails, type InitiatingDetailsInput } from './initiating-details.js';
import { achReversalDeadline, receivedCreditOutcome } from './received-credit.machine.js';
import { receivedCreditToStripe, type ReceivedCreditRow } from './received-credit.repository.js';
import { treasuryReceivedCredits, type ReceivedCreditNetwork, type SourceFlowType } from './received-credit.table.js';

export const RECEIVED_CREDIT = 'TreasuryReceivedCredit';

/** Networks the test helper accepts (Stripe's helper: ach, us_domestic_wire; fingraph adds stripe). */
export const TEST_HELPER_CREDIT_NETWORKS = ['ach', 'us_domestic_wire', 'stripe'] as const;
export type TestHelperCreditNetwork = (typeof TEST_HELPER_CREDIT_NETWORKS)[number];

/** Default description of test-helper flows, as in Stripe's examples. */
export const TEST_DESCRIPTION = 'Stripe Test';

export interface ReceiveCreditParams {
  amount: number;
  currency: string;
  network: ReceivedCreditNetwork;
  description: string;
  initiatingPaymentMethodDetails: InitiatingDetails;
  /** linked_flows.source_flow / source_flow_type: the flow on a FinancialAccount that sent the money. */
  sourceFlow?: { id: string; type: SourceFlowType } | null;
}

/** Writes a ReceivedCredit row update (or insert) and tells subscribers; events are the caller's. */
export async function saveReceivedCredit(cmd: CommandContext, row: ReceivedCreditRow, changes?: Partial<ReceivedCreditRow>): Promise<StripeReceivedCredit> {
  let after = row;
  if (changes) after = await updateRow(cmd.tx, treasuryReceivedCredits, row.id, changes);
  else await insertRow(cmd.tx, treasuryReceivedCredits, row);
  const object = receivedCreditToStripe(after, cmd.now);
  await publishObject(cmd, RECEIVED_CREDIT, object);
  return object;
}

/**
 * Money arrives at `fa`, inside the caller's command. The caller must hold `fa`'s row lock
 * (lockFinancialAccount). Stripe creates the ReceivedCredit `succeeded` (one posted Transaction, one
 * `received_credit` entry, cash +amount) or `failed` with a failure_code and no Transaction; a
 * failed credit is a result, not an error. Emits `…created` then `…succeeded` | `…failed`.
 */
export async function receiveCredit(cmd: CommandContext, fa: FinancialAccountRow, p: ReceiveCreditParams): Promise<StripeReceivedCredit> {
  if (!fa.supported_currencies.includes(p.currency))
    throw parameterInvalid(['currency'], `The FinancialAccount does not support ${p.currency}; it supports ${fa.supported_currencies.join(', ')}.`, 'currency_not_supported');
  const outcome = receivedCreditOutcome(fa, p.network);
  const id = newId('rc');
  let transactionId: string | null = null;
  if (outcome.status === 'succeeded') {
    const flow: Flow = { id, type: 'received_credit', financialAccountId: fa.id, currency: p.currency };
    transactionId = await openTransaction(cmd, flow, { amount: p.amount, description: describeFlow('received_credit', p.description), status: 'posted' });
    await addEntry(cmd, flow, transactionId, 'received_credit', impact(p.amount, 0, 0));
  }
  const row: ReceivedCreditRow = {
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
    creditReversalId: null,
    issuingAuthorization: null,
    issuingTransaction: null,
    sourceFlow: p.sourceFlow?.id ?? null,
    sourceFlowType: p.sourceFlow?.type ?? null,
    transactionId,
  };
  const object = await saveReceivedCredit(cmd, row);
  await emitEvent(cmd, 'treasury.received_credit.created', object);
  await emitEvent(cmd, `treasury.received_credit.${outcome.status}`, object);
  return object;
}

/** Test helpers that create received flows work only with test-mode FinancialAccounts. */
export function assertTestModeAccount(caller: Caller, what: string) {
  if (caller.scope.livemode)
    throw new StripeError('livemode_mismatch', `Test helpers can only create ${what} on test mode FinancialAccounts.`, ['financialAccount']);
}

export interface CreateReceivedCreditInput {
  amount: number;
  currency: string;
  financialAccount: string;
  network: TestHelperCreditNetwork;
  description?: string | null;
  initiatingPaymentMethodDetails?: InitiatingDetailsInput | null;
  idempotencyKey?: string | null;
}

/** Test helper: a third party sends money to a test-mode FinancialAccount. */
export function createReceivedCredit(caller: Caller, input: CreateReceivedCreditInput) {
  const { idempotencyKey, ...params } = input;
  // 1. shape
  assertAmount(input.amount);
  if (!(TEST_HELPER_CREDIT_NETWORKS as readonly string[]).includes(input.network))
    throw parameterInvalid(['network'], `Invalid network: ${String(input.network)}; expected one of ${TEST_HELPER_CREDIT_NETWORKS.join(', ')}.`);
  assertLength(input.description, 5000, ['description']);
  const initiating = bankInitiatingDetails(input.initiatingPaymentMethodDetails, input.network);
  if (!hasPrefix(input.financialAccount, 'fa')) throw resourceMissing('financial account', input.financialAccount, ['financialAccount']);
  assertTestModeAccount(caller, 'ReceivedCredits');
  // 2. idempotency (runCommand) → 3. existence → the outcome (a failed credit is still created)
  return runCommand(caller.db, caller.scope, { operation: 'testHelpersCreateTreasuryReceivedCredit', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const fa = await lockFinancialAccount(cmd.tx, cmd.scope, input.financialAccount);
    if (!fa) throw resourceMissing('financial account', input.financialAccount, ['financialAccount']);
    return receiveCredit(cmd, fa, {
      amount: input.amount,
      currency: input.currency,
      network: input.network,
      description: input.description ?? TEST_DESCRIPTION,
      initiatingPaymentMethodDetails: initiating,
    });
  });
}
