import { defineMachine } from '../../kernel/machine.js';
import { OUTBOUND_PAYMENT_STATUSES, type OutboundPaymentStatus } from './outbound-payment.table.js';

/**
 * OutboundPayment lifecycle (Stripe's guides): processing → posted | canceled | failed; posted →
 * returned. Return is also accepted from processing, as the API reference states ("must already be
 * in the processing state"); the payment then passes through posted (postedAt and returnedAt are
 * both set). Same rules as OutboundTransfer.
 */
export const outboundPaymentMachine = defineMachine<OutboundPaymentStatus, 'cancel' | 'post' | 'fail' | 'return'>({
  name: 'OutboundPayment',
  initial: 'processing',
  states: OUTBOUND_PAYMENT_STATUSES,
  transitions: {
    cancel: { from: ['processing'], to: 'canceled', refusal: (s) => `This OutboundPayment cannot be canceled because it has status ${s}; only processing payments that have not been submitted can be canceled.` },
    post: {
      from: ['processing'],
      to: 'posted',
      refusal: (s) => (s === 'posted' ? 'This OutboundPayment has already been posted.' : `The OutboundPayment must already be in the processing state to be posted; it is ${s}.`),
    },
    fail: { from: ['processing'], to: 'failed', refusal: (s) => `The OutboundPayment must already be in the processing state to be failed; it is ${s}.` },
    return: {
      from: ['processing', 'posted'],
      to: 'returned',
      refusal: (s) => (s === 'returned' ? 'This OutboundPayment has already been returned.' : `The OutboundPayment must be processing or posted to be returned; it is ${s}.`),
    },
  },
});
