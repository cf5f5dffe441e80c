import { parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource } from '../../layer/resource.js';
import { customersResource } from '../customers/customer.resource.js';
import { bankAccountOf, linkedBankAccount } from './bank-account.js';
import { paymentMethods, paymentMethodServe } from './payment-method.table.js';
import { isMagicPaymentMethodId, magicPaymentMethods } from './test-payment-methods.js';

export type { PaymentMethodRecord } from './payment-method.table.js';
import type { PaymentMethodRecord } from './payment-method.table.js';

/** A PaymentMethod id's shape: `pm_…`, or one of Stripe's magic test ids (`pm_usBankAccount_…`). */
export const isPaymentMethodId = (id: string) => hasPrefix(id, 'pm') || isMagicPaymentMethodId(id);

export const paymentMethodsResource = defineResource<PaymentMethodRecord>({
  object: 'payment_method',
  table: paymentMethods,
  serve: paymentMethodServe,
  virtual: magicPaymentMethods,
  refs: { 'us_bank_account.financial_connections_account': 'financial_connections.account' },
  computed: {
    // Rows of the first release have no tax_id in their billing_details: Stripe's null.
    billing_details: (r) => ({ ...r.billing_details, tax_id: r.billing_details.tax_id ?? null }),
    // The leaves the table does not hold: last4 of the account number, the rails every US bank account takes.
    us_bank_account: (r) =>
      r.us_bank_account && {
        ...r.us_bank_account,
        financial_connections_account: r.us_bank_account.financial_connections_account ?? null,
        last4: r.account_number.slice(-4),
        networks: { preferred: 'ach', supported: ['ach', 'us_domestic_wire'] },
        status_details: null,
      },
  },
  create: {
    validate: (input) => {
      // Stripe's `type` is optional only when cloning a PaymentMethod (`payment_method`, not served).
      if (input.type == null) throw parameterMissing(['type']);
      if (input.us_bank_account?.financial_connections_account == null) bankAccountOf(input, []);
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input }) {
      // Stripe attaches with `attach`; fingraph accepts the Customer at creation too.
      if (input.customer != null && !(hasPrefix(input.customer, 'cus') && (await customersResource.records(cmd.tx, cmd.scope, [input.customer])).size))
        throw resourceMissing('customer', input.customer, ['customer']);
      const bank = input.us_bank_account?.financial_connections_account != null ? await linkedBankAccount(cmd, input) : bankAccountOf(input, []);
      return { customer: input.customer ?? null, metadata: input.metadata != null ? validateMetadata(input.metadata) : {}, ...bank };
    },
    // Stripe announces no event when a PaymentMethod is created (only attach / detach / update do).
    event: null,
  },
  unsupported: {
    update: 'PaymentMethods are Treasury flow destinations and origins here; they are not changed after creation.',
    attach: 'A Customer is given at creation (customer param).',
    detach: 'A Customer is given at creation (customer param).',
  },
  examples: {
    create: () => ({
      type: 'us_bank_account',
      us_bank_account: { routing_number: '021000021', account_number: '000999999991', account_holder_type: 'company', account_type: 'checking' },
      billing_details: {
        name: 'Jenny Rosen',
        email: 'jenny@example.com',
        address: { line1: '1 Main St', city: 'Springfield', postal_code: '12345', country: 'US' },
      },
      metadata: { supplier: '42' },
    }),
  },
});
