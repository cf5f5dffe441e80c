import { builder } from '../graphql/builder.js';
import { CreditReversalRef, DebitReversalRef, InboundTransferRef, OutboundPaymentRef, OutboundTransferRef, ReceivedCreditRef, ReceivedDebitRef } from './refs.js';

/** Every Treasury flow a Transaction can point at (Stripe's flow / flow_details). */
export const FlowUnion = builder.unionType('TreasuryFlow', {
  types: [OutboundTransferRef, InboundTransferRef, OutboundPaymentRef, ReceivedCreditRef, ReceivedDebitRef, CreditReversalRef, DebitReversalRef],
  resolveType: (o) => {
    switch ((o as { object?: string }).object) {
      case 'treasury.outbound_transfer':
        return OutboundTransferRef;
      case 'treasury.inbound_transfer':
        return InboundTransferRef;
      case 'treasury.outbound_payment':
        return OutboundPaymentRef;
      case 'treasury.received_credit':
        return ReceivedCreditRef;
      case 'treasury.received_debit':
        return ReceivedDebitRef;
      case 'treasury.credit_reversal':
        return CreditReversalRef;
      case 'treasury.debit_reversal':
        return DebitReversalRef;
      default:
        throw new Error(`unknown flow ${(o as { object?: string }).object}`);
    }
  },
});
