import { defineMachine } from '../../kernel/machine.js';
import { INBOUND_TRANSFER_STATUSES, type InboundTransferStatus } from './inbound-transfer.table.js';

/**
 * InboundTransfer lifecycle (Stripe's guides): processing → succeeded | failed | canceled, all
 * terminal. A return is not a status: it marks a succeeded transfer `returned` (the service refuses
 * a second return), so `return` stays in succeeded.
 */
export const inboundTransferMachine = defineMachine<InboundTransferStatus, 'cancel' | 'succeed' | 'fail' | 'return'>({
  name: 'InboundTransfer',
  initial: 'processing',
  states: INBOUND_TRANSFER_STATUSES,
  transitions: {
    cancel: {
      from: ['processing'],
      to: 'canceled',
      refusal: (s) => (s === 'canceled' ? 'This InboundTransfer has already been canceled.' : `This InboundTransfer cannot be canceled because it has status ${s}; only processing transfers can be canceled.`),
    },
    succeed: {
      from: ['processing'],
      to: 'succeeded',
      refusal: (s) => (s === 'succeeded' ? 'This InboundTransfer has already succeeded.' : `The InboundTransfer must already be in the processing state to succeed; it is ${s}.`),
    },
    fail: {
      from: ['processing'],
      to: 'failed',
      refusal: (s) => (s === 'failed' ? 'This InboundTransfer has already failed.' : `The InboundTransfer must already be in the processing state to be failed; it is ${s}.`),
    },
    return: { from: ['succeeded'], to: 'succeeded', refusal: (s) => `The InboundTransfer must already be in the succeeded state to be returned; it is ${s}.` },
  },
});
