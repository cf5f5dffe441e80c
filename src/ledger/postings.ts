import type { CommandContext } from '../kernel/command.js';
import { newId } from '../kernel/ids.js';
import { addEntry, describeFlow, impact, openTransaction, settleTransaction, type Flow } from './ledger.js';
import type { Posting } from '../layer/posting.js';
import type { FlowType } from './ledger.table.js';

/** Ledger postings as data (the declaration's vocabulary is the layer's: src/layer/posting.ts), executed here. */
export type { Posting };

/** The flow the postings belong to, and how to read and write the flow's fields. */
export interface PostingSubject {
  id: string;
  flowType: FlowType;
  financialAccount: string;
  currency: string;
  amount: number;
  description?: string | null;
  read(path: string): unknown;
  write(path: string, value: unknown): void;
}

export async function applyPostings(cmd: CommandContext, subject: PostingSubject, postings: readonly Posting[]): Promise<void> {
  const flow: Flow = { id: subject.id, type: subject.flowType, financialAccountId: subject.financialAccount, currency: subject.currency };
  const transactionAt = (path = 'transaction') => {
    const id = subject.read(path);
    if (typeof id !== 'string') throw new Error(`ledger: ${subject.id} has no transaction at '${path}'`);
    return id;
  };
  // An entry right after the open of its Transaction, or right before its settle, goes out in the
  // same statement as that write (the ledger's addEntry): one statement fewer per flow step.
  const sameTransaction = (entry: Posting | undefined, path: string): entry is Extract<Posting, { entry: unknown }> =>
    !!entry && 'entry' in entry && (entry.on ?? 'transaction') === path;
  const deltaOf = (p: Extract<Posting, { entry: unknown }>) => {
    const amount = p.amount ?? subject.amount;
    return impact((p.cash ?? 0) * amount, (p.inbound_pending ?? 0) * amount, (p.outbound_pending ?? 0) * amount);
  };
  for (let i = 0; i < postings.length; i++) {
    const p = postings[i]!;
    if ('open' in p) {
      const open = {
        id: newId('trxn'),
        amount: p.sign * (p.amount ?? subject.amount),
        description: p.description ?? describeFlow(subject.flowType, subject.description),
        status: p.status ?? 'open',
      };
      subject.write(p.open, open.id);
      const next = postings[i + 1];
      if (sameTransaction(next, p.open)) {
        await addEntry(cmd, flow, open.id, next.entry, deltaOf(next), { allowNegative: next.allowNegative, open });
        i++;
      } else await openTransaction(cmd, flow, open);
    } else if ('entry' in p) {
      const next = postings[i + 1];
      const path = p.on ?? 'transaction';
      const settle = next && 'settle' in next && (next.on ?? 'transaction') === path ? next.settle : undefined;
      await addEntry(cmd, flow, transactionAt(p.on), p.entry, deltaOf(p), { allowNegative: p.allowNegative, settle });
      if (settle) i++;
    } else {
      await settleTransaction(cmd, transactionAt(p.on), p.settle);
    }
  }
}
