import type { PaymentMethodRow } from '../../payments/payment-methods/payment-method.service.js';

/** Stripe's destination_payment_method_details / origin_payment_method_details for a us_bank_account. */
export function bankAccountDetails(pm: PaymentMethodRow, network: 'ach' | 'us_domestic_wire') {
  const b = pm.billingDetails;
  return {
    type: 'us_bank_account',
    billing_details: { address: b.address, email: b.email, name: b.name },
    us_bank_account: {
      account_holder_type: pm.accountHolderType,
      account_type: pm.accountType,
      bank_name: pm.bankName,
      fingerprint: pm.fingerprint,
      last4: pm.accountNumber.slice(-4),
      network,
      routing_number: pm.routingNumber,
    },
  };
}
