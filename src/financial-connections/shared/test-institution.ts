/**
 * The test institution a test-mode Session links (like Stripe's "Test Institution" in its test-mode
 * flow): a few accounts, each with what refreshes find — balances, owners, transactions — and, for
 * `failure`, refreshes that fail. Account numbers are on Stripe's test routing number, so a
 * PaymentMethod made from `success` behaves as Stripe's successful test bank account in Treasury
 * flows (docs/test-mode.md).
 */
export interface TestOwner {
  name: string;
  email: string | null;
  phone: string | null;
  raw_address: string | null;
}
export interface TestTransaction {
  description: string;
  amount: number;
  /** Days before the refresh. */
  daysAgo: number;
  /** Pending ones settle at the next refresh: posted, or void (an authorization that lapsed). */
  status: 'posted' | 'pending';
  settlesAs?: 'posted' | 'void';
}
export interface TestAccount {
  key: string;
  display_name: string;
  category: 'cash' | 'credit';
  subcategory: 'checking' | 'savings' | 'credit_card';
  routing_number: string;
  account_number: string;
  /** Cash accounts: available and current; credit accounts: used (current is its negative). */
  balance: number;
  owners: TestOwner[];
  transactions: TestTransaction[];
  /** Refreshes of this account fail (an institution error). */
  failsRefresh?: boolean;
  /** Its first refresh finds the connection broken: the refresh fails and the Account turns `inactive` (Stripe's `deactivated`). */
  becomesInactive?: boolean;
}

export const INSTITUTION_NAME = 'StripeBank';
const TEST_ROUTING = '110000000';
const JENNY: TestOwner = { name: 'Jenny Rosen', email: 'jenny.rosen@example.com', phone: '+1 555-555-5555', raw_address: '123 Main Street, Everytown USA' };

const everyday: TestTransaction[] = [
  { description: 'Payroll', amount: 250_000, daysAgo: 6, status: 'posted' },
  { description: 'Rocket Rides', amount: -1_500, daysAgo: 4, status: 'posted' },
  { description: 'Corner Coffee', amount: -450, daysAgo: 1, status: 'pending', settlesAs: 'posted' },
  { description: 'Hotel authorization hold', amount: -20_000, daysAgo: 0, status: 'pending', settlesAs: 'void' },
];

export const TEST_ACCOUNTS: TestAccount[] = [
  {
    key: 'success',
    display_name: 'Sample Checking Account',
    category: 'cash',
    subcategory: 'checking',
    routing_number: TEST_ROUTING,
    account_number: '000123456789',
    balance: 1_000_000,
    owners: [JENNY],
    transactions: everyday,
  },
  {
    key: 'savings',
    display_name: 'Sample Savings Account',
    category: 'cash',
    subcategory: 'savings',
    routing_number: TEST_ROUTING,
    account_number: '000222222227',
    balance: 5_000_000,
    owners: [JENNY, { name: 'John Rosen', email: 'john.rosen@example.com', phone: null, raw_address: '123 Main Street, Everytown USA' }],
    transactions: [{ description: 'Interest', amount: 1_250, daysAgo: 2, status: 'posted' }],
  },
  {
    key: 'credit_card',
    display_name: 'Sample Credit Card',
    category: 'credit',
    subcategory: 'credit_card',
    routing_number: TEST_ROUTING,
    account_number: '000333333335',
    balance: 45_000,
    owners: [JENNY],
    transactions: [{ description: 'Bookshop', amount: -3_200, daysAgo: 3, status: 'posted' }],
  },
  {
    key: 'failure',
    display_name: 'Refresh Failure Account',
    category: 'cash',
    subcategory: 'checking',
    routing_number: TEST_ROUTING,
    account_number: '000444444443',
    balance: 0,
    owners: [JENNY],
    transactions: [],
    failsRefresh: true,
  },
  {
    key: 'inactive',
    display_name: 'Inactive Checking Account',
    category: 'cash',
    subcategory: 'checking',
    routing_number: TEST_ROUTING,
    account_number: '000555555559',
    balance: 20_000,
    owners: [JENNY],
    transactions: [],
    becomesInactive: true,
  },
];

export const testAccount = (key: string): TestAccount => TEST_ACCOUNTS.find((a) => a.key === key)!;
/** us_bank_account PaymentMethods can be made from cash accounts (checking, savings), not from cards. */
export const paymentMethodTypes = (a: TestAccount): ('us_bank_account' | 'link')[] => (a.category === 'cash' ? ['us_bank_account', 'link'] : []);
