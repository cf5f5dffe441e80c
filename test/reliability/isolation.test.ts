import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { sql } from 'drizzle-orm';
import { getNamedType, isObjectType } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createAccount, type CreatedAccount } from '../../src/auth/auth.js';
import { createApp, type App } from '../../src/app.js';
import type { Database } from '../../src/db/client.js';
import { schema } from '../../src/graphql/schema.js';
import { typenameOfId } from '../../src/kernel/ids.js';
import { tokens } from '../../src/issuing/tokens/token.resource.js';
import { perform } from '../../src/layer/perform.js';
import { insertRecord } from '../../src/layer/store.js';
import { ALL_FEATURES, LIMITS } from './support/app.js';
import { inProcessDatabase } from './support/database.js';
import { HttpClient, type GqlResponse } from './support/http.js';
import { isEmpty, SchemaWalk, type Hints, type IdPath, type RootField } from './support/isolation.js';

/**
 * Isolation: for every Query, Mutation and Subscription field of the schema (enumerated from the
 * built schema, so a new field is covered without touching this file), another account's key, and
 * the same account's key of the other mode, can neither read, change nor observe an account's objects.
 *
 * Account A and account B each get one of every kind of object (the same seeding). Then, for every
 * field and every place in its arguments where an object id goes, the suite calls the field with A's
 * ids of the right type there: with B's key (B's own ids everywhere else, and A's everywhere else)
 * and with A's live-mode key. Reads answer nothing (null, an empty list or resource_missing) and no
 * A id or secret appears; mutations answer resource_missing and the database is byte-for-byte
 * unchanged; subscriptions end with resource_missing (or deliver nothing) while A's objects change.
 *
 * Each call has a control proving it is meaningful: the same call by the owner with the owner's ids
 * reads the object, the mutation finds it (and succeeds for at least one id), the subscription
 * delivers A's changes. A field the generator cannot build arguments for fails the suite.
 */

/** The only fields that take no object id: each answers for the caller's own account, and is checked for leaks. */
const ACCOUNT_INDEPENDENT = [
  'Mutation.createClimateOrder',
  'Mutation.createCoupon',
  'Mutation.createCryptoOnrampSession',
  'Mutation.createCustomer',
  'Mutation.createEntitlementsFeature',
  'Mutation.createFile',
  'Mutation.createIssuingCardholder',
  'Mutation.createIssuingFundingInstructions',
  'Mutation.createIssuingPersonalizationDesign',
  'Mutation.createProduct',
  'Mutation.createReportingReportRun',
  'Mutation.createShippingRate',
  'Mutation.createSigmaScheduledQuery',
  'Mutation.createTaxRegistration',
  'Mutation.createTerminalConfiguration',
  'Mutation.createTerminalHardwareOrder',
  'Mutation.createTestHelpersTestClock',
  'Mutation.createTreasuryFinancialAccount',
  'Mutation.createWebhookEndpoint',
  'Mutation.testHelpersFundIssuingBalance',
  'Mutation.updateTaxSettings',
  'Query.climateOrders',
  'Query.coupons',
  'Query.cryptoOnrampSessions',
  'Query.customers',
  'Query.entitlementsFeatures',
  'Query.events',
  'Query.files',
  'Query.forwardingRequests',
  'Query.issuingBalance',
  'Query.issuingCardholders',
  'Query.issuingFundingInstructions',
  'Query.issuingPersonalizationDesigns',
  'Query.products',
  'Query.reportingReportRuns',
  'Query.scheduledQueryRuns',
  'Query.shippingRates',
  'Query.sigmaScheduledQueries',
  'Query.taxRegistrations',
  'Query.taxSettings',
  'Query.terminalConfigurations',
  'Query.terminalHardwareOrders',
  'Query.terminalLocations',
  'Query.testHelpersTestClocks',
  'Query.treasuryFinancialAccounts',
  'Query.webhookEndpoints',
  'Subscription.issuingBalanceUpdated',
  // Tax settings have no id: the caller's own, by its key.
  'Subscription.taxSettingsUpdated',
];

/**
 * Subscriptions to objects whose only later change is a scheduled step (a reversal's post or
 * resolution), which waits for the account's test clock: not required to deliver in the window.
 */
const FINAL_AT_CREATION = [
  'Subscription.reportingReportRunUpdated',
  'Subscription.treasuryCreditReversalUpdated',
  'Subscription.treasuryDebitReversalUpdated',
  // Financial Connections Transactions change only when a refresh of their account is answered (a scheduled step).
  'Subscription.financialConnectionsTransactionUpdated',
];

/** At most this many ids per argument for mutations and subscriptions (every id for reads). */
const MAX_IDS = 12;

const HOOK_URL = 'http://127.0.0.1:9/isolation';
/** Stripe's test account that keeps flows `processing` (no automatic test-mode transition writes in the background). */
const BANK = { routingNumber: '110000000', accountNumber: '000000000009', accountHolderType: 'INDIVIDUAL', accountType: 'CHECKING' };

/** A test clock's simulated time (now, in whole seconds: deadlines stay as they are), and where advancing it goes. */
const CLOCK_TIME = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
const CLOCK_NEXT = new Date(Date.parse(CLOCK_TIME) + 3600_000).toISOString();

const ADDRESS = { line1: '1234 Main Street', city: 'San Francisco', state: 'CA', postalCode: '94111', country: 'US' };
const SHIPPING = { name: 'Isolation', address: ADDRESS };

// ---------------------------------------------------------------- Terminal hardware (issue 19)
// The catalogues (products, SKUs, shipping methods) are the same for every account; orders are seeded
// per account (seedTerminalHardware) in each state a helper or cancel starts from.
const TERMINAL_HARDWARE_CATALOGUES = ['TerminalHardwareProduct', 'TerminalHardwareSku', 'TerminalHardwareShippingMethod'];
const TERMINAL_HARDWARE_VALUES = {
  'CreateTerminalHardwareOrderInput.hardwareOrderItems': [{ terminalHardwareSku: 'thsku_fingraphWisePosEUS', quantity: 1 }],
  'CreateTerminalHardwareOrderInput.shipping': SHIPPING,
  'CreateTerminalHardwareOrderInput.shippingMethod': 'thsm_fingraphUSStandard',
};
// ---------------------------------------------------------------- end Terminal hardware

const HINTS: Hints = {
  values: {
    'CreateIssuingCardholderInput.name': 'Isolation',
    'CreateIssuingCardholderInput.billing': { address: ADDRESS },
    'CreateIssuingCardInput.shipping': SHIPPING,
    'UpdateIssuingCardholderInput.metadata': { changed: 'yes' },
    'UpdateIssuingDisputeInput.metadata': { changed: 'yes' },
    'CreateIssuingPersonalizationDesignInput.physicalBundle': 'ics_fingraphStandardLogo',
    'CreateIssuingFundingInstructionsInput.currency': 'eur',
    'TestHelpersFundIssuingBalanceInput.currency': 'usd',
    'TestHelpersRejectIssuingPersonalizationDesignInput.rejectionReasons': { cardLogo: ['OTHER'] },
    'CreateTestHelpersTestClockInput.frozenTime': CLOCK_TIME,
    'AdvanceTestHelpersTestClockInput.frozenTime': CLOCK_NEXT,
    'CreateWebhookEndpointInput.url': HOOK_URL,
    'CreateWebhookEndpointInput.enabledEvents': ['*'],
    'CreateReportingReportRunInput.reportType': 'balance.summary.1',
    // An uploaded File (the SDK's FileData, base64).
    'CreateFileInput.file': { data: Buffer.from('%PDF-1.4\n%isolation\n').toString('base64'), name: 'isolation.pdf' },
    'CreateFileInput.purpose': 'DISPUTE_EVIDENCE',
    'CreateSigmaScheduledQueryInput.title': 'Isolation',
    'CreateSigmaScheduledQueryInput.sql': 'select 1',
    'CreateSigmaScheduledQueryInput.schedule': 'DAILY',
    'CreatePaymentMethodInput.usBankAccount': BANK,
    'CreatePaymentMethodInput.billingDetails': { name: 'Isolation' },
    'CreatePaymentMethodInput.type': 'US_BANK_ACCOUNT',
    TestHelpersUpdateTreasuryOutboundPaymentTrackingDetailsInput: { type: 'ACH', ach: { traceId: 'ISO0001' } },
    TestHelpersUpdateTreasuryOutboundTransferTrackingDetailsInput: { type: 'ACH', ach: { traceId: 'ISO0001' } },
    'CreateTreasuryOutboundPaymentDestinationPaymentMethodDataInput.type': 'FINANCIAL_ACCOUNT',
    'CreateTreasuryOutboundTransferDestinationPaymentMethodDataInput.type': 'FINANCIAL_ACCOUNT',
    'CreateFinancialConnectionsSessionAccountHolderInput.type': 'CUSTOMER',
    'CreateIdentityVerificationSessionInput.type': 'DOCUMENT',
    'CreateFinancialConnectionsSessionInput.permissions': ['BALANCES'],
    // Terminal hardware (orders of catalogue SKUs, by a catalogue shipping method).
    ...TERMINAL_HARDWARE_VALUES,
    // Commerce: a coupon is an amount or a percent off.
    'CreateCouponInput.percentOff': 10,
    'CreateShippingRateInput.displayName': 'Isolation',
    'CreateShippingRateInput.fixedAmount': { amount: 500, currency: 'usd' },
    // Commerce, Tax, Terminal, Crypto, Climate, Entitlements, Forwarding (the URL: the suite's own destination, set once it listens).
    'CreateClimateOrderInput.product': 'climsku_frontier_offtake_portfolio_2027',
    'CreateClimateOrderInput.metricTons': '0.5',
    'CreateCryptoOnrampSessionInput.sourceCurrency': 'USD',
    'CreateCryptoOnrampSessionInput.sourceAmount': '250.00',
    'CreateCryptoOnrampSessionInput.destinationCurrency': 'ETH',
    'CreateCryptoOnrampSessionInput.destinationNetwork': 'ETHEREUM',
    'CreateCryptoOnrampSessionInput.customerIpAddress': '8.8.8.8',
    'CreateEntitlementsFeatureInput.name': 'Isolation',
    'CreateEntitlementsFeatureInput.lookupKey': 'isolation',
    'CreateForwardingRequestInput.replacements': ['CARD_NUMBER'],
    'CreateForwardingRequestInput.request': { body: '{"card":"{{CARD_NUMBER}}"}' },
    'CreateProductInput.name': 'Isolation',
    'CreateTaxRegistrationInput.country': 'IE',
    'CreateTaxRegistrationInput.countryOptions': { ie: { type: 'STANDARD' } },
    'CreateTaxRegistrationInput.activeFrom': 'now',
    'UpdateTaxRegistrationInput.expiresAt': 'now',
    'UpdateTaxSettingsInput.headOffice': { address: { country: 'US', state: 'CA', postalCode: '94111', line1: '1 Market St', city: 'San Francisco' } },
    'UpdateTaxSettingsInput.defaults': { taxCode: 'txcd_10000000', taxBehavior: 'EXCLUSIVE' },
    'CreateTaxCalculationInput.lineItems': [{ amount: 1000, reference: 'L1', taxBehavior: 'EXCLUSIVE' }],
    'CreateTaxCalculationInput.customerDetails': { address: { country: 'US', state: 'CA', postalCode: '94111' }, addressSource: 'SHIPPING' },
    'CreateFromCalculationTaxTransactionInput.reference': 'isolation',
    'CreateReversalTaxTransactionInput.reference': 'isolation-reversal',
    'CreateReversalTaxTransactionInput.mode': 'FULL',
    'CreateTerminalReaderInput.registrationCode': 'simulated-wpe',
    'CreateTerminalLocationInput.displayName': 'Isolation',
    'CreateTerminalLocationInput.address': { line1: '1234 Market Street', city: 'San Francisco', state: 'CA', postalCode: '94103', country: 'US' },
    'SetReaderDisplayTerminalReaderInput.cart': { currency: 'usd', lineItems: [{ amount: 500, description: 'Coffee', quantity: 1 }], total: 500 },
    'SetReaderDisplayTerminalReaderInput.type': 'CART',
    'CollectInputsTerminalReaderInput.inputs': [{ type: 'EMAIL', customText: { title: 'Email for the receipt' } }],
    'ProcessSetupIntentTerminalReaderInput.allowRedisplay': 'ALWAYS',
    'SubmitOrderInput.expectedTotal': 1000,
  },
  include: [
    'CreateIssuingCardInput.cardholder',
    'CreateIssuingCardInput.shipping',
    'TestHelpersCreateIssuingAuthorizationInput.amount',
    'UpdateIssuingCardholderInput.metadata',
    'UpdateIssuingDisputeInput.metadata',
    'CreatePaymentMethodInput.type',
    'CreatePaymentMethodInput.usBankAccount',
    'CreatePaymentMethodInput.billingDetails',
    'CreateTreasuryOutboundPaymentInput.destinationPaymentMethod',
    'CreateTreasuryOutboundTransferInput.destinationPaymentMethod',
    'CreateIdentityVerificationSessionInput.type',
    'CreateCouponInput.percentOff',
    'CreatePromotionCodePromotionInput.coupon',
    'CreateShippingRateInput.fixedAmount',
    'CreateClimateOrderInput.metricTons',
    'CreateOrderLineItemsInput.price',
    'CreatePriceInput.unitAmount',
    'RefundPaymentTerminalReaderInput.paymentIntent',
    'CreateTerminalLocationInput.displayName',
    'CreateTerminalLocationInput.address',
    'CreateCryptoOnrampSessionInput.sourceCurrency',
    'CreateCryptoOnrampSessionInput.sourceAmount',
    'CreateCryptoOnrampSessionInput.destinationCurrency',
    'CreateCryptoOnrampSessionInput.destinationNetwork',
    'CreateCryptoOnrampSessionInput.customerIpAddress',
    'CreateTaxCalculationInput.customerDetails',
    'CreateTerminalReaderInput.location',
    'SetReaderDisplayTerminalReaderInput.cart',
    'UpdateTaxRegistrationInput.expiresAt',
    'UpdateTaxSettingsInput.headOffice',
    'UpdateTaxSettingsInput.defaults',
  ],
  exclusive: {
    CreateTreasuryOutboundPaymentInput: ['destinationPaymentMethod', 'destinationPaymentMethodData'],
    CreateTreasuryOutboundTransferInput: ['destinationPaymentMethod', 'destinationPaymentMethodData'],
  },
  catalogues: ['ClimateProduct', 'ClimateSupplier', 'ReportingReportType', 'IssuingPhysicalBundle', ...TERMINAL_HARDWARE_CATALOGUES],
  catalogueIds: [
    'CreateIssuingPersonalizationDesignInput.physicalBundle',
    'UpdateIssuingPersonalizationDesignInput.physicalBundle',
    'CreateTerminalHardwareOrderInput.shippingMethod',
    'CreateClimateOrderInput.product',
    // Stripe's tax codes (txcd_…) are one catalogue for every account.
    'CreateShippingRateInput.taxCode',
    'CreateProductInput.taxCode',
    'UpdateProductInput.taxCode',
    // A choice's own id, and a line item's within its order: no account's object.
    'CollectInputsTerminalReaderInputsSelectionChoicesInput.id',
    'UpdateOrderLineItemsInput.id',
  ],
  idTypes: {
    'CreateProductFeatureInput.id': 'Product',
    'CreateProductFeatureInput.entitlementFeature': 'EntitlementsFeature',
    'CreateReversalTaxTransactionInput.originalTransaction': 'TaxTransaction',
    'CreateTerminalLocationInput.configurationOverrides': 'TerminalConfiguration',
    'UpdateTerminalLocationInput.configurationOverrides': 'TerminalConfiguration',
  },
  // Test clocks here are the account's own: attaching a Customer is refused (foreign ids: resource_missing first).
  // A Financial Connections account holder of type account is the caller's own Stripe account, not a Node: no id path here
  // (another account's id is resource_missing: src/financial-connections tests; docs/decisions/identity-financial-connections.md).
  refused: [
    'CreateTestHelpersTestClockInput.customer',
    // Card tokens are not served (pass the number): refused whatever the id.
    'CreatePaymentMethodCardInput.token',
    'CreateFinancialConnectionsSessionAccountHolderInput.account',
    'FinancialConnectionsAccountListAccountHolderInput.account',
    // The File a design's logo names is not checked as the account's own yet: refused.
    'CreateIssuingPersonalizationDesignInput.cardLogo',
    'UpdateIssuingPersonalizationDesignInput.cardLogo',
  ],
};

interface Owner {
  label: string;
  account: CreatedAccount;
  /** A string in every free-text field of the owner's objects: it must never reach anyone else. */
  mark: string;
  /** Node type → the owner's ids, in creation order. */
  pool: Map<string, string[]>;
  all: string[];
}

let database: Database;
let drop: () => Promise<void>;
let app: App;
let url: string;
let client: HttpClient;
let destination: http.Server;
const sockets: Client[] = [];
let walk: SchemaWalk;
let roots: RootField[];
let A: Owner;
let B: Owner;
const tally = { reads: 0, mutations: 0, subscriptions: 0, controls: 0 };

const keyOf = (root: RootField) => `${root.kind}.${root.name}`;
const pathKey = (p: IdPath) => p.segs.join('.');

function ws(key: string): Client {
  const c = createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${key}` },
    retryAttempts: 0,
    lazy: true,
  });
  sockets.push(c);
  return c;
}

async function rows<T>(text: string): Promise<T[]> {
  const r: any = await database.db.execute(sql.raw(text));
  return (Array.isArray(r) ? r : r.rows) as T[];
}

/** Row count and an md5 of every row of every table (public and drizzle schemas). */
async function snapshot() {
  const tables = await rows<{ s: string; t: string }>(
    `select table_schema as s, table_name as t from information_schema.tables where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
  );
  const out: Record<string, string> = {};
  for (const { s, t } of tables) {
    const [r] = await rows<{ n: number; h: string }>(
      `select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${s}"."${t}" x`,
    );
    out[`${s}.${t}`] = `${r!.n} rows ${r!.h}`;
  }
  return out;
}

/** Runs `fn` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

// ---------------------------------------------------------------- seeding

function payloadField(mutation: string): string {
  const field = schema.getMutationType()!.getFields()[mutation]!;
  const payload = getNamedType(field.type);
  if (!isObjectType(payload)) throw new Error(`${mutation} has no payload object`);
  return Object.keys(payload.getFields()).find((f) => f !== 'userErrors')!;
}

/** Runs a mutation as `key` and returns the id of the object in its payload (failing on any error). */
async function mutate(key: string, mutation: string, input: Record<string, unknown>): Promise<string> {
  const field = schema.getMutationType()!.getFields()[mutation]!;
  const inputType = String(field.args.find((a) => a.name === 'input')!.type);
  const object = payloadField(mutation);
  const r = await client.gql(
    `mutation Seed($input: ${inputType}) { ${mutation}(input: $input) { ${object} { id } userErrors { code message field } } }`,
    { input },
    key,
  );
  const payload = r.data?.[mutation];
  if (r.errors || !payload || payload.userErrors.length || !payload[object]?.id) throw new Error(`seeding ${mutation} failed: ${JSON.stringify(r)}`);
  return payload[object].id as string;
}

async function listIds(key: string, field: string, args: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const r: GqlResponse = await client.gql(
      `query SeedList($after: String) { ${field}(${args}${args ? ', ' : ''}first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { after },
      key,
    );
    if (r.errors) throw new Error(`listing ${field} failed: ${JSON.stringify(r.errors)}`);
    const page = r.data[field];
    ids.push(...page.nodes.map((n: { id: string }) => n.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

/**
 * One of every kind of object, and enough objects in each state that every mutation has an object
 * it applies to: FinancialAccounts (two funded, one empty), a Customer, PaymentMethods (with and
 * without the Customer), a webhook endpoint, ReceivedCredits and ReceivedDebits (one of each reversed),
 * InboundTransfers, OutboundTransfers and OutboundPayments (several processing, one finished; one
 * payment to the owner's other FinancialAccount), the Transactions, entries and events they make, and
 * a test clock.
 */
async function seed(label: string, account: CreatedAccount): Promise<Owner> {
  const key = account.testKey;
  const mark = `secret-${label}-${randomBytes(4).toString('hex')}`;
  const m = (mutation: string, input: Record<string, unknown>) => mutate(key, mutation, input);
  const seeded: string[] = [];
  const add = async (p: Promise<string>) => {
    const id = await p;
    seeded.push(id);
    return id;
  };

  const fa = { supportedCurrencies: ['usd'], features: { ...ALL_FEATURES, cardIssuing: { requested: true } }, nickname: mark, metadata: { owner: mark } };
  const fa1 = await add(m('createTreasuryFinancialAccount', fa));
  const fa2 = await add(m('createTreasuryFinancialAccount', fa));
  await add(m('createTreasuryFinancialAccount', { supportedCurrencies: ['usd'], nickname: mark }));
  const cus = await add(m('createCustomer', { name: mark, email: 'owner@example.com', description: mark, metadata: { owner: mark } }));
  const pm1 = await add(
    m('createPaymentMethod', { type: 'US_BANK_ACCOUNT', usBankAccount: BANK, billingDetails: { name: mark }, customer: cus, metadata: { owner: mark } }),
  );
  await add(m('createPaymentMethod', { type: 'US_BANK_ACCOUNT', usBankAccount: BANK, billingDetails: { name: mark } }));
  await add(m('createWebhookEndpoint', { url: HOOK_URL, enabledEvents: ['*'], description: mark, metadata: { owner: mark } }));
  await seedDiscountsAndShipping(m, add, cus, mark);

  const credit = (financialAccount: string, amount: number) =>
    add(m('testHelpersCreateTreasuryReceivedCredit', { financialAccount, amount, currency: 'usd', network: 'ACH', description: mark }));
  const rc1 = await credit(fa1, 1000);
  await credit(fa1, 1000);
  await credit(fa1, 5_000_000);
  await credit(fa2, 5_000_000);
  await add(m('createTreasuryCreditReversal', { receivedCredit: rc1, metadata: { owner: mark } }));
  await seedIssuing(key, mark, fa1, add);
  // The Issuing balance: funding instructions in eur, and usd ones made by funding it.
  await add(m('createIssuingFundingInstructions', { currency: 'eur', fundingType: 'BANK_TRANSFER', bankTransfer: { type: 'EU_BANK_TRANSFER' } }));
  await add(m('testHelpersFundIssuingBalance', { amount: 10_000, currency: 'usd' }));
  const debit = () =>
    add(m('testHelpersCreateTreasuryReceivedDebit', { financialAccount: fa1, amount: 500, currency: 'usd', network: 'ACH', description: mark }));
  const rd1 = await debit();
  await debit();
  await add(m('createTreasuryDebitReversal', { receivedDebit: rd1, metadata: { owner: mark } }));

  const flow = { financialAccount: fa1, amount: 1000, currency: 'usd', description: mark, metadata: { owner: mark } };
  const ibts = [];
  for (let i = 0; i < 4; i++) ibts.push(await add(m('createTreasuryInboundTransfer', { ...flow, originPaymentMethod: pm1 })));
  await m('testHelpersSucceedTreasuryInboundTransfer', { id: ibts[3] });
  const obts = [];
  for (let i = 0; i < 5; i++) obts.push(await add(m('createTreasuryOutboundTransfer', { ...flow, destinationPaymentMethod: pm1 })));
  await m('testHelpersPostTreasuryOutboundTransfer', { id: obts[4] });
  const obps = [];
  for (let i = 0; i < 5; i++) obps.push(await add(m('createTreasuryOutboundPayment', { ...flow, customer: cus, destinationPaymentMethod: pm1 })));
  await m('testHelpersPostTreasuryOutboundPayment', { id: obps[4] });
  await add(m('createTreasuryOutboundPayment', { ...flow, destinationPaymentMethodData: { type: 'FINANCIAL_ACCOUNT', financialAccount: fa2 } }));
  // A report run and a Sigma query run (on the job queue, before the clock holds test-mode steps), with their Files.
  const report = await add(m('createReportingReportRun', { reportType: 'balance.summary.1' }));
  const sigq = await add(m('createSigmaScheduledQuery', { title: mark, sql: `select '${mark}' as mark`, schedule: 'DAILY' }));
  await m('testHelpersRunSigmaScheduledQuery', { id: sigq });
  for (const until = Date.now() + 120_000; ; ) {
    const r = await client.gql(
      `query SeedRuns($id: ID!) { reportingReportRun(id: $id) { status result { id } } scheduledQueryRuns(first: 1) { nodes { id file { id } } } }`,
      { id: report },
      key,
    );
    const run = r.data?.reportingReportRun;
    const sqr = r.data?.scheduledQueryRuns.nodes[0];
    if (run?.result && sqr?.file) {
      seeded.push(run.result.id, sqr.id, sqr.file.id);
      break;
    }
    if (Date.now() > until) throw new Error(`seeding report and Sigma runs timed out: ${JSON.stringify(r)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await seedTerminalHardware(key, mark, add);
  // An uploaded File and a FileLink to it (src/files).
  const upload = await add(
    m('createFile', { purpose: 'DISPUTE_EVIDENCE', file: { data: Buffer.from(`%PDF-1.4\n%${mark}\n`).toString('base64'), name: `${mark}.pdf` } }),
  );
  await add(m('createFileLink', { file: upload, metadata: { owner: mark } }));
  // Last: from here on the account's test mode runs at the clock's time.
  const clock = await add(m('createTestHelpersTestClock', { frozenTime: CLOCK_TIME, name: mark }));

  // Identity and Financial Connections: their outcomes and refreshes arrive when the clock passes them.
  const vss = [];
  for (let i = 0; i < 4; i++)
    vss.push(await add(m('createIdentityVerificationSession', { type: 'DOCUMENT', relatedCustomer: cus, clientReferenceId: mark, metadata: { owner: mark } })));
  await m('testHelpersSubmitIdentityVerificationSession', { id: vss[0], outcome: 'VERIFIED' });
  await m('testHelpersSubmitIdentityVerificationSession', { id: vss[1], outcome: 'DOCUMENT_EXPIRED' });
  const fcs = await add(
    m('createFinancialConnectionsSession', {
      accountHolder: { type: 'CUSTOMER', customer: cus },
      permissions: ['PAYMENT_METHOD', 'BALANCES', 'OWNERSHIP', 'TRANSACTIONS'],
    }),
  );
  await add(m('createFinancialConnectionsSession', { accountHolder: { type: 'CUSTOMER', customer: cus }, permissions: ['BALANCES'] }));
  await m('testHelpersLinkFinancialConnectionsSession', { id: fcs, accounts: ['SUCCESS', 'SAVINGS', 'FAILURE'] });
  const fcas = await listIds(key, 'financialConnectionsAccounts', `session: "${fcs}"`);
  for (const fca of fcas) await m('refreshFinancialConnectionsAccount', { id: fca, features: ['BALANCE', 'OWNERSHIP', 'TRANSACTIONS'] });
  await m('advanceTestHelpersTestClock', { id: clock, frozenTime: new Date(Date.parse(CLOCK_TIME) + 60_000).toISOString() });
  // After the clock: the steps orders, readers and sessions schedule wait for it (nothing moves in the background).
  await seedCommerce(key, account.accountId, mark, cus, add);

  // What the flows made: Transactions, entries, the ReceivedCredit of the intra-Stripe payment, events (oldest first).
  const listed: string[] = [];
  for (const f of [fa1, fa2]) {
    listed.push(...(await listIds(key, 'treasuryTransactions', `financialAccount: "${f}"`)).reverse());
    listed.push(...(await listIds(key, 'treasuryTransactionEntries', `financialAccount: "${f}"`)).reverse());
    listed.push(...(await listIds(key, 'treasuryReceivedCredits', `financialAccount: "${f}"`)).reverse());
  }
  listed.push(...(await listIds(key, 'identityVerificationReports', '')).reverse());
  const owned = await client.gql(
    `query Owned($s: ID) { financialConnectionsAccounts(session: $s, first: 10) { nodes { id ownership { id owners(first: 10) { nodes { id } } } } } }`,
    { s: fcs },
    key,
  );
  // Accounts with an ownership first: listOwners' controls name the first account, and another account's ownership lists no owners.
  const withOwners = new Set(owned.data.financialConnectionsAccounts.nodes.filter((n: { ownership: unknown }) => n.ownership).map((n: { id: string }) => n.id));
  fcas.sort((x, y) => Number(withOwners.has(y)) - Number(withOwners.has(x)));
  listed.push(...fcas);
  for (const fca of fcas) listed.push(...(await listIds(key, 'financialConnectionsTransactions', `account: "${fca}"`)).reverse());
  for (const n of owned.data.financialConnectionsAccounts.nodes)
    if (n.ownership) listed.push(n.ownership.id, ...n.ownership.owners.nodes.map((o: { id: string }) => o.id));
  listed.push(...(await listIds(key, 'events', '')));

  const owner: Owner = { label, account, mark, pool: new Map(), all: [] };
  for (const id of [...seeded, ...listed]) {
    if (owner.all.includes(id)) continue;
    const type = typenameOfId(id);
    if (!type) throw new Error(`seeded id ${id} has no known type`);
    owner.all.push(id);
    owner.pool.set(type, [...(owner.pool.get(type) ?? []), id]);
  }
  return owner;
}

/** Commerce: a Coupon and its PromotionCode (for the Customer), a ShippingRate. */
async function seedDiscountsAndShipping(
  m: (mutation: string, input: Record<string, unknown>) => Promise<string>,
  add: (p: Promise<string>) => Promise<string>,
  customer: string,
  mark: string,
) {
  const coupon = await add(m('createCoupon', { percentOff: 10, name: mark.slice(0, 40), metadata: { owner: mark } }));
  // One for a customer (the list's customer filter), one for any of the account's customers (an order's discounts).
  await add(m('createPromotionCode', { promotion: { type: 'COUPON', coupon }, customer, metadata: { owner: mark } }));
  await add(m('createPromotionCode', { promotion: { type: 'COUPON', coupon }, metadata: { owner: mark } }));
  await add(m('createShippingRate', { displayName: mark, fixedAmount: { amount: 500, currency: 'usd' }, metadata: { owner: mark } }));
}

/**
 * Issuing, on the owner's funded FinancialAccount: a cardholder; designs in review (two) and active;
 * physical cards pending (four) and shipped (two) and a virtual one; authorizations pending (six), one
 * with a pending fraud challenge and one captured; captures (their ReceivedDebits first among the
 * owner's debits: disputable ones), one disputed; a token (Stripe has no endpoint that makes one: the
 * row is written as a wallet's provisioning would).
 */
async function seedIssuing(key: string, mark: string, fa: string, add: (p: Promise<string>) => Promise<string>) {
  const m = (mutation: string, input: Record<string, unknown>) => mutate(key, mutation, input);
  const holder = await add(
    m('createIssuingCardholder', { name: 'Isolation', phoneNumber: '+15555550100', billing: { address: ADDRESS }, metadata: { owner: mark } }),
  );
  const designs = [];
  for (let i = 0; i < 3; i++) designs.push(await add(m('createIssuingPersonalizationDesign', { physicalBundle: 'ics_fingraphStandardLogo', name: mark })));
  await m('testHelpersActivateIssuingPersonalizationDesign', { id: designs[2] });
  const physical = [];
  for (let i = 0; i < 6; i++)
    physical.push(
      await add(
        m('createIssuingCard', {
          cardholder: holder,
          currency: 'usd',
          type: 'PHYSICAL',
          shipping: SHIPPING,
          metadata: { owner: mark },
          ...(i === 0 ? { personalizationDesign: designs[2] } : {}),
        }),
      ),
    );
  for (const id of physical.slice(4)) await m('testHelpersShipIssuingCard', { id });
  const card = await add(m('createIssuingCard', { cardholder: holder, currency: 'usd', type: 'VIRTUAL', status: 'ACTIVE', financialAccount: fa }));
  const auths = [];
  for (let i = 0; i < 6; i++) auths.push(await add(m('testHelpersCreateIssuingAuthorization', { card, amount: 1000 })));
  await add(m('testHelpersCreateIssuingAuthorization', { card, amount: 1000, riskAssessment: { fraudRisk: { level: 'HIGHEST' } } }));
  const captured = await add(m('testHelpersCreateIssuingAuthorization', { card, amount: 1000 }));
  await m('testHelpersCaptureIssuingAuthorization', { id: captured });
  const [capture] = await listIds(key, 'issuingTransactions', `card: "${card}"`);
  const forced = [];
  for (let i = 0; i < 2; i++) forced.push(await add(m('testHelpersCreateForceCaptureIssuingTransaction', { card, amount: 500 })));
  for (const id of [capture!, ...forced]) {
    await add(Promise.resolve(id));
    const r = await client.gql(`query SeedRd($id: ID!) { issuingTransaction(id: $id) { treasury { receivedDebit { id } } } }`, { id }, key);
    await add(Promise.resolve(r.data.issuingTransaction.treasury.receivedDebit.id as string));
  }
  await add(m('createIssuingDispute', { transaction: capture, evidence: { reason: 'OTHER', other: { explanation: mark } }, metadata: { owner: mark } }));
  const account = await rows<{ account_id: string }>(`select account_id from issuing_cards where id = '${card}'`);
  const token = `intok_${randomBytes(12).toString('hex')}`;
  const now = Math.floor(Date.now() / 1000);
  await insertRecord(database.db, tokens.storage, { accountId: account[0]!.account_id, livemode: false }, new Date(), {
    id: token,
    card,
    device_fingerprint: null,
    last4: '4242',
    network: 'visa',
    network_data: { type: 'visa' },
    network_updated_at: now,
    status: 'active',
    wallet_provider: 'apple_pay',
  });
  await add(Promise.resolve(token));
}

// ---------------------------------------------------------------- Terminal hardware (issue 19)
/**
 * Terminal hardware orders: two pending (marked ready to ship, canceled), one ready to ship, two
 * shipped (delivered, marked undeliverable), so each helper and cancel has an order it applies to.
 */
async function seedTerminalHardware(key: string, mark: string, add: (p: Promise<string>) => Promise<string>) {
  const m = (mutation: string, input: Record<string, unknown>) => mutate(key, mutation, input);
  const orders = [];
  for (let i = 0; i < 5; i++)
    orders.push(
      await add(
        m('createTerminalHardwareOrder', {
          hardwareOrderItems: TERMINAL_HARDWARE_VALUES['CreateTerminalHardwareOrderInput.hardwareOrderItems'],
          paymentType: 'MONTHLY_INVOICE',
          shipping: { name: mark, address: ADDRESS },
          shippingMethod: TERMINAL_HARDWARE_VALUES['CreateTerminalHardwareOrderInput.shippingMethod'],
          poNumber: mark.slice(0, 100),
          metadata: { owner: mark },
        }),
      ),
    );
  for (const id of orders.slice(2)) await m('testHelpersMarkReadyToShipTerminalHardwareOrder', { id });
  for (const id of orders.slice(3)) await m('testHelpersShipTerminalHardwareOrder', { id });
}
// ---------------------------------------------------------------- end Terminal hardware
/**
 * Commerce and the families around it: Tax settings (active), a registration, calculations and
 * transactions (one reversed); Products, Prices, Entitlements Features attached to a Product, Orders
 * (open, one submitted, one free and complete: its customer's ActiveEntitlement); a card PaymentMethod
 * and its Forwarding Request; PaymentIntents (waiting for a payment method first: reader actions take
 * the first one; one succeeded and refunded, one to capture), SetupIntents; Terminal configurations,
 * locations, a connection token and readers (idle ones first, then ones with an action in progress:
 * a payment to present, inputs to collect); Crypto onramp sessions; Climate orders.
 */
async function seedCommerce(key: string, accountId: string, mark: string, cus: string, add: (p: Promise<string>) => Promise<string>) {
  const m = (mutation: string, input: Record<string, unknown>) => mutate(key, mutation, input);
  const meta = { owner: mark };
  // Tax settings have no id (one per account): active, with a head office and defaults.
  const settings = await client.gql(
    `mutation SeedTax($input: UpdateTaxSettingsInput!) { updateTaxSettings(input: $input) { taxSettings { status } userErrors { code } } }`,
    { input: { headOffice: HINTS.values['UpdateTaxSettingsInput.headOffice'], defaults: HINTS.values['UpdateTaxSettingsInput.defaults'] } },
    key,
  );
  if (settings.data?.updateTaxSettings?.taxSettings?.status !== 'ACTIVE') throw new Error(`seeding Tax settings failed: ${JSON.stringify(settings)}`);

  await add(m('createTaxRegistration', { country: 'IE', countryOptions: { ie: { type: 'STANDARD' } }, activeFrom: 'now' }));
  const calc = () =>
    add(
      m('createTaxCalculation', {
        currency: 'usd',
        customer: cus,
        lineItems: [{ amount: 1000, reference: mark, taxBehavior: 'EXCLUSIVE' }],
        customerDetails: { address: { country: 'US', state: 'CA', postalCode: '94111' }, addressSource: 'SHIPPING' },
      }),
    );
  const calcs = [await calc(), await calc(), await calc()];
  const tx1 = await add(m('createFromCalculationTaxTransaction', { calculation: calcs[0], reference: `${mark}-1`, metadata: meta }));
  await add(m('createFromCalculationTaxTransaction', { calculation: calcs[1], reference: `${mark}-2`, metadata: meta }));
  await add(m('createReversalTaxTransaction', { originalTransaction: tx1, mode: 'FULL', reference: `${mark}-1-reversal`, metadata: meta }));

  const products = [];
  for (let i = 0; i < 3; i++) products.push(await add(m('createProduct', { name: mark, description: mark, metadata: meta })));
  const price = await add(m('createPrice', { product: products[0], currency: 'usd', unitAmount: 1000, nickname: mark, metadata: meta }));
  const free = await add(m('createPrice', { product: products[1], currency: 'usd', unitAmount: 0, nickname: mark }));
  // The first Product sells at its default price (an order line may name the Product alone).
  await m('updateProduct', { id: products[0], defaultPrice: price });
  const features = [];
  for (let i = 0; i < 3; i++) features.push(await add(m('createEntitlementsFeature', { name: mark, lookupKey: `${mark}-${i}`, metadata: meta })));
  await add(m('createProductFeature', { id: products[1], entitlementFeature: features[0] }));
  await add(m('createProductFeature', { id: products[0], entitlementFeature: features[1] }));
  const orders = [];
  for (let i = 0; i < 4; i++)
    orders.push(await add(m('createOrder', { currency: 'usd', customer: cus, lineItems: [{ price }], description: mark, metadata: meta })));
  await m('submitOrder', { id: orders[3], expectedTotal: 1000 });
  // One submitted order (its payment declined: what the test-mode schedule runs after its delay, now), for reopen.
  await m('submitOrder', { id: orders[2], expectedTotal: 1000 });
  await perform(
    'order',
    'fail_payment',
    { db: database.db, scope: { accountId, livemode: false }, requestId: null },
    {
      id: orders[2],
      payment_method: 'pm_card_chargeDeclined',
    },
  );
  // A free order completes at submit: its customer is entitled to the features of what it bought.
  const freeOrder = await add(m('createOrder', { currency: 'usd', customer: cus, lineItems: [{ price: free }], description: mark }));
  await m('submitOrder', { id: freeOrder, expectedTotal: 0 });
  for (const id of await listIds(key, 'entitlementsActiveEntitlements', `customer: "${cus}"`)) await add(Promise.resolve(id));

  const card = await add(
    m('createPaymentMethod', { type: 'CARD', card: { number: '4242424242424242', expMonth: 3, expYear: 2030, cvc: '123' }, billingDetails: { name: mark } }),
  );
  await add(
    m('createForwardingRequest', {
      paymentMethod: card,
      url: HINTS.values['CreateForwardingRequestInput.url'],
      replacements: ['CARD_NUMBER'],
      request: { body: `{"card":"{{CARD_NUMBER}}","note":"${mark}"}` },
      metadata: meta,
    }),
  );
  const intent = (extra: Record<string, unknown> = {}) =>
    add(
      m('createPaymentIntent', {
        amount: 2000,
        currency: 'usd',
        allowedPaymentMethodTypes: ['CARD_PRESENT', 'CARD'],
        description: mark,
        metadata: meta,
        customer: cus,
        ...extra,
      }),
    );
  const intents = [];
  for (let i = 0; i < 4; i++) intents.push(await intent());
  const paid = await intent({ confirm: true, paymentMethod: 'pm_card_visa' });
  await intent({ confirm: true, paymentMethod: 'pm_card_visa' });
  await intent({ confirm: true, paymentMethod: 'pm_card_visa', captureMethod: 'MANUAL' });
  await intent({ confirm: true, paymentMethod: 'pm_card_visa', captureMethod: 'MANUAL' });
  await add(m('createRefund', { paymentIntent: paid, amount: 500, metadata: meta }));
  const setups = [];
  for (let i = 0; i < 3; i++)
    setups.push(
      await add(
        m('createSetupIntent', { allowedPaymentMethodTypes: ['CARD_PRESENT'], usage: 'OFF_SESSION', customer: cus, description: mark, metadata: meta }),
      ),
    );

  const configs = [];
  for (let i = 0; i < 3; i++) configs.push(await add(m('createTerminalConfiguration', { name: mark })));
  const locations = [];
  for (let i = 0; i < 3; i++)
    locations.push(
      await add(
        m('createTerminalLocation', {
          displayName: mark,
          address: { line1: '1234 Market Street', city: 'San Francisco', state: 'CA', postalCode: '94103', country: 'US' },
          configurationOverrides: configs[0],
          metadata: meta,
        }),
      ),
    );
  await add(m('createTerminalConnectionToken', { location: locations[0] }));
  const readers = [];
  for (let i = 0; i < 10; i++)
    readers.push(await add(m('createTerminalReader', { registrationCode: 'simulated-wpe', label: mark, location: locations[0], metadata: meta })));
  // A SetupIntent set up on a reader: it holds the card presented there.
  await m('processSetupIntentTerminalReader', { id: readers[6], setupIntent: setups[2], allowRedisplay: 'ALWAYS' });
  await m('testHelpersPresentPaymentMethodTerminalReader', { id: readers[6] });
  const set = await client.gql(`query SeedSi($id: ID!) { setupIntent(id: $id) { status paymentMethod { id } } }`, { id: setups[2] }, key);
  if (!set.data?.setupIntent?.paymentMethod) throw new Error(`seeding a set-up SetupIntent failed: ${JSON.stringify(set)}`);
  await add(Promise.resolve(set.data.setupIntent.paymentMethod.id as string));
  // Actions in progress on the last ones: a payment waiting for its card, inputs waiting for the customer.
  await m('processPaymentIntentTerminalReader', { id: readers[7], paymentIntent: intents[3] });
  for (const id of readers.slice(8)) await m('collectInputsTerminalReader', { id, inputs: HINTS.values['CollectInputsTerminalReaderInput.inputs'] });

  const onramp = {
    sourceCurrency: 'USD',
    sourceAmount: '250.00',
    destinationCurrency: 'ETH',
    destinationNetwork: 'ETHEREUM',
    customerIpAddress: '8.8.8.8',
    metadata: meta,
  };
  for (let i = 0; i < 3; i++) await add(m('createCryptoOnrampSession', onramp));
  // KYC details and a wallet given: the session skips the widget and waits for payment.
  await add(
    m('createCryptoOnrampSession', {
      ...onramp,
      kycDetails: { first_name: 'Isolation', last_name: mark },
      walletAddresses: { ethereum: '0x52908400098527886E0F7030069857D2E4169EE7' },
    }),
  );
  for (let i = 0; i < 3; i++)
    await add(
      m('createClimateOrder', { product: 'climsku_frontier_offtake_portfolio_2027', metricTons: '0.5', beneficiary: { publicName: mark }, metadata: meta }),
    );
}

// ---------------------------------------------------------------- calls

interface Call {
  root: RootField;
  /** The id path being attacked (or controlled), and the value there. */
  path: IdPath;
  value: unknown;
  /** Whose ids fill the other id paths, and how many were filled. */
  others: Owner;
  filled: number;
  args: Record<string, unknown>;
}

function candidates(owner: Owner, root: RootField, path: IdPath): unknown[] {
  const ids = path.type === '*' ? owner.all : owner.pool.get(path.type);
  if (!ids?.length) throw new Error(`isolation: ${keyOf(root)}: ${owner.label} has no ${path.type} for ${pathKey(path)}; seed one`);
  if (path.list) {
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += 50) chunks.push(ids.slice(i, i + 50));
    return chunks;
  }
  return root.kind === 'Query' ? ids : ids.slice(0, MAX_IDS);
}

/** `root` with `value` at `path` and `others`' ids (distinct ones per type) at every other id path. */
function call(root: RootField, path: IdPath, value: unknown, others: Owner): Call {
  let filled = 0;
  const args = walk.args(root, new Map([[pathKey(path), value]]), (p, used) => {
    filled++;
    const ids = p.type === '*' ? others.all : (others.pool.get(p.type) ?? []);
    const id = ids.find((i) => !used.has(i));
    if (!id) throw new Error(`isolation: ${keyOf(root)}: ${others.label} has no unused ${p.type} for ${pathKey(p)}`);
    return p.list ? [id] : id;
  });
  return { root, path, value, others, filled, args };
}

/** Every call with one of `victim`'s ids at one id path: `others` fill the rest (both owners for the attacker). */
function attacks(root: RootField, victim: Owner, others: Owner[]): Call[] {
  const out = new Map<string, Call>();
  for (const path of root.paths)
    for (const value of candidates(victim, root, path))
      for (const o of others) {
        const c = call(root, path, value, o);
        const k = JSON.stringify(c.args);
        if (!out.has(k)) out.set(k, c);
      }
  return [...out.values()];
}

async function run(c: Call, key: string): Promise<GqlResponse> {
  const op = walk.operation(c.root, c.args);
  return client.gql(op.query, op.variables, key);
}

const describeCall = (c: Call, who: string) =>
  `${who} ${keyOf(c.root)} ${pathKey(c.path)}=${JSON.stringify(c.value).slice(0, 80)} args=${JSON.stringify(c.args).slice(0, 300)}`;

/** Nothing of `victim` in an answer: no id of theirs in `data`, no secret of theirs anywhere. */
function expectNoLeak(r: GqlResponse, victim: Owner, what: string, data: unknown = r.data) {
  const text = JSON.stringify(data ?? null);
  const leaked = victim.all.filter((id) => text.includes(id));
  expect(leaked, `${what}: leaked ids`).toEqual([]);
  expect(JSON.stringify(r).includes(victim.mark), `${what}: leaked ${victim.label}'s secret`).toBe(false);
}

function expectOnlyMissing(errors: GqlResponse['errors'], what: string, codes = ['resource_missing']) {
  for (const e of errors ?? []) expect(codes, `${what}: ${JSON.stringify(e)}`).toContain(e.extensions?.stripeCode);
}

// ---------------------------------------------------------------- the suite

beforeAll(async () => {
  const db = await inProcessDatabase(inject('pgliteTemplate'));
  database = db.database;
  drop = db.drop;
  // No webhook delivery in this process: nothing writes in the background while the database is compared.
  app = await createApp(database, { ...LIMITS, webhooks: { worker: false } });
  url = await app.start(0);
  client = new HttpClient(url, null, 8);
  // Forwarding Requests really forward: a loopback destination that answers every request.
  destination = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
  });
  await new Promise<void>((r) => destination.listen(0, '127.0.0.1', r));
  HINTS.values['CreateForwardingRequestInput.url'] = `http://127.0.0.1:${(destination.address() as { port: number }).port}/isolation`;
  walk = new SchemaWalk(schema, HINTS);
  roots = walk.roots();
  A = await seed('A', await createAccount(database.db, 'Isolation A'));
  B = await seed('B', await createAccount(database.db, 'Isolation B'));
});

afterAll(async () => {
  console.log(
    `isolation: ${roots?.length} fields; ${tally.reads} reads, ${tally.mutations} mutations, ${tally.subscriptions} subscriptions refused; ${tally.controls} owner controls`,
  );
  for (const s of sockets) await s.dispose();
  client?.close();
  await app?.stop();
  destination?.close();
  await drop?.();
});

describe('isolation between accounts and modes, field by field', () => {
  it('enumerates every root field from the schema; the only ones without an object id are the account-independent ones', () => {
    expect(roots.filter((r) => r.kind === 'Query').length).toBeGreaterThan(10);
    expect(roots.filter((r) => r.kind === 'Mutation').length).toBeGreaterThan(10);
    expect(roots.filter((r) => r.kind === 'Subscription').length).toBeGreaterThan(5);
    expect(
      roots
        .filter((r) => r.paths.length === 0)
        .map(keyOf)
        .sort(),
    ).toEqual(ACCOUNT_INDEPENDENT);
    for (const f of FINAL_AT_CREATION) expect(roots.map(keyOf)).toContain(f);
    // Every object type is seeded for both accounts, so every id argument has ids to try.
    for (const owner of [A, B]) expect([...owner.pool.keys()].sort()).toEqual(walk.nodeTypes);
    // Arguments can be built for every call (throws, naming the field, otherwise).
    for (const root of roots) if (root.paths.length) attacks(root, A, [B, A]);
  });

  it("controls: each read, with the owner's key and ids, finds the owner's objects", async () => {
    for (const owner of [A, B]) {
      const reads = roots.filter((r) => r.kind === 'Query' && r.paths.length);
      await pool(reads, 4, async (root) => {
        for (const path of root.paths) {
          let found = 0;
          for (const value of candidates(owner, root, path)) {
            const c = call(root, path, value, owner);
            const r = await run(c, owner.account.testKey);
            tally.controls++;
            expect(r.errors, describeCall(c, owner.label)).toBeUndefined();
            const v = r.data[root.name];
            if (!isEmpty(v)) found++;
            // A single object (or each of nodes) is there for every id; a filtered list for some.
            if (!walk.isConnection(root)) expect(Array.isArray(v) ? v.every((x) => x !== null) : v !== null, describeCall(c, owner.label)).toBe(true);
          }
          expect.soft(found, `${owner.label} ${keyOf(root)} ${pathKey(path)}: nothing found for any id`).toBeGreaterThan(0);
        }
      });
    }
  });

  let before: Record<string, string>;

  it('another account and the other mode read nothing of A through any query', async () => {
    before = await snapshot();
    const reads = roots.filter((r) => r.kind === 'Query' && r.paths.length);
    await pool(reads, 4, async (root) => {
      for (const c of attacks(root, A, [B, A]))
        for (const [who, key] of [
          ['B', B.account.testKey],
          ['A live', A.account.liveKey],
        ] as const) {
          if (who === 'A live' && c.others !== A && c.filled > 0) continue;
          const r = await run(c, key);
          tally.reads++;
          const what = describeCall(c, who);
          expect(r.status, what).toBeLessThan(500);
          expectOnlyMissing(r.errors, what);
          expect(isEmpty(r.data?.[root.name]), `${what}: ${JSON.stringify(r.data)}`).toBe(true);
          expectNoLeak(r, A, what);
        }
    });
  });

  it('the account-independent queries answer for the caller only', async () => {
    for (const root of roots.filter((r) => r.kind === 'Query' && !r.paths.length)) {
      const c: Call = {
        root,
        path: { segs: [], type: '', list: false, required: false },
        value: null,
        others: B,
        filled: 0,
        args: walk.args(root, new Map(), () => null),
      };
      const own = await run(c, A.account.testKey);
      expect(own.errors).toBeUndefined();
      expect(isEmpty(own.data[root.name]), `${keyOf(root)} lists A's own objects`).toBe(false);
      for (const [who, key] of [
        ['B', B.account.testKey],
        ['A live', A.account.liveKey],
      ] as const) {
        const r = await run(c, key);
        tally.reads++;
        expect(r.errors).toBeUndefined();
        expectNoLeak(r, A, `${who} ${keyOf(root)}`);
      }
      expect(isEmpty((await run(c, B.account.testKey)).data[root.name]), `${keyOf(root)} lists B's own objects`).toBe(false);
    }
  });

  it('another account and the other mode change nothing of A through any mutation: resource_missing, and the database is unchanged', async () => {
    const mutations = roots.filter((r) => r.kind === 'Mutation' && r.paths.length);
    await pool(mutations, 4, async (root) => {
      const object = payloadField(root.name);
      for (const c of attacks(root, A, [B, A]))
        for (const [who, key] of [
          ['B', B.account.testKey],
          ['A live', A.account.liveKey],
        ] as const) {
          if (who === 'A live' && c.others !== A && c.filled > 0) continue;
          const r = await run(c, key);
          tally.mutations++;
          const what = describeCall(c, who);
          // Test helpers refuse a live key before looking anything up (livemode_mismatch): also nothing learnt.
          const codes = who === 'A live' && /testHelpers/i.test(root.name) ? ['resource_missing', 'livemode_mismatch'] : ['resource_missing'];
          expectOnlyMissing(r.errors, what, codes);
          const payload = r.data?.[root.name];
          if (!r.errors) {
            expect(payload?.[object], `${what}: ${JSON.stringify(r.data)}`).toBeNull();
            expect(payload.userErrors.length, what).toBe(1);
            expect(codes, `${what}: ${JSON.stringify(payload.userErrors)}`).toContain(payload.userErrors[0].code);
            // With B's own ids everywhere else, the refusal names the one foreign id.
            if (c.others === B && payload.userErrors[0].code === 'resource_missing')
              expect(
                payload.userErrors[0].field.filter((f: string) => !/^\d+$/.test(f)),
                what,
              ).toEqual(c.path.segs.slice(1));
          }
          expectNoLeak(r, A, what, payload?.[object] ?? null);
        }
    });
    expect(await snapshot()).toEqual(before);
  });

  it("another account and the other mode observe nothing of A through any subscription, while A's objects change", async () => {
    interface Sub {
      c: Call | null;
      who: string;
      values: unknown[];
      errors: { extensions?: Record<string, any> }[];
      done: boolean;
    }
    const subs: Sub[] = [];
    const open = (socket: Client, c: Call | null, root: RootField, args: Record<string, unknown>, who: string): Sub => {
      const op = walk.operation(root, args);
      const sub: Sub = { c, who, values: [], errors: [], done: false };
      socket.subscribe(
        { query: op.query, variables: op.variables },
        {
          next: (v) => (v.errors ? sub.errors.push(...(v.errors as never[])) : sub.values.push(v.data)),
          error: (e) => {
            sub.errors.push(...((Array.isArray(e) ? e : [e]) as never[]));
            sub.done = true;
          },
          complete: () => (sub.done = true),
        },
      );
      subs.push(sub);
      return sub;
    };
    const [aWs, bWs, liveWs] = [ws(A.account.testKey), ws(B.account.testKey), ws(A.account.liveKey)];
    const subscriptions = roots.filter((r) => r.kind === 'Subscription');
    const eventsRoot = subscriptions.find((r) => r.name === 'events')!;
    const hub = app.services.hub;
    const listenersBefore = { A: hub.listenerCount(A.account.accountId), B: hub.listenerCount(B.account.accountId) };

    // B's and the live key's own event streams: A's changes must never arrive there.
    const bStream = open(bWs, null, eventsRoot, {}, 'B');
    const liveStream = open(liveWs, null, eventsRoot, {}, 'A live');
    const controls: Sub[] = [];
    for (const root of subscriptions.filter((r) => r.paths.length))
      for (const c of attacks(root, A, [A])) {
        controls.push(open(aWs, c, root, c.args, 'A'));
        open(bWs, c, root, c.args, 'B');
        open(liveWs, c, root, c.args, 'A live');
      }
    // Wait until every one of A's (and the two own streams) is live: each registered a listener.
    const deadline = Date.now() + 30_000;
    const expected = listenersBefore.A + controls.length + 1;
    while (hub.listenerCount(A.account.accountId) < expected && Date.now() < deadline && !controls.some((s) => s.errors.length))
      await new Promise((r) => setTimeout(r, 20));
    for (const s of controls) expect(s.errors, describeCall(s.c!, 'A')).toEqual([]);
    const live = "live streams on A: A's own and the live key's event stream (more: another key's subscription to A's objects went live)";
    expect(hub.listenerCount(A.account.accountId), live).toBe(expected);

    // A changes its objects: every mutation, with A's key and ids (the mutation controls, below).
    await mutationControls(A);

    // Then B and the live key change their own: were anything of A's delivered to them, it would come first.
    const bOwn = await mutate(B.account.testKey, 'createTreasuryFinancialAccount', { supportedCurrencies: ['usd'] });
    const liveOwn = await mutate(A.account.liveKey, 'createTreasuryFinancialAccount', { supportedCurrencies: ['usd'] });
    const settle = Date.now() + 30_000;
    const observable = controls.filter((s) => !FINAL_AT_CREATION.includes(keyOf(s.c!.root)));
    const seen = () => new Set(observable.filter((s) => s.values.length).map((s) => keyOf(s.c!.root)));
    const fields = new Set(observable.map((s) => keyOf(s.c!.root)));
    while ((bStream.values.length === 0 || liveStream.values.length === 0 || seen().size < fields.size) && Date.now() < settle)
      await new Promise((r) => setTimeout(r, 20));

    // Controls: each subscription field delivered A's changes to A.
    expect(
      [...fields].filter((f) => !seen().has(f)),
      'subscription fields that delivered nothing to A',
    ).toEqual([]);
    // B's and the live key's streams: their own change first, nothing of A's.
    expect((bStream.values[0] as any).events.data.object.id).toBe(bOwn);
    expect((liveStream.values[0] as any).events.data.object.id).toBe(liveOwn);
    for (const s of [bStream, liveStream]) expectNoLeak({ status: 200, data: s.values }, A, `${s.who} events stream`);
    // Every subscription with A's ids by B or the live key: refused (resource_missing) and silent.
    for (const s of subs.filter((x) => x.c && x.who !== 'A')) {
      tally.subscriptions++;
      const what = describeCall(s.c!, s.who);
      expect(s.values, what).toEqual([]);
      expectOnlyMissing(s.errors as never, what);
      expect(s.errors.length, `${what}: neither refused nor silent`).toBeLessThanOrEqual(1);
      expectNoLeak({ status: 200, errors: s.errors as never }, A, what, null);
    }
    // None of them is a live stream: B holds only its own event stream, A only its controls and the live key's stream.
    expect(hub.listenerCount(B.account.accountId), 'live streams on B: its own event stream only').toBe(listenersBefore.B + 1);
    expect(hub.listenerCount(A.account.accountId), live).toBe(expected);
  });

  it("controls: each mutation, with B's key and ids, finds B's objects and succeeds for one of them", async () => {
    await mutationControls(B);
  });

  it("the account-independent mutations create the caller's own objects, invisible to the other accounts", async () => {
    // A third account, with nothing yet (B already has its one test clock).
    const c3 = await createAccount(database.db, 'Isolation C');
    for (const root of roots.filter((r) => r.kind === 'Mutation' && !r.paths.length)) {
      const c: Call = {
        root,
        path: { segs: [], type: '', list: false, required: false },
        value: null,
        others: B,
        filled: 0,
        args: walk.args(root, new Map(), () => null),
      };
      const r = await run(c, c3.testKey);
      const payload = r.data?.[root.name];
      expect(payload?.userErrors, JSON.stringify(r)).toEqual([]);
      const id = payload[payloadField(root.name)].id as string | undefined;
      // An object without an id (the account's Tax settings): the caller's own by its key; nothing of A's or B's in it.
      if (id === undefined) {
        for (const owner of [A, B]) expectNoLeak(r, owner, keyOf(root));
        continue;
      }
      expect((await client.gql(`query Iso($id: ID!) { node(id: $id) { id } }`, { id }, c3.testKey)).data).toEqual({ node: { id } });
      for (const key of [A.account.testKey, B.account.testKey, c3.liveKey])
        expect((await client.gql(`query Iso($id: ID!) { node(id: $id) { id } }`, { id }, key)).data).toEqual({ node: null });
      for (const owner of [A, B]) expectNoLeak(r, owner, keyOf(root));
    }
  });
});

/** Order: creations, then transitions (a later one needs an object an earlier one did not use), closing and deleting last. */
function rank(name: string): number {
  // null: every other mutation (a reader's process, an order's submit), before cancels (which take the first free intent).
  // A clock's advance late: it runs the steps every test-mode flow scheduled (an order's payment, a Climate order's delivery).
  const order = [/^(testHelpersCreate|create)/, /^testHelpersUpdate/, /^testHelpers/, /^resend/, /^update/, null, /^cancel/, /^close/, /^advance/, /^delete/];
  const i = order.findIndex((re) => re?.test(name));
  return i === -1 ? order.indexOf(null) : i;
}

/**
 * The owner runs every mutation with its own ids at each id path: no id is ever resource_missing,
 * and for each path one id is accepted (the generated arguments are valid, so the refusals the
 * other keys got were about the foreign id alone).
 */
/**
 * Mutations whose control may meet only state refusals (the ids found, their objects in another state):
 * the ids filled at their other paths are the owner's first PaymentIntent (waiting for a payment method)
 * and first reader (busy by then), never the succeeded or confirmable intent and free reader they need.
 */
const STATE_BOUND = ['Mutation.confirmPaymentIntentTerminalReader', 'Mutation.refundPaymentTerminalReader'];

const STATE_REFUSALS = [
  'invalid_state',
  'financial_account_not_empty',
  'terminal_reader_busy',
  'payment_intent_unexpected_state',
  'setup_intent_unexpected_state',
];

async function mutationControls(owner: Owner) {
  const mutations = roots.filter((r) => r.kind === 'Mutation' && r.paths.length).sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  for (const root of mutations) {
    const object = payloadField(root.name);
    // A path tried after another path of the same mutation already changed the one object in a state
    // to accept it (a close), may meet only state refusals: its ids were found, not refused as foreign.
    let rootAccepted = false;
    for (const path of root.paths) {
      let accepted = false;
      const refusals: unknown[] = [];
      for (const value of candidates(owner, root, path)) {
        const c = call(root, path, value, owner);
        const r = await run(c, owner.account.testKey);
        tally.controls++;
        const what = describeCall(c, owner.label);
        expect(r.errors, what).toBeUndefined();
        const payload = r.data[root.name];
        expect(
          payload.userErrors.map((e: { code: string }) => e.code),
          what,
        ).not.toContain('resource_missing');
        if (payload.userErrors.length === 0 && payload[object] !== null) {
          accepted = true;
          break;
        }
        refusals.push(payload.userErrors);
      }
      const onlyState = (refusals as { code: string }[][]).every((list) => list.every((e) => STATE_REFUSALS.includes(e.code)));
      expect
        .soft(
          accepted || ((rootAccepted || STATE_BOUND.includes(keyOf(root))) && onlyState),
          `${owner.label} ${keyOf(root)} ${pathKey(path)}: no id accepted: ${JSON.stringify(refusals)}`,
        )
        .toBe(true);
      rootAccepted ||= accepted;
    }
  }
}
