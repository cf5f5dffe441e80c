import { defineMachine } from '../../kernel/machine.js';

/**
 * CreditReversal lifecycle: processing → posted. Stripe's `canceled` is "currently not supported",
 * so nothing leads to it. Stripe has no endpoint or test helper that posts a reversal; fingraph posts
 * it within the request that creates it (README: Stripe behaviour decisions).
 */
export const creditReversalMachine = defineMachine<'processing' | 'posted', 'post'>({
  name: 'CreditReversal',
  initial: 'processing',
  states: ['processing', 'posted'],
  transitions: {
    post: { from: ['processing'], to: 'posted', refusal: (s) => `The CreditReversal must be processing to be posted; it is ${s}.` },
  },
});
