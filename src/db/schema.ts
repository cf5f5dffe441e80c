// Every table, re-exported for Drizzle (queries and drizzle-kit migrations).
export * from '../auth/auth.table.js';
export * from '../kernel/idempotency.table.js';
export * from '../events/event.table.js';
export * from '../treasury/financial-accounts/financial-account.table.js';
export * from '../ledger/ledger.table.js';
export * from '../payments/customers/customer.table.js';
export * from '../payments/payment-methods/payment-method.table.js';
export * from '../treasury/outbound-transfers/outbound-transfer.table.js';
export * from '../treasury/outbound-payments/outbound-payment.table.js';
export * from '../treasury/inbound-transfers/inbound-transfer.table.js';
export * from '../events/webhooks/webhook-endpoint.table.js';
export * from '../treasury/received-credits/received-credit.table.js';
export * from '../treasury/received-debits/received-debit.table.js';
export * from '../treasury/credit-reversals/credit-reversal.table.js';
export * from '../treasury/debit-reversals/debit-reversal.table.js';
export * from '../kernel/test-clock.table.js';
export * from '../layer/scheduled-transition.table.js';
