import type Stripe from 'stripe';

/**
 * Ledger postings as a resource declares them; the ledger executes them (src/ledger/postings.ts, the
 * only writer of Transactions, entries and balances). Multipliers apply to the flow's `amount`.
 */
export type Posting =
  /** Opens a Transaction for the flow (sign × amount) and stores its id at the field path `open`. */
  | { open: string; sign: 1 | -1; status?: 'open' | 'posted'; description?: string; amount?: number }
  /**
   * Adds an entry to the Transaction at field path `on` (default `transaction`). `amount` (minor units)
   * replaces the flow's amount where an entry moves part of it (an authorization's increment or partial reversal).
   */
  | { entry: EntryType; on?: string; cash?: number; inbound_pending?: number; outbound_pending?: number; allowNegative?: boolean; amount?: number }
  /** Settles the Transaction at field path `on` (default `transaction`). */
  | { settle: 'posted' | 'void'; on?: string };

/** Stripe's TransactionEntry types (the SDK's, as the spec gives them). */
type EntryType = Stripe.Treasury.TransactionEntry.Type;
