import { builder } from '../graphql/builder.js';
import { typeRef } from '../graphql/type-refs.js';
import { typeNameOf } from '../layer/naming.js';

/** The Treasury flows a Transaction can point at (Stripe's flow / flow_details), by flow_type. */
export const FLOW_OBJECTS: Record<string, string> = {
  outbound_transfer: 'treasury.outbound_transfer',
  inbound_transfer: 'treasury.inbound_transfer',
  outbound_payment: 'treasury.outbound_payment',
  received_credit: 'treasury.received_credit',
  received_debit: 'treasury.received_debit',
  credit_reversal: 'treasury.credit_reversal',
  debit_reversal: 'treasury.debit_reversal',
};

export const FlowUnion = builder.unionType('TreasuryFlow', {
  types: Object.values(FLOW_OBJECTS).map((o) => typeRef(typeNameOf(o))),
  resolveType: (o) => typeNameOf(String((o as { object?: string }).object)),
});
