import type Stripe from 'stripe';
import { parameterMissing } from '../../kernel/errors.js';
import { defineResource } from '../../layer/resource.js';
import { activeEntitlements } from './active-entitlement.table.js';

/**
 * ActiveEntitlement: a customer's access to a Feature, derived from what the customer bought
 * (completed Orders of Products the Feature is attached to); read-only (derive.ts keeps them).
 */
export type ActiveEntitlementRecord = Stripe.Entitlements.ActiveEntitlement & { created: number; customer: string };

export const activeEntitlementsResource = defineResource<ActiveEntitlementRecord>({
  object: 'entitlements.active_entitlement',
  table: activeEntitlements,
  list: {
    // Stripe lists one customer's entitlements: `customer` is required.
    validate(args) {
      if (!args.customer) throw parameterMissing(['customer']);
    },
  },
  connections: [
    { on: 'customer', by: 'customer', field: 'entitlements', description: "The customer's active entitlements (what it has bought gives it), newest first." },
  ],
});
