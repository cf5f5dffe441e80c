import type { CommandContext } from '../kernel/command.js';
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
  for (const p of postings) {
    if ('open' in p) {
      const id = await openTransaction(cmd, flow, {
        amount: p.sign * (p.amount ?? subject.amount),
        description: p.description ?? describeFlow(subject.flowType, subject.description),
        status: p.status ?? 'open',
      });
      subject.write(p.open, id);
    } else if ('entry' in p) {
      const amount = p.amount ?? subject.amount;
      const delta = impact((p.cash ?? 0) * amount, (p.inbound_pending ?? 0) * amount, (p.outbound_pending ?? 0) * amount);
      await addEntry(cmd, flow, transactionAt(p.on), p.entry, delta, { allowNegative: p.allowNegative });
    } else {
      await settleTransaction(cmd, transactionAt(p.on), p.settle);
    }
  }
}
