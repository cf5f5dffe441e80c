import { StripeError } from '../../kernel/errors.js';
import { accountTime } from '../received-credits/received.rules.js';
import { submissionTime, type Network } from './arrival.js';

/**
 * An outbound flow is handed to its network at its submission cutoff (src/treasury/shared/arrival.ts;
 * docs/decisions/treasury.md). From then on it is no longer `cancelable` and a cancel is refused.
 * Times are the account's: its test clock's frozen time when it has one, else real time.
 */
interface OutboundFlow {
  status: string;
  network: Network;
  /** Unix seconds. */
  created: number;
  /** The test clock's frozen time, read with the row (table `extras`), or null: real time. */
  account_time?: number | null;
}

/** Submitted once the account's time is past the cutoff (a step scheduled at the cutoff itself still runs before it). */
export const isSubmitted = (flow: OutboundFlow, now: Date) => now.getTime() > submissionTime(flow.network, new Date(flow.created * 1000)).getTime();

/** Stripe's `cancelable`: processing and not yet submitted to the network. */
export const isCancelable = (flow: OutboundFlow) => flow.status === 'processing' && !isSubmitted(flow, accountTime(flow));

/** Refuses a cancel once the flow has been submitted (Stripe's `not_cancelable`). */
export function assertNotSubmitted(kind: 'OutboundTransfer' | 'OutboundPayment', flow: OutboundFlow & { id: string }, now: Date) {
  if (isSubmitted(flow, now))
    throw new StripeError('not_cancelable', `The ${kind} ${flow.id} has already been submitted to the ${flow.network} network and can no longer be canceled.`);
}
