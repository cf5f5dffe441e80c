import type Stripe from 'stripe';
import { typeRef } from '../graphql/type-refs.js';

/**
 * Object refs of the Treasury types, declared before any is implemented so that types which point
 * at each other (a flow's transaction, a transaction's flow) need no circular imports.
 */
export type StripeTransaction = Omit<Stripe.Treasury.Transaction, 'flow_details' | 'entries'> & { flow_details: null; entries: null };
export type StripeTransactionEntry = Omit<Stripe.Treasury.TransactionEntry, 'flow_details'> & { flow_details: null };
export type StripeOutboundTransfer = Stripe.Treasury.OutboundTransfer;
export type StripeOutboundPayment = Stripe.Treasury.OutboundPayment;
export type StripeInboundTransfer = Stripe.Treasury.InboundTransfer;
export type StripeReceivedDebit = Stripe.Treasury.ReceivedDebit;

export const TransactionRef = typeRef<StripeTransaction>('TreasuryTransaction');
export const TransactionEntryRef = typeRef<StripeTransactionEntry>('TreasuryTransactionEntry');
export const OutboundTransferRef = typeRef<StripeOutboundTransfer>('TreasuryOutboundTransfer');
export const OutboundPaymentRef = typeRef<StripeOutboundPayment>('TreasuryOutboundPayment');
export const InboundTransferRef = typeRef<StripeInboundTransfer>('TreasuryInboundTransfer');
export const ReceivedDebitRef = typeRef<StripeReceivedDebit>('TreasuryReceivedDebit');

