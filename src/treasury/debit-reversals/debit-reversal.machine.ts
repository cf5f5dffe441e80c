import { defineMachine } from '../../kernel/machine.js';
import { DEBIT_REVERSAL_STATUSES, type DebitReversalStatus } from './debit-reversal.table.js';

/**
 * DebitReversal lifecycle: processing → succeeded (resolution won: a crediting Transaction) | failed
 * (resolution lost: no Transaction). Stripe has no endpoint or test helper that resolves one;
 * fingraph resolves it within the request that creates it (README: Stripe behaviour decisions).
 */
export const debitReversalMachine = defineMachine<DebitReversalStatus, 'win' | 'lose'>({
  name: 'DebitReversal',
  initial: 'processing',
  states: DEBIT_REVERSAL_STATUSES,
  transitions: {
    win: { from: ['processing'], to: 'succeeded', refusal: (s) => `The DebitReversal has already been resolved; it is ${s}.` },
    lose: { from: ['processing'], to: 'failed', refusal: (s) => `The DebitReversal has already been resolved; it is ${s}.` },
  },
});
