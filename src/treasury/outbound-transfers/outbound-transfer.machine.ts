import { defineMachine } from '../../kernel/machine.js';
import { OUTBOUND_TRANSFER_STATUSES, type OutboundTransferStatus } from './outbound-transfer.table.js';

/**
 * OutboundTransfer lifecycle (Stripe's guides): processing → posted | canceled | failed; posted →
 * returned. Return is also accepted from processing, as the API reference states; the transfer then
 * passes through posted (postedAt and returnedAt are both set).
 */
export const outboundTransferMachine = defineMachine<OutboundTransferStatus, 'cancel' | 'post' | 'fail' | 'return'>({
  name: 'OutboundTransfer',
  initial: 'processing',
  states: OUTBOUND_TRANSFER_STATUSES,
  transitions: {
    cancel: { from: ['processing'], to: 'canceled', refusal: (s) => `This OutboundTransfer cannot be canceled because it has status ${s}; only processing transfers that have not been submitted can be canceled.` },
    post: {
      from: ['processing'],
      to: 'posted',
      refusal: (s) => (s === 'posted' ? 'This OutboundTransfer has already been posted.' : `The OutboundTransfer must already be in the processing state to be posted; it is ${s}.`),
    },
    fail: { from: ['processing'], to: 'failed', refusal: (s) => `The OutboundTransfer must already be in the processing state to be failed; it is ${s}.` },
    return: {
      from: ['processing', 'posted'],
      to: 'returned',
      refusal: (s) => (s === 'returned' ? 'This OutboundTransfer has already been returned.' : `The OutboundTransfer must be processing or posted to be returned; it is ${s}.`),
    },
  },
});
