import { parameterInvalid, parameterMissing, resourceMissing } from '../../kernel/errors.js';
import { hasPrefix } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource } from '../../layer/resource.js';
import { customersResource } from '../customers/customer.resource.js';
import { bankAccountOf, linkedBankAccount, toBillingDetails } from './bank-account.js';
import { cardOf, MAGIC_CARD_PAYMENT_METHODS } from './card.js';
import { sealCard } from './card-vault.js';
import { paymentMethods, paymentMethodServe } from './payment-method.table.js';
import { isMagicPaymentMethodId, magicPaymentMethods } from './test-payment-methods.js';

export type { AnyPaymentMethodRecord, CardPaymentMethodRecord, PaymentMethodRecord } from './payment-method.table.js';
import type { AnyPaymentMethodRecord, PaymentMethodRecord } from './payment-method.table.js';

/** A PaymentMethod id's shape: `pm_…`, or one of Stripe's magic test ids (`pm_usBankAccount_…`). */
export const isPaymentMethodId = (id: string) => hasPrefix(id, 'pm') || isMagicPaymentMethodId(id) || id in MAGIC_CARD_PAYMENT_METHODS;

/** Treasury flows move money to and from bank accounts only: a card PaymentMethod is refused at `param`. */
export function requireBankAccount(pm: AnyPaymentMethodRecord, param: string[]): PaymentMethodRecord {
  if (pm.type !== 'us_bank_account')
    throw parameterInvalid(param, `The PaymentMethod ${pm.id} is of type ${pm.type}; this flow takes a us_bank_account PaymentMethod.`);
  return pm;
}

export const paymentMethodsResource = defineResource<AnyPaymentMethodRecord>({
  object: 'payment_method',
  table: paymentMethods,
  serve: paymentMethodServe,
  virtual: magicPaymentMethods,
  refs: { 'us_bank_account.financial_connections_account': 'financial_connections.account' },
  computed: {
    // Stripe shows only the hash of the PaymentMethod's own type (absent, not null, for the others).
    card: (r) => (r.type === 'card' ? r.card : undefined),
    card_present: (r) => (r.type === 'card_present' ? r.card_present : undefined),
    // Rows of the first release have no tax_id in their billing_details: Stripe's null.
    billing_details: (r) => ({ ...r.billing_details, tax_id: r.billing_details.tax_id ?? null }),
    // The leaves the table does not hold: last4 of the account number, the rails every US bank account takes.
    us_bank_account: (r) =>
      r.type !== 'us_bank_account'
        ? undefined
        : {
            ...r.us_bank_account,
            financial_connections_account: r.us_bank_account?.financial_connections_account ?? null,
            last4: r.account_number.slice(-4),
            networks: { preferred: 'ach', supported: ['ach', 'us_domestic_wire'] },
            status_details: null,
          },
  },
  create: {
    validate: (input) => {
      // Stripe's `type` is optional only when cloning a PaymentMethod (`payment_method`, not served).
      if (input.type == null) throw parameterMissing(['type']);
      if (input.type === 'card_present') throw parameterInvalid(['type'], 'card_present PaymentMethods are made by Terminal readers when a card is presented.');
      if (input.type === 'card') {
        if (input.card == null) throw parameterMissing(['card']);
        if (input.us_bank_account != null) throw parameterInvalid(['us_bank_account'], 'A card PaymentMethod takes the card param, not us_bank_account.');
      } else {
        if (input.card != null) throw parameterInvalid(['card'], 'A us_bank_account PaymentMethod takes the us_bank_account param, not card.');
        if (input.us_bank_account?.financial_connections_account == null) bankAccountOf(input, []);
      }
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ cmd, input, id }) {
      // Stripe attaches with `attach`; fingraph accepts the Customer at creation too.
      if (input.customer != null && !(hasPrefix(input.customer, 'cus') && (await customersResource.records(cmd.tx, cmd.scope, [input.customer])).size))
        throw resourceMissing('customer', input.customer, ['customer']);
      const common = { customer: input.customer ?? null, metadata: input.metadata != null ? validateMetadata(input.metadata) : {} };
      // A card presented to a reader (src/terminal/readers): its details come from the reader, not from params.
      if (input.type === 'card_present') return { ...common, type: 'card_present', billing_details: toBillingDetails(null), card_present: input.card_present };
      if (input.type === 'card') {
        // The number and CVC go to the vault, sealed; Stripe's public details are stored.
        const { card, secret } = cardOf(input, cmd.scope.livemode, cmd.now);
        return { ...common, type: 'card', billing_details: toBillingDetails(input.billing_details), card, card_vault: await sealCard(cmd.tx, id, secret) };
      }
      // A bank account linked through Financial Connections takes its numbers from the linked account.
      const bank = input.us_bank_account?.financial_connections_account != null ? await linkedBankAccount(cmd, input) : bankAccountOf(input, []);
      return { ...common, ...bank };
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
