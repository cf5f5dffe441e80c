import { invalidState, StripeError } from '../../kernel/errors.js';
import type { ActionContext, TransitionDecl } from '../../layer/resource.js';
import type { StoredRecord } from '../../layer/storage.js';
import { assertNotSubmitted } from './submission.js';
import { trackingDetailsOf } from './tracking.js';

export type OutboundNetwork = 'ach' | 'us_domestic_wire' | 'stripe';

/** A flow's network: another FinancialAccount of the owner is reached over `stripe`; a bank account over ACH unless asked otherwise. */
export const outboundNetworkOf = (input: Record<string, any>): OutboundNetwork =>
  input.destination_payment_method_data?.type === 'financial_account'
    ? 'stripe'
    : (input.destination_payment_method_options?.us_bank_account?.network ?? 'ach');

/** A wire needs a complete billing address (Stripe's guides). */
export const isCompleteAddress = (
  a: { line1?: string | null; city?: string | null; postal_code?: string | null; country?: string | null } | null | undefined,
) => !!(a?.line1 && a.city && a.postal_code && a.country);

/** What an OutboundTransfer and an OutboundPayment share: the fields their common actions read and write. */
type OutboundFlowRecord = StoredRecord & {
  status: string;
  network: string;
  expected_arrival_date: number;
  tracking_details: unknown;
  cancelable: boolean;
  status_transitions: object;
};

/**
 * The actions OutboundTransfers and OutboundPayments share, as Stripe's guides give them for both:
 * cancel (before submission), the test helpers post / fail / return / update (tracking), and the
 * test-mode arrival delay. `flow` is `transfer` or `payment`; the ledger entry types, event names
 * and messages follow from it.
 */
export function outboundFlowActions<R extends OutboundFlowRecord>(flow: 'transfer' | 'payment'): Record<string, TransitionDecl<R>> {
  const Object_ = flow === 'transfer' ? 'OutboundTransfer' : 'OutboundPayment';
  const kind = `outbound_${flow}`;
  const event = (name: string) => `treasury.${kind}.${name}`;
  type Ctx = ActionContext<R>;
  // Holding the amount: cash → outbound_pending until the flow posts, fails or is canceled.
  const release = (entry: string) => [{ entry, cash: 1, outbound_pending: -1 }, { settle: 'void' as const }];
  return {
    cancel: {
      endpoint: 'cancel',
      from: ['processing'],
      to: 'canceled',
      refusal: (s) => `This ${Object_} cannot be canceled because it has status ${s}; only processing ${flow}s that have not been submitted can be canceled.`,
      guard: ({ cmd, record }: Ctx) => assertNotSubmitted(Object_, record as never, cmd.now),
      stamp: 'status_transitions.canceled_at',
      postings: release(`${kind}_cancellation`),
      event: event('canceled'),
    },
    post: {
      endpoint: 'post',
      testHelper: true,
      from: ['processing'],
      to: 'posted',
      refusal: (s) =>
        s === 'posted' ? `This ${Object_} has already been posted.` : `The ${Object_} must already be in the processing state to be posted; it is ${s}.`,
      stamp: 'status_transitions.posted_at',
      // Posting clears the held amount from outbound_pending: the money has left.
      postings: [{ entry: `${kind}_posting`, outbound_pending: -1 }, { settle: 'posted' }],
      event: event('posted'),
    },
    fail: {
      endpoint: 'fail',
      testHelper: true,
      from: ['processing'],
      to: 'failed',
      refusal: (s) => `The ${Object_} must already be in the processing state to be failed; it is ${s}.`,
      stamp: 'status_transitions.failed_at',
      postings: release(`${kind}_failure`),
      event: event('failed'),
    },
    return: {
      endpoint: 'return',
      testHelper: true,
      through: { processing: 'post' },
      from: ['posted'],
      to: 'returned',
      refusal: (s) =>
        s === 'returned' ? `This ${Object_} has already been returned.` : `The ${Object_} must be processing or posted to be returned; it is ${s}.`,
      guard({ record }: Ctx) {
        if (record.network === 'stripe')
          throw invalidState(
            `An ${Object_} to a FinancialAccount is not returned by a bank; the receiver reverses its ReceivedCredit with a CreditReversal instead.`,
          );
      },
      stamp: 'status_transitions.returned_at',
      apply: ({ input }: Ctx) => ({ returned_details: { code: input.returned_details?.code ?? 'declined', transaction: '' } }) as unknown as Partial<R>,
      // The funds come back to cash through a new posted Transaction (returned_details.transaction).
      postings: [
        { open: 'returned_details.transaction', sign: 1, status: 'posted', description: `Outbound ${flow} return` },
        { entry: `${kind}_return`, on: 'returned_details.transaction', cash: 1 },
      ],
      event: event('returned'),
    },
    tracking: {
      endpoint: 'update',
      testHelper: true,
      // Tracking details may be set once, on a flow that is no longer cancelable and neither canceled nor failed.
      from: ['posted', 'returned'],
      refusal: (s) => `Tracking details can only be set on an ${Object_} that is not cancelable and not canceled or failed; it is ${s}.`,
      guard({ record }: Ctx) {
        if (record.tracking_details)
          throw new StripeError('tracking_details_already_set', `Tracking details have already been set for this ${Object_}.`, ['tracking_details']);
      },
      apply: ({ input, record }: Ctx) => ({ tracking_details: trackingDetailsOf(input.tracking_details, record.network as never) }) as unknown as Partial<R>,
      event: event('tracking_details_updated'),
    },
    /** Test mode (`…_expectedArrivalDateUpdated`): the bank reports the flow one day later than expected. */
    delay_arrival: {
      from: ['processing'],
      refusal: (s) => `Only a processing ${Object_} can have its expected arrival date updated; it is ${s}.`,
      apply: ({ record }: Ctx) => ({ expected_arrival_date: record.expected_arrival_date + 86_400 }) as Partial<R>,
      event: event('expected_arrival_date_updated'),
    },
  };
}
