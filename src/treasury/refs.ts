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
export type StripeReceivedCredit = Stripe.Treasury.ReceivedCredit;
export type StripeReceivedDebit = Stripe.Treasury.ReceivedDebit;
export type StripeCreditReversal = Stripe.Treasury.CreditReversal;
export type StripeDebitReversal = Stripe.Treasury.DebitReversal;

export const TransactionRef = typeRef<StripeTransaction>('TreasuryTransaction');
export const TransactionEntryRef = typeRef<StripeTransactionEntry>('TreasuryTransactionEntry');
export const OutboundTransferRef = typeRef<StripeOutboundTransfer>('TreasuryOutboundTransfer');
export const OutboundPaymentRef = typeRef<StripeOutboundPayment>('TreasuryOutboundPayment');
export const InboundTransferRef = typeRef<StripeInboundTransfer>('TreasuryInboundTransfer');
export const ReceivedCreditRef = typeRef<StripeReceivedCredit>('TreasuryReceivedCredit');
export const ReceivedDebitRef = typeRef<StripeReceivedDebit>('TreasuryReceivedDebit');
export const CreditReversalRef = typeRef<StripeCreditReversal>('TreasuryCreditReversal');
export const DebitReversalRef = typeRef<StripeDebitReversal>('TreasuryDebitReversal');

/** Typenames of flows by Stripe flow_type; flow schemas register themselves here. */
export const FLOW_TYPENAMES: Record<string, string> = {
  outbound_transfer: 'TreasuryOutboundTransfer',
  outbound_payment: 'TreasuryOutboundPayment',
  inbound_transfer: 'TreasuryInboundTransfer',
  received_credit: 'TreasuryReceivedCredit',
  received_debit: 'TreasuryReceivedDebit',
  credit_reversal: 'TreasuryCreditReversal',
  debit_reversal: 'TreasuryDebitReversal',
};
