/**
 * The person Stripe's test-mode verification page verifies (its documented test data): what the
 * reports' checks read and what a verified session's `verified_outputs` carry.
 */
export const TEST_PERSON = {
  first_name: 'Jenny',
  last_name: 'Rosen',
  address: { city: 'San Francisco', country: 'US', line1: '1234 Main St.', line2: null, postal_code: '94111', state: 'CA' },
  dob: { day: 1, month: 1, year: 1901 },
  email: 'jenny.rosen@example.com',
  phone: '+15555555555',
  document: { expiration_date: { day: 1, month: 12, year: 2030 }, issued_date: { day: 1, month: 12, year: 2020 } },
};

/** Stripe's placeholder for redacted personal data. */
export const REDACTED = '[redacted]';
