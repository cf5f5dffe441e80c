import type Stripe from 'stripe';
import { parameterInvalid } from '../../kernel/errors.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource } from '../../layer/resource.js';
import { customers, customerServe } from './customer.table.js';

/** A minimal Customer: the party an OutboundPayment pays (what `customerServe` lists of Stripe's). */
export type CustomerRecord = Pick<Stripe.Customer, 'id' | 'object' | 'created' | 'description' | 'email' | 'livemode' | 'metadata' | 'name'>;

export const customersResource = defineResource<CustomerRecord>({
  object: 'customer',
  table: customers,
  serve: customerServe,
  create: {
    validate: (input) => {
      if (input.email != null && (input.email.length > 512 || !/^[^@\s]+@[^@\s]+$/.test(input.email)))
        throw parameterInvalid(['email'], 'Invalid email address.', 'email_invalid');
      for (const key of ['name', 'description'])
        if ((input[key]?.length ?? 0) > 350) throw parameterInvalid([key], `Invalid ${key}: must be at most 350 characters.`);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    build: async ({ input }) => ({
      name: input.name ?? null,
      email: input.email ?? null,
      description: input.description ?? null,
      metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
    }),
    // The first release announced no event for a Customer (no Customer events are served yet).
    event: null,
  },
  unsupported: {
    update: 'Customers are payees of OutboundPayments here; only creation is served.',
    del: 'Customers are payees of OutboundPayments here; only creation is served.',
    search: 'Stripe Search is not served.',
  },
  examples: {
    create: () => ({ name: 'Jenny Rosen', email: 'jenny@example.com', metadata: { order: '6735' } }),
  },
});
