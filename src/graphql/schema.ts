import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './payload.js';
import './node.js';
import '../events/event.schema.js';
import '../events/webhooks/webhook-endpoint.schema.js';
import '../treasury/financial-accounts/financial-account.schema.js';
import '../payments/payments.schema.js';
import '../treasury/transactions/transaction.schema.js';
import '../treasury/outbound-transfers/outbound-transfer.schema.js';
import '../treasury/outbound-payments/outbound-payment.schema.js';
import '../treasury/inbound-transfers/inbound-transfer.schema.js';
import '../treasury/received-credits/received-credit.schema.js';
import '../treasury/received-debits/received-debit.schema.js';
import '../treasury/credit-reversals/credit-reversal.schema.js';
import '../treasury/debit-reversals/debit-reversal.schema.js';
import '../treasury/test-mode/test-clock.schema.js';

export const schema = builder.toSchema();

/** The committed SDL: sorted, so it only changes when the API does. */
export const printSortedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
