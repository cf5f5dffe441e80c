import type Stripe from 'stripe';
import { parameterInvalid, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type Resource } from '../../layer/resource.js';
import { customersResource } from '../customers/customer.resource.js';
import { setupIntents, setupIntentServe } from './setup-intent.table.js';

/**
 * A minimal SetupIntent: saving a card presented to a Terminal reader (`process_setup_intent`), with
 * Stripe's statuses and events. Confirmation outside a reader, mandates and next actions are not
 * modelled (docs/decisions/terminal.md).
 */
export type SetupIntentRecord = Pick<
  Stripe.SetupIntent,
  | 'id'
  | 'object'
  | 'cancellation_reason'
  | 'created'
  | 'description'
  | 'last_setup_error'
  | 'livemode'
  | 'metadata'
  | 'payment_method_types'
  | 'allowed_payment_method_types'
  | 'status'
  | 'usage'
> & { customer: string | null; payment_method: string | null };

const PAYABLE = ['card', 'card_present'];
const OPEN = ['requires_payment_method', 'requires_confirmation'];

export const setupIntentsResource: Resource<SetupIntentRecord> = defineResource<SetupIntentRecord>({
  object: 'setup_intent',
  table: setupIntents,
  serve: setupIntentServe,
  refs: { payment_method: 'payment_method', customer: 'customer' },
  initial: 'requires_payment_method',
  create: {
    validate(input) {
      for (const [i, t] of ((input.allowed_payment_method_types as string[] | undefined) ?? []).entries())
        if (!PAYABLE.includes(t))
          throw parameterInvalid(['allowed_payment_method_types', String(i)], `Payment method type ${t} is not served here: card or card_present.`);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input }) {
      if (input.customer != null && !(hasPrefix(input.customer, 'cus') && (await customersResource.records(cmd.tx, cmd.scope, [input.customer])).size))
        throw resourceMissing('customer', input.customer, ['customer']);
      return {
        cancellation_reason: null,
        customer: input.customer ?? null,
        description: input.description ?? null,
        last_setup_error: null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        payment_method: null,
        allowed_payment_method_types: input.allowed_payment_method_types ?? ['card'],
        payment_method_types: input.allowed_payment_method_types ?? ['card'],
        usage: input.usage ?? 'off_session',
      };
    },
  },
  actions: {
    cancel: {
      endpoint: 'cancel',
      from: ['requires_payment_method', 'requires_confirmation', 'requires_action'],
      to: 'canceled',
      refusal: (s) => `You cannot cancel this SetupIntent because it has a status of ${s}.`,
      apply: ({ input }) => ({ cancellation_reason: input.cancellation_reason ?? null }),
      event: 'setup_intent.canceled',
    },
    /** A card was presented and saved (internal: a reader's process_setup_intent). */
    succeed: {
      from: OPEN,
      to: 'succeeded',
      apply: ({ input }) => ({ payment_method: input.payment_method, last_setup_error: null }),
      event: 'setup_intent.succeeded',
    },
    /** The presented card was declined (internal). */
    fail: {
      from: OPEN,
      to: 'requires_payment_method',
      apply: ({ input }) => ({ payment_method: null, last_setup_error: input.last_setup_error ?? null }),
      event: 'setup_intent.setup_failed',
    },
  },
  list: {},
  unsupported: {
    update: 'A SetupIntent is completed by a Terminal reader here; it is not changed otherwise.',
    confirm: 'SetupIntents are confirmed by a Terminal reader (process_setup_intent).',
    verifyMicrodeposits: 'Bank debits are not modelled for SetupIntents.',
  },
  examples: {
    create: () => ({
      allowed_payment_method_types: ['card_present'],
      usage: 'off_session',
      description: 'Save card at the counter',
      metadata: { customer_ref: '42' },
    }),
    params: { succeed: () => ({ payment_method: 'pm_card_visa' }), fail: () => ({}) },
    unreachable: {
      requires_confirmation: 'Confirmation happens on the reader; no action leaves a SetupIntent waiting for it.',
      requires_action: 'No customer action (3D Secure, mandates) is modelled.',
      processing: 'Cards set up at once here.',
    },
  },
});
