/**
 * The platform as Stripe shows it on Treasury objects: the account holder of FinancialAccount
 * addresses, and the legal entity whose address OutboundTransfer wires carry when the receiving bank
 * account has none (Stripe's guides: "for OutboundTransfer Stripe defaults it to the platform's legal
 * entity"). A self-hosted engine has one platform; its name and address are these.
 */
export const PLATFORM = {
  name: 'Fingraph Treasury',
  address: { city: 'South San Francisco', country: 'US', line1: '354 Oyster Point Blvd', line2: null, postal_code: '94080', state: 'CA' },
} as const;
