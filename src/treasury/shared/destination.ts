import type { PaymentMethodRecord } from '../../payments/payment-methods/payment-method.resource.js';

/** Stripe's destination_payment_method_details / origin_payment_method_details for a us_bank_account. */
export function bankAccountDetails(pm: PaymentMethodRecord, network: 'ach' | 'us_domestic_wire') {
  const b = pm.billing_details;
  const u = pm.us_bank_account;
  return {
    type: 'us_bank_account',
    billing_details: { address: b.address, email: b.email, name: b.name },
    us_bank_account: {
      account_holder_type: u.account_holder_type,
      account_type: u.account_type,
      bank_name: u.bank_name,
      fingerprint: u.fingerprint,
      last4: pm.account_number.slice(-4),
      network,
      routing_number: u.routing_number,
    },
  };
}
