import { insertRow, updateRow } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { addEntry, describeFlow, impact, openTransaction, type Flow } from '../../ledger/ledger.js';
import { runCommand, type CommandContext } from '../../kernel/command.js';
import { previousAttributes } from '../../kernel/diff.js';
import { resourceMissing } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { validateMetadata, type Metadata } from '../../kernel/metadata.js';
import { lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import type { InitiatingDetails } from '../received-credits/initiating-details.js';
import { assertReversible, type ReversalDetails } from '../received-credits/received-credit.machine.js';
import { lockReceivedDebit, receivedDebitToStripe, type ReceivedDebitRow } from '../received-debits/received-debit.repository.js';
import { saveReceivedDebit } from '../received-debits/received-debit.service.js';
import type { StripeDebitReversal } from '../refs.js';
import type { Caller } from '../shared/flow-command.js';
import { assertCanMoveMoney } from '../shared/flow-rules.js';
import { debitReversalMachine } from './debit-reversal.machine.js';
import { debitReversalToStripe, type DebitReversalRow } from './debit-reversal.repository.js';
import { treasuryDebitReversals, type DebitReversalResolution } from './debit-reversal.table.js';

export const DEBIT_REVERSAL = 'TreasuryDebitReversal';

/**
 * Test mode: a reversal of a debit pulled from Stripe's "failing" test bank account (routing
 * 110000000, account …0234, the number Stripe's guides use for a failing payment) is lost; every
 * other reversal is won (README: Stripe behaviour decisions).
 */
export const LOSING_TEST_ACCOUNT = { routingNumber: '110000000', last4: '0234' } as const;

export function testResolution(rd: ReceivedDebitRow): DebitReversalResolution {
  const bank = (rd.initiatingDetails as unknown as InitiatingDetails).us_bank_account;
  return bank?.routing_number === LOSING_TEST_ACCOUNT.routingNumber && bank.last4 === LOSING_TEST_ACCOUNT.last4 ? 'lost' : 'won';
}

const flowOf = (row: Pick<DebitReversalRow, 'id' | 'financialAccountId' | 'currency'>): Flow => ({
  id: row.id,
  type: 'debit_reversal',
  financialAccountId: row.financialAccountId,
  currency: row.currency,
});

async function save(cmd: CommandContext, before: DebitReversalRow | null, changes: Partial<DebitReversalRow>, eventType: string, row?: DebitReversalRow) {
  let after: DebitReversalRow;
  if (before) {
    after = await updateRow(cmd.tx, treasuryDebitReversals, before.id, changes);
  } else {
    after = row!;
    await insertRow(cmd.tx, treasuryDebitReversals, after);
  }
  const object = debitReversalToStripe(after);
  await emitEvent(cmd, eventType, object, before ? previousAttributes(debitReversalToStripe(before), object) : undefined);
  await publishObject(cmd, DEBIT_REVERSAL, object);
  return { row: after, object };
}

/**
 * Opens a processing DebitReversal of `rd` inside the caller's command: no Transaction yet, the
 * ReceivedDebit is linked (linked_flows.debit_reversal, restricted_reason already_reversed), and
 * `treasury.debit_reversal.created` is emitted. The caller holds the locks and checked eligibility.
 */
export async function openDebitReversal(cmd: CommandContext, rd: ReceivedDebitRow, fa: FinancialAccountRow, metadata: Metadata) {
  const row: DebitReversalRow = {
    id: newId('debrev'),
    accountId: cmd.scope.accountId,
    livemode: cmd.scope.livemode,
    created: cmd.now,
    financialAccountId: fa.id,
    amount: rd.amount,
    currency: rd.currency,
    network: rd.network === 'card' ? 'card' : 'ach',
    receivedDebitId: rd.id,
    status: 'processing',
    completedAt: null,
    issuingDispute: null,
    transactionId: null,
    metadata,
  };
  const created = await save(cmd, null, {}, 'treasury.debit_reversal.created', row);
  await saveReceivedDebit(cmd, rd, { debitReversalId: row.id });
  return created.row;
}

/**
 * The network's resolution. Won: the funds come back through a posted Transaction with one
 * `debit_reversal` entry (cash +amount), status succeeded. Lost: status failed, no Transaction.
 * Either way `status_transitions.completed_at` is set and `treasury.debit_reversal.completed` emitted.
 */
export async function resolveDebitReversal(cmd: CommandContext, row: DebitReversalRow, resolution: DebitReversalResolution): Promise<StripeDebitReversal> {
  if (resolution === 'lost') {
    debitReversalMachine.next(row.status, 'lose');
    return (await save(cmd, row, { status: 'failed', completedAt: cmd.now }, 'treasury.debit_reversal.completed')).object;
  }
  debitReversalMachine.next(row.status, 'win');
  const flow = flowOf(row);
  const transactionId = await openTransaction(cmd, flow, { amount: row.amount, description: describeFlow('debit_reversal'), status: 'posted' });
  await addEntry(cmd, flow, transactionId, 'debit_reversal', impact(row.amount, 0, 0));
  return (await save(cmd, row, { status: 'succeeded', completedAt: cmd.now, transactionId }, 'treasury.debit_reversal.completed')).object;
}

export interface CreateDebitReversalInput {
  receivedDebit: string;
  metadata?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

/**
 * Reverses a ReceivedDebit, where its reversal_details allow it, once. Checks: shape → idempotency →
 * the ReceivedDebit exists → it is reversible → its FinancialAccount can receive money. Locks the
 * ReceivedDebit, then its FinancialAccount.
 */
export function createDebitReversal(caller: Caller, input: CreateDebitReversalInput) {
  const { idempotencyKey, ...params } = input;
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : {};
  if (!hasPrefix(input.receivedDebit, 'rd')) throw resourceMissing('received debit', input.receivedDebit, ['receivedDebit']);
  return runCommand(caller.db, caller.scope, { operation: 'createTreasuryDebitReversal', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const rd = await lockReceivedDebit(cmd.tx, cmd.scope, input.receivedDebit);
    if (!rd) throw resourceMissing('received debit', input.receivedDebit, ['receivedDebit']);
    assertReversible('ReceivedDebit', { id: rd.id, network: rd.network, details: receivedDebitToStripe(rd, cmd.now).reversal_details as ReversalDetails | null }, ['receivedDebit']);
    const fa = await lockFinancialAccount(cmd.tx, cmd.scope, rd.financialAccountId);
    if (!fa) throw new Error(`received debit ${rd.id} points at a missing financial account`);
    assertCanMoveMoney(fa, null, 'inbound', rd.currency);
    const row = await openDebitReversal(cmd, rd, fa, metadata);
    return resolveDebitReversal(cmd, row, cmd.scope.livemode ? 'won' : testResolution(rd));
  });
}
