import { insertRow, updateRow } from '../../db/sql.js';
import { emitEvent } from '../../events/event.writer.js';
import { publishObject } from '../../events/pubsub.js';
import { addEntry, describeFlow, impact, openTransaction, settleTransaction, type Flow } from '../../ledger/ledger.js';
import { runCommand, type CommandContext } from '../../kernel/command.js';
import { previousAttributes } from '../../kernel/diff.js';
import { resourceMissing } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { validateMetadata, type Metadata } from '../../kernel/metadata.js';
import { lockFinancialAccount, type FinancialAccountRow } from '../financial-accounts/financial-account.repository.js';
import { financialAccountInitiatingDetails, type InitiatingDetails } from '../received-credits/initiating-details.js';
import { assertReversible, type ReversalDetails } from '../received-credits/received-credit.machine.js';
import { lockReceivedCredit, receivedCreditToStripe, type ReceivedCreditRow } from '../received-credits/received-credit.repository.js';
import { receiveCredit, saveReceivedCredit } from '../received-credits/received-credit.service.js';
import type { StripeCreditReversal } from '../refs.js';
import type { Caller } from '../shared/flow-command.js';
import { assertCanMoveMoney } from '../shared/flow-rules.js';
import { creditReversalMachine } from './credit-reversal.machine.js';
import { creditReversalToStripe, type CreditReversalRow } from './credit-reversal.repository.js';
import { treasuryCreditReversals } from './credit-reversal.table.js';

export const CREDIT_REVERSAL = 'TreasuryCreditReversal';

const flowOf = (row: Pick<CreditReversalRow, 'id' | 'financialAccountId' | 'currency'>): Flow => ({
  id: row.id,
  type: 'credit_reversal',
  financialAccountId: row.financialAccountId,
  currency: row.currency,
});

async function save(cmd: CommandContext, before: CreditReversalRow | null, changes: Partial<CreditReversalRow>, eventType: string, row?: CreditReversalRow) {
  let after: CreditReversalRow;
  if (before) {
    after = await updateRow(cmd.tx, treasuryCreditReversals, before.id, changes);
  } else {
    after = row!;
    await insertRow(cmd.tx, treasuryCreditReversals, after);
  }
  const object = creditReversalToStripe(after);
  await emitEvent(cmd, eventType, object, before ? previousAttributes(creditReversalToStripe(before), object) : undefined);
  await publishObject(cmd, CREDIT_REVERSAL, object);
  return { row: after, object };
}

/**
 * The FinancialAccount that sent a `stripe` network credit from an OutboundPayment: a reversal
 * sends the money back to it as a ReceivedCredit (source_flow_type credit_reversal).
 */
function senderOf(rc: ReceivedCreditRow): string | null {
  const details = rc.initiatingDetails as unknown as InitiatingDetails;
  if (rc.network !== 'stripe' || rc.sourceFlowType !== 'outbound_payment' || details.type !== 'financial_account') return null;
  return details.financial_account?.id ?? null;
}

/**
 * Opens a CreditReversal of `rc` inside the caller's command: the funds are held (one `credit_reversal`
 * entry: cash −amount, outbound_pending +amount, on an open Transaction), the ReceivedCredit is linked
 * (linked_flows.credit_reversal, reversal_details.restricted_reason already_reversed), and
 * `treasury.credit_reversal.created` is emitted. The caller holds the locks of `rc` and `fa` and has
 * checked eligibility. Throws insufficient_funds when cash is short.
 */
export async function openCreditReversal(cmd: CommandContext, rc: ReceivedCreditRow, fa: FinancialAccountRow, metadata: Metadata) {
  const id = newId('credrev');
  const flow = flowOf({ id, financialAccountId: fa.id, currency: rc.currency });
  const transactionId = await openTransaction(cmd, flow, { amount: -rc.amount, description: describeFlow('credit_reversal') });
  await addEntry(cmd, flow, transactionId, 'credit_reversal', impact(-rc.amount, 0, rc.amount));
  const row: CreditReversalRow = {
    id,
    accountId: cmd.scope.accountId,
    livemode: cmd.scope.livemode,
    created: cmd.now,
    financialAccountId: fa.id,
    amount: rc.amount,
    currency: rc.currency,
    network: rc.network === 'stripe' ? 'stripe' : 'ach',
    receivedCreditId: rc.id,
    status: 'processing',
    postedAt: null,
    transactionId,
    metadata,
  };
  const created = await save(cmd, null, {}, 'treasury.credit_reversal.created', row);
  await saveReceivedCredit(cmd, rc, { creditReversalId: id });
  return created.row;
}

/**
 * Posts a processing CreditReversal: the held amount leaves (`credit_reversal_posting`:
 * outbound_pending −amount), the Transaction posts, `treasury.credit_reversal.posted` is emitted.
 * For a `stripe` network credit from an OutboundPayment, the money arrives back on the sending
 * FinancialAccount (`sender`, locked by the caller) as a ReceivedCredit.
 */
export async function postCreditReversal(cmd: CommandContext, row: CreditReversalRow, sender: FinancialAccountRow | null): Promise<StripeCreditReversal> {
  creditReversalMachine.next(row.status as 'processing' | 'posted', 'post');
  await addEntry(cmd, flowOf(row), row.transactionId, 'credit_reversal_posting', impact(0, 0, -row.amount));
  await settleTransaction(cmd, row.transactionId, 'posted');
  const posted = await save(cmd, row, { status: 'posted', postedAt: cmd.now }, 'treasury.credit_reversal.posted');
  if (sender)
    await receiveCredit(cmd, sender, {
      amount: row.amount,
      currency: row.currency,
      network: 'stripe',
      description: 'Credit reversal',
      initiatingPaymentMethodDetails: financialAccountInitiatingDetails(row.financialAccountId),
      sourceFlow: { id: row.id, type: 'credit_reversal' },
    });
  return posted.object;
}

export interface CreateCreditReversalInput {
  receivedCredit: string;
  metadata?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
}

/**
 * Reverses a ReceivedCredit, where its reversal_details allow it, once. Checks: shape →
 * idempotency → the ReceivedCredit exists → it is reversible → its FinancialAccount can send money →
 * cash covers the amount. Locks the ReceivedCredit, then the FinancialAccounts in id order (the
 * receiving one and, for an intra-Stripe credit, the sender), as OutboundPayments do.
 */
export function createCreditReversal(caller: Caller, input: CreateCreditReversalInput) {
  const { idempotencyKey, ...params } = input;
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : {};
  if (!hasPrefix(input.receivedCredit, 'rc')) throw resourceMissing('received credit', input.receivedCredit, ['receivedCredit']);
  return runCommand(caller.db, caller.scope, { operation: 'createTreasuryCreditReversal', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const rc = await lockReceivedCredit(cmd.tx, cmd.scope, input.receivedCredit);
    if (!rc) throw resourceMissing('received credit', input.receivedCredit, ['receivedCredit']);
    assertReversible('ReceivedCredit', { id: rc.id, network: rc.network, details: receivedCreditToStripe(rc, cmd.now).reversal_details as ReversalDetails | null }, ['receivedCredit']);
    const senderId = senderOf(rc);
    const locked = new Map<string, FinancialAccountRow | null>();
    for (const id of [...new Set([rc.financialAccountId, senderId ?? rc.financialAccountId])].sort()) locked.set(id, await lockFinancialAccount(cmd.tx, cmd.scope, id));
    const fa = locked.get(rc.financialAccountId);
    if (!fa) throw new Error(`received credit ${rc.id} points at a missing financial account`);
    assertCanMoveMoney(fa, null, 'outbound', rc.currency);
    const row = await openCreditReversal(cmd, rc, fa, metadata);
    return postCreditReversal(cmd, row, senderId && senderId !== fa.id ? (locked.get(senderId) ?? null) : null);
  });
}
