import { isIP } from 'node:net';
import { randomBytes } from 'node:crypto';
import { parameterInvalid } from '../../kernel/errors.js';
import { randomBase62 } from '../../kernel/ids.js';
import { validateMetadata } from '../../kernel/metadata.js';
import { defineResource, type ActionContext, type ScheduledStep } from '../../layer/resource.js';
import { equalsWhere } from '../../layer/store.js';
import type { StoredRecord } from '../../layer/storage.js';
import { cryptoOnrampSessions } from './onramp-session.table.js';
import { checkPair, NETWORKS, quote } from './quotes.js';

/**
 * Crypto Onramp Session: a customer's purchase of cryptocurrency. Lifecycle (Stripe's guide):
 * initialized → rejected | requires_payment → fulfillment_processing → fulfillment_complete.
 * Stripe's widget collects KYC details and the wallet; here, in test mode (docs/decisions/crypto.md):
 * a session created with `kyc_details` and `wallet_addresses` has nothing left to collect and is
 * `requires_payment` at once; a customer IP in 192.0.2.0/24 (TEST-NET-1) stands for a customer Stripe
 * cannot serve and is `rejected`; `checkout` pays and the delivery completes by the test-mode schedule
 * (or the operator's settle route: `collect_details`, `reject`, `fulfill`). Quotes come from a fixed
 * test price table (quotes.ts). Stripe announces no onramp events; `cryptoOnrampSessionUpdated` follows it.
 */
export interface TransactionDetails {
  destination_amount: string | null;
  destination_currencies: string[] | null;
  destination_currency: string | null;
  destination_network: string | null;
  destination_networks: string[] | null;
  fees: { network_fee_monetary: string; transaction_fee_monetary: string } | null;
  lock_wallet_address: boolean | null;
  settlement_speed: 'instant' | 'standard' | null;
  source_amount: string | null;
  source_currency: string | null;
  transaction_id: string | null;
  wallet_address: string | null;
  wallet_addresses: Record<string, string> | null;
}
export type OnrampSessionRecord = StoredRecord & {
  object: 'crypto.onramp_session';
  client_secret: string;
  kyc_details_provided: boolean;
  metadata: Record<string, string> | null;
  redirect_url: string | null;
  status: 'initialized' | 'rejected' | 'requires_payment' | 'fulfillment_processing' | 'fulfillment_complete';
  transaction_details: TransactionDetails;
};
type Ctx = ActionContext<OnrampSessionRecord>;

const DECIMAL = /^\d{1,12}(\.\d{1,18})?$/;
const ALL_NETWORKS = [...new Set(Object.values(NETWORKS).flat())];

function checkAmount(value: unknown, param: string) {
  if (value == null) return;
  if (typeof value !== 'string' || !DECIMAL.test(value) || Number(value) <= 0)
    throw parameterInvalid([param], `Invalid ${param}: a positive decimal string such as "100.00".`);
}

/** A test-mode address for a network, where the customer gave none (what the widget would collect). */
const testAddress = (network: string) =>
  network === 'bitcoin'
    ? `bc1q${randomBase62(38).toLowerCase()}`
    : ['solana', 'stellar', 'sui'].includes(network)
      ? randomBase62(44)
      : `0x${randomBytes(20).toString('hex')}`;

/** The transaction details priced, when there is enough to price (currency, network and one amount). */
function priced(d: TransactionDetails): TransactionDetails {
  if (!d.destination_currency || !d.destination_network || !d.source_currency || (d.source_amount == null && d.destination_amount == null)) return d;
  const q = quote({ ...d, destination_currency: d.destination_currency, destination_network: d.destination_network, source_currency: d.source_currency });
  return { ...d, ...q };
}

/** Test-mode magic at creation (docs/decisions/crypto.md): a TEST-NET-1 customer is rejected; KYC and wallet given skip the widget. */
function magicSteps(cmd: Ctx['cmd'], input: Record<string, any>): ScheduledStep[] {
  if (cmd.scope.livemode) return [];
  const at = cmd.now;
  if (typeof input.customer_ip_address === 'string' && input.customer_ip_address.startsWith('192.0.2.'))
    return [{ action: 'reject', at, phase: 'first', delayMs: 0 }];
  if (input.kyc_details && input.wallet_addresses) return [{ action: 'collect_details', at, phase: 'first', delayMs: 0 }];
  return [];
}

export const cryptoOnrampSessionsResource = defineResource<OnrampSessionRecord>({
  object: 'crypto.onramp_session',
  table: cryptoOnrampSessions,
  initial: 'initialized',
  create: {
    validate(input) {
      checkAmount(input.source_amount, 'source_amount');
      checkAmount(input.destination_amount, 'destination_amount');
      if (input.source_amount != null && input.destination_amount != null)
        throw parameterInvalid(['destination_amount'], 'Give source_amount or destination_amount, not both.');
      if (input.destination_amount != null && !input.destination_currency)
        throw parameterInvalid(['destination_currency'], 'destination_amount needs destination_currency.');
      checkPair(input.destination_currency, input.destination_network, ['destination_network']);
      const networks: string[] | undefined = input.destination_networks;
      for (const [i, c] of ((input.destination_currencies as string[] | undefined) ?? []).entries())
        if (networks && !networks.some((n) => NETWORKS[c]?.includes(n)))
          throw parameterInvalid(['destination_currencies', String(i)], `${c} is delivered on none of destination_networks.`);
      if (input.destination_currency && input.destination_currencies && !input.destination_currencies.includes(input.destination_currency))
        throw parameterInvalid(['destination_currency'], 'destination_currency must be one of destination_currencies.');
      if (input.destination_network && networks && !networks.includes(input.destination_network))
        throw parameterInvalid(['destination_network'], 'destination_network must be one of destination_networks.');
      const wallets = input.wallet_addresses;
      if (wallets != null) {
        if (typeof wallets !== 'object' || Array.isArray(wallets))
          throw parameterInvalid(['wallet_addresses'], 'wallet_addresses: an object of network → address.');
        for (const [network, address] of Object.entries(wallets))
          if (!ALL_NETWORKS.includes(network) || typeof address !== 'string' || !/^[A-Za-z0-9:_-]{16,128}$/.test(address))
            throw parameterInvalid(['wallet_addresses', network], `Invalid wallet address for ${network}.`);
      }
      if (input.lock_wallet_address && wallets == null) throw parameterInvalid(['lock_wallet_address'], 'lock_wallet_address needs wallet_addresses.');
      if (input.customer_ip_address != null && !isIP(input.customer_ip_address))
        throw parameterInvalid(['customer_ip_address'], 'Invalid customer_ip_address: an IPv4 or IPv6 address.');
      if (input.kyc_details != null && (typeof input.kyc_details !== 'object' || Array.isArray(input.kyc_details)))
        throw parameterInvalid(['kyc_details'], 'kyc_details: an object of the customer’s details.');
      if (input.metadata != null) validateMetadata(input.metadata);
    },
    async build({ input, id }) {
      const details: TransactionDetails = {
        destination_amount: input.destination_amount ?? null,
        destination_currencies: input.destination_currencies ?? Object.keys(NETWORKS),
        destination_currency: input.destination_currency ?? null,
        destination_network: input.destination_network ?? null,
        destination_networks: input.destination_networks ?? ALL_NETWORKS,
        fees: null,
        lock_wallet_address: input.lock_wallet_address ?? false,
        settlement_speed: input.settlement_speed ?? 'instant',
        source_amount: input.source_amount ?? null,
        source_currency: input.source_currency ?? 'usd',
        transaction_id: null,
        wallet_address: input.destination_network ? (input.wallet_addresses?.[input.destination_network] ?? null) : null,
        wallet_addresses: input.wallet_addresses ?? null,
      };
      return {
        client_secret: `${id}_secret_${randomBase62(24)}`,
        kyc_details_provided: input.kyc_details != null,
        metadata: input.metadata != null ? validateMetadata(input.metadata) : {},
        redirect_url: null,
        transaction_details: priced(details),
      };
    },
    schedule: ({ cmd, input }) => magicSteps(cmd, input),
    // Stripe announces no onramp events.
    event: null,
  },
  actions: {
    /** Refreshes the quote (Stripe re-prices at the market; here the test table). */
    quote: {
      endpoint: 'quote',
      from: ['initialized', 'requires_payment'],
      refusal: (s) => `A session that is ${s} can no longer be quoted.`,
      apply: ({ record }) => ({ transaction_details: priced(record.transaction_details) }),
    },
    /** The customer pays: Stripe charges and starts delivering the cryptocurrency. */
    checkout: {
      endpoint: 'checkout',
      from: ['requires_payment'],
      to: 'fulfillment_processing',
      refusal: (s) => `The onramp session must be requires_payment to check out; it is ${s}.`,
      schedule: ({ cmd }) => [{ action: 'fulfill', at: new Date(cmd.now.getTime() + 60_000), phase: 'first' }],
    },
    /** The widget's step in test mode: KYC and wallet collected, the purchase priced (operator route, or at creation). */
    collect_details: {
      testHelper: true,
      from: ['initialized'],
      to: 'requires_payment',
      apply({ record }: Ctx) {
        const d = record.transaction_details;
        const currency = d.destination_currency ?? d.destination_currencies?.[0] ?? 'usdc';
        const network = d.destination_network ?? NETWORKS[currency]!.find((n) => d.destination_networks?.includes(n) ?? true)!;
        const filled: TransactionDetails = {
          ...d,
          destination_currency: currency,
          destination_network: network,
          source_amount: d.source_amount ?? (d.destination_amount == null ? '100.00' : null),
          wallet_address: d.wallet_address ?? d.wallet_addresses?.[network] ?? testAddress(network),
        };
        return { kyc_details_provided: true, transaction_details: priced(filled) };
      },
    },
    /** Stripe declines to serve the customer (test mode: a TEST-NET-1 customer IP, or the operator route). */
    reject: { testHelper: true, from: ['initialized'], to: 'rejected' },
    /** The cryptocurrency reached the wallet: the chain's transaction id is known. */
    fulfill: {
      testHelper: true,
      from: ['fulfillment_processing'],
      to: 'fulfillment_complete',
      apply: ({ record }: Ctx) => ({
        transaction_details: {
          ...record.transaction_details,
          transaction_id:
            record.transaction_details.destination_network === 'bitcoin' ? randomBytes(32).toString('hex') : `0x${randomBytes(32).toString('hex')}`,
        },
      }),
    },
  },
  list: {
    filters: {
      destination_currency: (v, s) => equalsWhere(s, 'transaction_details.destination_currency', v),
      destination_network: (v, s) => equalsWhere(s, 'transaction_details.destination_network', v),
    },
  },
  examples: {
    create: () => ({
      source_currency: 'usd',
      source_amount: '250.00',
      destination_currency: 'eth',
      destination_network: 'ethereum',
      customer_ip_address: '8.8.8.8',
      metadata: { order: '6735' },
    }),
  },
});
