import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createAccount, type CreatedAccount } from '../../../src/auth/auth.js';
import { createApp, type App } from '../../../src/app.js';
import type { Database } from '../../../src/db/client.js';
import { inProcessDatabase } from './database.js';
import type { HttpClient } from './http.js';
import type { Tenant } from './workload.js';

export const LIMITS = { maxDepth: 12, maxAliases: 30, maxCost: 20_000, maxBodyBytes: 1_000_000, shutdownTimeoutMs: 2_000 };

/** Every money-moving feature, requested (as test/support/seed.ts ALL_FEATURES), and card issuing (the Issuing flows). */
export const ALL_FEATURES = {
  inboundTransfers: { ach: { requested: true } },
  outboundPayments: { ach: { requested: true }, usDomesticWire: { requested: true } },
  outboundTransfers: { ach: { requested: true }, usDomesticWire: { requested: true } },
  intraStripeFlows: { requested: true },
  financialAddresses: { aba: { requested: true } },
  cardIssuing: { requested: true },
};

export interface RelApp {
  app: App;
  url: string;
  wsUrl: string;
  database: Database;
  kind: 'postgres' | 'pglite';
  newAccount(name?: string): Promise<CreatedAccount>;
  wsClient(key: string): Client;
  close(): Promise<void>;
}

/** The real app on 127.0.0.1 and a free port, in this process, over its own fresh database. */
export async function startRelApp(pgliteTemplate?: string): Promise<RelApp> {
  const { database, kind, drop } = await inProcessDatabase(pgliteTemplate);
  const app = await createApp(database, LIMITS);
  const url = await app.start(0);
  const clients: Client[] = [];
  return {
    app,
    url,
    wsUrl: url.replace('http', 'ws'),
    database,
    kind,
    newAccount: (name = 'Reliability') => createAccount(database.db, name),
    wsClient(key) {
      const c = createClient({
        url: url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${key}` },
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(c);
      return c;
    },
    async close() {
      for (const c of clients) await c.dispose();
      await app.stop();
      await drop();
    },
  };
}

const CREATE_FA = `mutation RelFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } } }`;
const CREATE_HOLDER = `mutation RelHolder($input: CreateIssuingCardholderInput!) { createIssuingCardholder(input: $input) { issuingCardholder { id } userErrors { code message } } }`;
const CREATE_CARD = `mutation RelCard($input: CreateIssuingCardInput!) { createIssuingCard(input: $input) { issuingCard { id } userErrors { code message } } }`;
const CREATE_PM = `mutation RelPm($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { paymentMethod { id } userErrors { code message } } }`;

/** An account's FinancialAccounts and a PaymentMethod, created over GraphQL. */
export async function seedTenant(client: HttpClient, account: { accountId: string; key: string }, financialAccounts: number): Promise<Tenant> {
  const fas: string[] = [];
  for (let i = 0; i < financialAccounts; i++) {
    const r = await client.gql(CREATE_FA, { input: { supportedCurrencies: ['usd'], features: ALL_FEATURES } }, account.key);
    const id = r.data?.createTreasuryFinancialAccount?.treasuryFinancialAccount?.id;
    if (!id) throw new Error(`seeding a FinancialAccount failed: ${JSON.stringify(r)}`);
    fas.push(id);
  }
  const r = await client.gql(
    CREATE_PM,
    {
      input: {
        type: 'US_BANK_ACCOUNT',
        usBankAccount: { routingNumber: '110000000', accountNumber: '000000006789', accountHolderType: 'INDIVIDUAL', accountType: 'CHECKING' },
        // A complete address: wires need one (Stripe's guides), and the workload sends wires too.
        billingDetails: { name: 'Jenny Rosen', address: { line1: '510 Townsend St', city: 'San Francisco', state: 'CA', postalCode: '94103', country: 'US' } },
      },
    },
    account.key,
  );
  const pm = r.data?.createPaymentMethod?.paymentMethod?.id;
  if (!pm) throw new Error(`seeding a PaymentMethod failed: ${JSON.stringify(r)}`);
  // An active virtual card on each FinancialAccount (the Issuing flows spend from it).
  const address = { line1: '510 Townsend St', city: 'San Francisco', state: 'CA', postalCode: '94103', country: 'US' };
  const h = await client.gql(CREATE_HOLDER, { input: { name: 'Jenny Rosen', billing: { address } } }, account.key);
  const holder = h.data?.createIssuingCardholder?.issuingCardholder?.id;
  if (!holder) throw new Error(`seeding a cardholder failed: ${JSON.stringify(h)}`);
  const cards: Record<string, string> = {};
  for (const fa of fas) {
    const c = await client.gql(
      CREATE_CARD,
      { input: { cardholder: holder, financialAccount: fa, currency: 'usd', type: 'VIRTUAL', status: 'ACTIVE' } },
      account.key,
    );
    const id = c.data?.createIssuingCard?.issuingCard?.id;
    if (!id) throw new Error(`seeding a card failed: ${JSON.stringify(c)}`);
    cards[fa] = id;
  }
  return { accountId: account.accountId, key: account.key, financialAccounts: fas, paymentMethod: pm, cards };
}
