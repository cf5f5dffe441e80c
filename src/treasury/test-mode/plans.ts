import type { ScheduledStep } from '../../layer/resource.js';
import type { PaymentMethodRecord } from '../../payments/payment-methods/payment-method.resource.js';
import { achReturnTime, expectedArrivalDate, inboundTransferArrival, submissionTime, type Network } from '../shared/arrival.js';
import { inboundOutcome, outboundOutcome } from './magic.js';

/**
 * What a magic test PaymentMethod or account number makes a flow do next (test mode), as steps the
 * action path schedules: timed by the banking timetable from `now` (used under a test clock), with
 * `phase` choosing the real-time delay otherwise (src/layer/schedule.ts).
 */

interface OutboundFlow {
  network: Network | 'stripe';
  /** Unix seconds. */
  expected_arrival_date: number;
}

/** The steps an outbound flow's magic destination implies. */
export function outboundPlan(flow: OutboundFlow, pm: PaymentMethodRecord | null | undefined, now: Date): ScheduledStep[] {
  if (!pm) return [];
  const outcome = outboundOutcome(pm);
  if (!outcome || flow.network === 'stripe') return [];
  const network = flow.network;
  const submitted = submissionTime(network, now);
  const arrival = new Date(flow.expected_arrival_date * 1000);
  const afterArrival = (at: Date) => new Date(expectedArrivalDate('ach', at) * 1000);
  switch (outcome.kind) {
    case 'processing':
      return [];
    case 'posted':
      return [{ action: 'post', at: arrival, phase: 'first' }];
    case 'canceled':
      return [{ action: 'cancel', at: submitted, phase: 'first' }];
    case 'failed':
      return [{ action: 'fail', at: submitted, phase: 'first' }];
    case 'expected_arrival_date_updated': {
      const later = new Date(arrival.getTime() + 86_400_000);
      return [
        { action: 'delay_arrival', at: submitted, phase: 'first' },
        { action: 'post', at: later, phase: 'second' },
      ];
    }
    case 'returned':
      return [
        { action: 'post', at: arrival, phase: 'first' },
        { action: 'return', params: { returned_details: { code: outcome.code } }, at: afterArrival(arrival), phase: 'second' },
      ];
  }
}

/** The steps an InboundTransfer from a magic PaymentMethod implies. */
export function inboundPlan(pm: PaymentMethodRecord | null | undefined, now: Date): ScheduledStep[] {
  if (!pm) return [];
  const outcome = inboundOutcome(pm);
  if (!outcome) return [];
  const arrival = inboundTransferArrival(now);
  switch (outcome.kind) {
    case 'processing':
      return [];
    case 'succeeded':
      return [{ action: 'succeed', at: arrival, phase: 'first' }];
    case 'failed':
      return [{ action: 'fail', params: { failure_details: { code: outcome.code } }, at: achReturnTime(now, 2), phase: 'first' }];
    case 'dispute':
      return [
        { action: 'succeed', at: arrival, phase: 'first' },
        { action: 'return', at: achReturnTime(arrival, 1), phase: 'second' },
      ];
  }
}
