import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/harness.js';
import { balanceOf, seedFinancialAccount } from '../../test/support/seed.js';

/**
 * Financial Connections, the story Stripe documents for funding a FinancialAccount: a Session is
 * completed on its hosted page (real HTTP, no API key), the linked Account's balance, transactions
 * and owners are refreshed (each refresh pending, then answered — a test clock stands in for the
 * institution's delay), a us_bank_account PaymentMethod made from the Account pulls money into a
 * FinancialAccount by InboundTransfer, and a disconnected Account refuses further refreshes.
 */
let t: TestApp;
let clockId: string;
let frozen = Date.UTC(2026, 0, 5, 15);

async function request(doc: string, variables: Record<string, unknown> = {}) {
  const r = await t.gql<any, any>(doc, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}
async function advance(ms = 60_000) {
  frozen += ms;
  const d = await request(
    `mutation($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } } }`,
    { input: { id: clockId, frozenTime: new Date(frozen).toISOString() } },
  );
  expect(d.advanceTestHelpersTestClock.userErrors).toEqual([]);
}
const Account = `id status category subcategory displayName institutionName last4 permissions subscriptions supportedPaymentMethodTypes
  accountHolder { type account customer { id } }
  balance { type asOf current { amount currency } cash { available { amount currency } } }
  balanceRefresh { status lastAttemptedAt nextRefreshAvailableAt } transactionRefresh { id status lastAttemptedAt nextRefreshAvailableAt } ownershipRefresh { status }
  ownership { id owners(first: 10) { nodes { name email ownership { id } } } }`;
const readAccount = async (id: string) =>
  (await request(`query($id: ID!) { financialConnectionsAccount(id: $id) { ${Account} } }`, { id })).financialConnectionsAccount;
async function refresh(id: string, features: string[]) {
  const d = await request(
    `mutation($input: RefreshFinancialConnectionsAccountInput!) { refreshFinancialConnectionsAccount(input: $input) { financialConnectionsAccount { ${Account} } userErrors { code field message } } }`,
    { input: { id, features } },
  );
  return d.refreshFinancialConnectionsAccount;
}
const Link = `mutation($input: TestHelpersLinkFinancialConnectionsSessionInput!) { testHelpersLinkFinancialConnectionsSession(input: $input) { financialConnectionsSession { accounts(first: 10) { nodes { id subcategory permissions } } } userErrors { code field } } }`;
/** A customer's session linking one test account (test-mode mutation): the Account's id. */
async function linkOne(testAccount: string, permissions: string[]) {
  const customer = (await request(`mutation { createCustomer(input: { name: "Jenny Rosen" }) { customer { id } } }`)).createCustomer.customer.id;
  const s = (await createSession(customer, { permissions })).financialConnectionsSession;
  const linked = (await request(Link, { input: { id: s.id, accounts: [testAccount] } })).testHelpersLinkFinancialConnectionsSession;
  expect(linked.userErrors).toEqual([]);
  return linked.financialConnectionsSession.accounts.nodes[0].id as string;
}
async function accountAction(action: 'Subscribe' | 'Unsubscribe' | 'Disconnect', id: string, features?: string[]) {
  const d = await request(
    `mutation($input: ${action}FinancialConnectionsAccountInput!) { ${action.toLowerCase()}FinancialConnectionsAccount(input: $input) { financialConnectionsAccount { ${Account} } userErrors { code field message } } }`,
    { input: { id, ...(features ? { features } : {}) } },
  );
  return d[`${action.toLowerCase()}FinancialConnectionsAccount`];
}
const eventsOf = async (id: string) =>
  (await request(`query { events(types: ["financial_connections.account.*"], first: 100) { nodes { type created data { object } } } }`)).events.nodes
    .filter((e: any) => e.data.object.id === id)
    .reverse();
async function createSession(customer: string, input: Record<string, unknown>) {
  const d = await request(
    `mutation($input: CreateFinancialConnectionsSessionInput!) { createFinancialConnectionsSession(input: $input) { financialConnectionsSession { id clientSecret permissions prefetch accountHolder { type customer { id } } accounts(first: 10) { nodes { id } } } userErrors { code field message } } }`,
    { input: { accountHolder: { type: 'CUSTOMER', customer }, ...input } },
  );
  return d.createFinancialConnectionsSession;
}

beforeAll(async () => {
  t = await startTestApp();
  const d = await request(
    `mutation($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }`,
    { input: { frozenTime: new Date(frozen).toISOString(), name: 'fc' } },
  );
  clockId = d.createTestHelpersTestClock.testHelpersTestClock.id;
});
afterAll(() => t?.close());

describe('Financial Connections funding Treasury', () => {
  it('links on the hosted page, refreshes, funds a FinancialAccount by InboundTransfer, then disconnects', async () => {
    const customer = (await request(`mutation { createCustomer(input: { name: "Jenny Rosen" }) { customer { id } } }`)).createCustomer.customer.id;
    const created = await createSession(customer, { permissions: ['PAYMENT_METHOD', 'BALANCES', 'TRANSACTIONS', 'OWNERSHIP'], prefetch: ['BALANCES'] });
    expect(created.userErrors).toEqual([]);
    const session = created.financialConnectionsSession;
    expect(session).toMatchObject({ accountHolder: { type: 'CUSTOMER', customer: { id: customer } }, prefetch: ['BALANCES'], accounts: { nodes: [] } });
    expect(session.clientSecret).toMatch(/^fcsess_client_secret_/);

    // The hosted page: payment_method permission leaves the credit card out; a wrong secret is no page.
    const pageUrl = `${t.url.replace(/\/graphql$/, '')}/financial-connections/link/${session.id}/${session.clientSecret}`;
    const html = await (await fetch(pageUrl)).text();
    expect(html).toContain('value="success"');
    expect(html).not.toContain('value="credit_card"');
    expect((await fetch(`${pageUrl}x`)).status).toBe(404);
    const linked = await fetch(pageUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'account=success&account=failure',
    });
    expect(linked.status).toBe(303);
    expect(await (await fetch(pageUrl)).text()).toContain('Your accounts are linked');

    const bySession = await request(`query($s: ID) { financialConnectionsAccounts(session: $s, first: 10) { nodes { id displayName } } }`, { s: session.id });
    expect(bySession.financialConnectionsAccounts.nodes.map((n: any) => n.displayName).sort()).toEqual(['Refresh Failure Account', 'Sample Checking Account']);
    const byHolder = await request(`query($c: ID) { financialConnectionsAccounts(accountHolder: { customer: $c }, first: 10) { nodes { id } } }`, {
      c: customer,
    });
    expect(byHolder.financialConnectionsAccounts.nodes).toHaveLength(2);
    const fca = bySession.financialConnectionsAccounts.nodes.find((n: any) => n.displayName === 'Sample Checking Account').id;
    const failing = bySession.financialConnectionsAccounts.nodes.find((n: any) => n.displayName === 'Refresh Failure Account').id;

    // Prefetched balance: pending at link time, answered by the institution a little later.
    const linkedAccount = await readAccount(fca);
    expect(linkedAccount).toMatchObject({
      status: 'ACTIVE',
      category: 'CASH',
      subcategory: 'CHECKING',
      institutionName: 'StripeBank',
      last4: '6789',
      accountHolder: { type: 'CUSTOMER', customer: { id: customer } },
      supportedPaymentMethodTypes: ['US_BANK_ACCOUNT', 'LINK'],
      balance: null,
      balanceRefresh: { status: 'PENDING' },
    });
    const updates = await t.subscribe<any, any>(
      (await import('graphql')).parse(
        `subscription($id: ID!) { financialConnectionsAccountUpdated(id: $id) { id balanceRefresh { status } transactionRefresh { status } } }`,
      ),
      { id: fca },
    );
    await advance();
    const refreshed = await readAccount(fca);
    expect(refreshed.balanceRefresh.status).toBe('SUCCEEDED');
    expect(refreshed.balance).toMatchObject({
      type: 'CASH',
      current: [{ amount: 1_000_000, currency: 'usd' }],
      cash: { available: [{ amount: 1_000_000, currency: 'usd' }] },
    });
    expect((await readAccount(failing)).balanceRefresh.status).toBe('FAILED');

    // Transactions: a refresh finds the history (two pending); the next one settles them (posted, void).
    const tr = await refresh(fca, ['TRANSACTIONS', 'OWNERSHIP']);
    expect(tr.userErrors).toEqual([]);
    expect(tr.financialConnectionsAccount.transactionRefresh).toMatchObject({ status: 'PENDING', id: expect.stringMatching(/^fctxnref_/) });
    await advance();
    const Txns = `query($a: ID!, $after: FinancialConnectionsTransactionListTransactionRefreshInput) { financialConnectionsTransactions(account: $a, transactionRefresh: $after, first: 10) { nodes { id description amount status transactedAt statusTransitions { postedAt voidAt } transactionRefresh } } }`;
    const first = (await request(Txns, { a: fca })).financialConnectionsTransactions.nodes;
    expect(first.map((n: any) => [n.description, n.status]).sort()).toEqual([
      ['Corner Coffee', 'PENDING'],
      ['Hotel authorization hold', 'PENDING'],
      ['Payroll', 'POSTED'],
      ['Rocket Rides', 'POSTED'],
    ]);
    const owned = await readAccount(fca);
    expect(owned.ownershipRefresh.status).toBe('SUCCEEDED');
    expect(owned.ownership.owners.nodes).toEqual([{ name: 'Jenny Rosen', email: 'jenny.rosen@example.com', ownership: { id: owned.ownership.id } }]);
    const firstRefresh = owned.transactionRefresh.id;
    await refresh(fca, ['TRANSACTIONS']);
    await advance();
    const settledNow = (await request(Txns, { a: fca, after: { after: firstRefresh } })).financialConnectionsTransactions.nodes;
    expect(settledNow.map((n: any) => [n.description, n.status]).sort()).toEqual([
      ['Corner Coffee', 'POSTED'],
      ['Hotel authorization hold', 'VOID'],
    ]);
    expect(settledNow.find((n: any) => n.status === 'VOID').statusTransitions.voidAt).not.toBeNull();
    // Balance answered; transactions + ownership pending, each answered; transactions pending, answered.
    const seen = await updates.waitFor(6);
    expect(seen.map((u: any) => u.financialConnectionsAccountUpdated.transactionRefresh?.status ?? null)).toEqual([
      null,
      'PENDING',
      'SUCCEEDED',
      'SUCCEEDED',
      'PENDING',
      'SUCCEEDED',
    ]);
    updates.dispose();

    // Treasury: a PaymentMethod from the linked account funds a FinancialAccount by InboundTransfer.
    const fa = await seedFinancialAccount(t);
    const pm = await request(
      `mutation($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { paymentMethod { id usBankAccount { last4 routingNumber financialConnectionsAccount { id } } } userErrors { code field message } } }`,
      { input: { type: 'US_BANK_ACCOUNT', usBankAccount: { financialConnectionsAccount: fca }, billingDetails: { name: 'Jenny Rosen' } } },
    );
    expect(pm.createPaymentMethod.userErrors).toEqual([]);
    expect(pm.createPaymentMethod.paymentMethod.usBankAccount).toEqual({ last4: '6789', routingNumber: '110000000', financialConnectionsAccount: { id: fca } });
    const it = await request(
      `mutation($input: CreateTreasuryInboundTransferInput!) { createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status originPaymentMethodDetails { usBankAccount { last4 } } } userErrors { code message } } }`,
      { input: { financialAccount: fa, amount: 25_000, currency: 'usd', originPaymentMethod: pm.createPaymentMethod.paymentMethod.id } },
    );
    expect(it.createTreasuryInboundTransfer.userErrors).toEqual([]);
    const transfer = it.createTreasuryInboundTransfer.treasuryInboundTransfer;
    expect(transfer).toMatchObject({ status: 'PROCESSING', originPaymentMethodDetails: { usBankAccount: { last4: '6789' } } });
    const succeeded = await request(
      `mutation($input: TestHelpersSucceedTreasuryInboundTransferInput!) { testHelpersSucceedTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { status } userErrors { code } } }`,
      { input: { id: transfer.id } },
    );
    expect(succeeded.testHelpersSucceedTreasuryInboundTransfer.treasuryInboundTransfer.status).toBe('SUCCEEDED');
    expect((await balanceOf(t, fa)).cash).toBe(25_000);

    // Disconnected: refreshes refused, no new PaymentMethod; events announced each change.
    const disc = await request(
      `mutation($input: DisconnectFinancialConnectionsAccountInput!) { disconnectFinancialConnectionsAccount(input: $input) { financialConnectionsAccount { status } userErrors { code } } }`,
      { input: { id: fca } },
    );
    expect(disc.disconnectFinancialConnectionsAccount.financialConnectionsAccount.status).toBe('DISCONNECTED');
    expect((await refresh(fca, ['BALANCE'])).userErrors[0].code).toBe('invalid_state');
    const again = await request(`mutation($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { userErrors { code field } } }`, {
      input: { type: 'US_BANK_ACCOUNT', usBankAccount: { financialConnectionsAccount: fca } },
    });
    expect(again.createPaymentMethod.userErrors[0]).toMatchObject({
      code: 'financial_connections_account_inactive',
      field: ['usBankAccount', 'financialConnectionsAccount'],
    });
    const events = await request(`query { events(types: ["financial_connections.account.*"], first: 20) { nodes { type data { object } } } }`);
    expect(
      events.events.nodes
        .filter((e: any) => e.data.object.id === fca)
        .map((e: any) => e.type)
        .reverse(),
    ).toEqual([
      'financial_connections.account.created',
      'financial_connections.account.refreshed_balance',
      'financial_connections.account.refreshed_transactions',
      'financial_connections.account.refreshed_ownership',
      'financial_connections.account.refreshed_transactions',
      'financial_connections.account.disconnected',
    ]);
  });

  it('checks permissions, eligibility and the one-time link', async () => {
    const customer = (await request(`mutation { createCustomer(input: { name: "Max" }) { customer { id } } }`)).createCustomer.customer.id;
    expect((await createSession(customer, { permissions: ['BALANCES'], prefetch: ['OWNERSHIP'] })).userErrors[0]).toMatchObject({
      code: 'parameter_invalid',
      field: ['prefetch'],
    });
    expect((await createSession('cus_doesnotexist00000000', { permissions: ['BALANCES'] })).userErrors[0]).toMatchObject({
      code: 'resource_missing',
      field: ['accountHolder', 'customer'],
    });
    const s = (await createSession(customer, { permissions: ['BALANCES'] })).financialConnectionsSession;
    const Link = `mutation($input: TestHelpersLinkFinancialConnectionsSessionInput!) { testHelpersLinkFinancialConnectionsSession(input: $input) { financialConnectionsSession { accounts(first: 10) { nodes { id subcategory permissions } } } userErrors { code field } } }`;
    const linked = (await request(Link, { input: { id: s.id, accounts: ['CREDIT_CARD'] } })).testHelpersLinkFinancialConnectionsSession;
    expect(linked.financialConnectionsSession.accounts.nodes).toMatchObject([{ subcategory: 'CREDIT_CARD', permissions: ['BALANCES'] }]);
    expect((await request(Link, { input: { id: s.id } })).testHelpersLinkFinancialConnectionsSession.userErrors[0].code).toBe('invalid_state');
    const card = linked.financialConnectionsSession.accounts.nodes[0].id;
    expect((await refresh(card, ['TRANSACTIONS'])).userErrors[0]).toMatchObject({ code: 'parameter_invalid', field: ['features'] });
    const pm = await request(`mutation($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { userErrors { code } } }`, {
      input: { type: 'US_BANK_ACCOUNT', usBankAccount: { financialConnectionsAccount: card } },
    });
    expect(pm.createPaymentMethod.userErrors[0].code).toBe('parameter_invalid');
  });
});

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

describe('Financial Connections beyond the story', () => {
  it('lists an ownership’s owners through the account (Stripe’s listOwners)', async () => {
    const fca = await linkOne('SAVINGS', ['OWNERSHIP']);
    expect((await refresh(fca, ['OWNERSHIP'])).userErrors).toEqual([]);
    await advance();
    const ownership = (await readAccount(fca)).ownership.id as string;
    const Owners = `query($a: ID!, $o: ID!) { financialConnectionsAccountOwners(account: $a, ownership: $o, first: 10) { nodes { name email phone rawAddress ownership { id } } } }`;
    const owners = (await request(Owners, { a: fca, o: ownership })).financialConnectionsAccountOwners.nodes;
    expect(owners.map((o: any) => o.name).sort()).toEqual(['Jenny Rosen', 'John Rosen']);
    expect(owners.every((o: any) => o.ownership.id === ownership)).toBe(true);
    // Another account's ownership lists no owners of this account; ids the caller cannot see are resource_missing.
    const other = await linkOne('SUCCESS', ['OWNERSHIP']);
    expect((await request(Owners, { a: other, o: ownership })).financialConnectionsAccountOwners.nodes).toEqual([]);
    const missing = await t.gql<any, any>(Owners, { a: 'fca_doesnotexist0000000000', o: ownership });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', stripeCode: 'resource_missing' });
    const noOwnership = await t.gql<any, any>(Owners, { a: fca, o: 'fcaowns_doesnotexist000000' });
    expect(noOwnership.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', stripeCode: 'resource_missing' });
    const stranger = await t.newAccount();
    const hidden = await t.gql<any, any>(Owners, { a: fca, o: ownership }, stranger.testKey);
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ stripeCode: 'resource_missing' });
  });

  it('links for an account holder of type account: the caller’s own Stripe account', async () => {
    const own = t.account.accountId;
    const Create = `mutation($input: CreateFinancialConnectionsSessionInput!) { createFinancialConnectionsSession(input: $input) { financialConnectionsSession { id accountHolder { type account customer { id } } } userErrors { code field } } }`;
    const create = async (accountHolder: Record<string, unknown>) =>
      (await request(Create, { input: { accountHolder, permissions: ['PAYMENT_METHOD', 'BALANCES'] } })).createFinancialConnectionsSession;
    expect((await create({ type: 'ACCOUNT' })).userErrors[0]).toMatchObject({ code: 'parameter_missing', field: ['accountHolder', 'account'] });
    expect((await create({ type: 'ACCOUNT', account: 'acct_someoneelse000000000' })).userErrors[0]).toMatchObject({
      code: 'resource_missing',
      field: ['accountHolder', 'account'],
    });
    const customer = (await request(`mutation { createCustomer(input: { name: "Max" }) { customer { id } } }`)).createCustomer.customer.id;
    expect((await create({ type: 'ACCOUNT', account: own, customer })).userErrors[0]).toMatchObject({
      code: 'parameter_invalid',
      field: ['accountHolder', 'customer'],
    });
    expect((await create({ type: 'CUSTOMER', customer, account: own })).userErrors[0]).toMatchObject({
      code: 'parameter_invalid',
      field: ['accountHolder', 'account'],
    });
    const made = await create({ type: 'ACCOUNT', account: own });
    expect(made.userErrors).toEqual([]);
    expect(made.financialConnectionsSession.accountHolder).toEqual({ type: 'ACCOUNT', account: own, customer: null });
    const linked = (await request(Link, { input: { id: made.financialConnectionsSession.id, accounts: ['SUCCESS'] } }))
      .testHelpersLinkFinancialConnectionsSession;
    const fca = linked.financialConnectionsSession.accounts.nodes[0].id;
    expect((await readAccount(fca)).accountHolder).toEqual({ type: 'ACCOUNT', account: own, customer: null });
    const byHolder = await request(`query($a: ID) { financialConnectionsAccounts(accountHolder: { account: $a }, first: 50) { nodes { id } } }`, { a: own });
    expect(byHolder.financialConnectionsAccounts.nodes).toEqual([{ id: fca }]);
    // The account's bank account funds its FinancialAccount, as in Stripe's Treasury guide.
    const pm = await request(
      `mutation($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { paymentMethod { id usBankAccount { financialConnectionsAccount { id } } } userErrors { code } } }`,
      { input: { type: 'US_BANK_ACCOUNT', usBankAccount: { financialConnectionsAccount: fca }, billingDetails: { name: 'Rocket Rides' } } },
    );
    expect(pm.createPaymentMethod.userErrors).toEqual([]);
    const fa = await seedFinancialAccount(t);
    const it = await request(
      `mutation($input: CreateTreasuryInboundTransferInput!) { createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { status } userErrors { code message } } }`,
      { input: { financialAccount: fa, amount: 1_000, currency: 'usd', originPaymentMethod: pm.createPaymentMethod.paymentMethod.id } },
    );
    expect(it.createTreasuryInboundTransfer.userErrors).toEqual([]);
  });

  it('turns inactive when a refresh finds the connection broken; inactive accounts refuse refreshes with Stripe’s code', async () => {
    const fca = await linkOne('INACTIVE', ['PAYMENT_METHOD', 'BALANCES', 'TRANSACTIONS']);
    expect((await readAccount(fca)).status).toBe('ACTIVE');
    expect((await refresh(fca, ['BALANCE', 'TRANSACTIONS'])).userErrors).toEqual([]);
    await advance();
    const broken = await readAccount(fca);
    expect(broken).toMatchObject({ status: 'INACTIVE', balance: null, balanceRefresh: { status: 'FAILED' }, transactionRefresh: { status: 'FAILED' } });
    expect(broken.balanceRefresh.nextRefreshAvailableAt).not.toBeNull();
    expect((await eventsOf(fca)).map((e: any) => e.type)).toEqual([
      'financial_connections.account.created',
      'financial_connections.account.refreshed_balance',
      'financial_connections.account.deactivated',
      'financial_connections.account.refreshed_transactions',
    ]);
    const refused = await refresh(fca, ['BALANCE']);
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'financial_connections_account_inactive' })]);
    expect(refused.financialConnectionsAccount).toBeNull();
    expect((await accountAction('Subscribe', fca, ['TRANSACTIONS'])).userErrors[0].code).toBe('financial_connections_account_inactive');
    const pm = await request(`mutation($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { userErrors { code } } }`, {
      input: { type: 'US_BANK_ACCOUNT', usBankAccount: { financialConnectionsAccount: fca } },
    });
    expect(pm.createPaymentMethod.userErrors[0].code).toBe('financial_connections_account_inactive');
    // An inactive account can still be disconnected; then refreshes are refused as for any disconnected account.
    expect((await accountAction('Disconnect', fca)).financialConnectionsAccount.status).toBe('DISCONNECTED');
    expect((await refresh(fca, ['BALANCE'])).userErrors[0].code).toBe('invalid_state');
  });

  it('refreshes a subscribed account’s transactions daily on the account’s clock, until unsubscribed', async () => {
    const fca = await linkOne('SUCCESS', ['TRANSACTIONS']);
    // The transactions permission is needed.
    const balancesOnly = await linkOne('SUCCESS', ['BALANCES']);
    expect((await accountAction('Subscribe', balancesOnly, ['TRANSACTIONS'])).userErrors[0]).toMatchObject({ code: 'parameter_invalid', field: ['features'] });
    const subscribedAt = frozen;
    const sub = await accountAction('Subscribe', fca, ['TRANSACTIONS']);
    expect(sub.userErrors).toEqual([]);
    // Stripe's example: subscribing starts a transaction refresh at once.
    expect(sub.financialConnectionsAccount).toMatchObject({
      subscriptions: ['TRANSACTIONS'],
      transactionRefresh: { status: 'PENDING', nextRefreshAvailableAt: null, lastAttemptedAt: iso(subscribedAt) },
    });
    // Subscribing again changes nothing (one daily refresh, not two).
    expect((await accountAction('Subscribe', fca, ['TRANSACTIONS'])).financialConnectionsAccount.transactionRefresh.id).toBe(
      sub.financialConnectionsAccount.transactionRefresh.id,
    );
    await advance();
    const first = await readAccount(fca);
    expect(first.transactionRefresh).toMatchObject({ status: 'SUCCEEDED', nextRefreshAvailableAt: iso(subscribedAt + 5_000) });

    // A day later, and another: one refresh each, at the subscription's time of day.
    await advance(2 * 86_400_000);
    const later = await readAccount(fca);
    expect(later.transactionRefresh).toMatchObject({ status: 'SUCCEEDED', lastAttemptedAt: iso(subscribedAt + 2 * 86_400_000) });
    const refreshed = (await eventsOf(fca)).filter((e: any) => e.type === 'financial_connections.account.refreshed_transactions');
    expect(refreshed.map((e: any) => e.created)).toEqual([0, 1, 2].map((d) => iso(subscribedAt + d * 86_400_000 + 5_000)));
    // The pending transactions found on the first day settled at the next day's refresh.
    const txns = await request(`query($a: ID!) { financialConnectionsTransactions(account: $a, first: 10) { nodes { description status } } }`, { a: fca });
    expect(txns.financialConnectionsTransactions.nodes.filter((n: any) => n.status === 'PENDING')).toEqual([]);

    // Unsubscribed: no more daily refreshes; subscribing again starts a new daily chain (the old one stays ended).
    expect((await accountAction('Unsubscribe', fca, ['TRANSACTIONS'])).financialConnectionsAccount.subscriptions).toEqual([]);
    await advance(86_400_000);
    expect((await eventsOf(fca)).filter((e: any) => e.type === 'financial_connections.account.refreshed_transactions')).toHaveLength(3);
    const again = await accountAction('Subscribe', fca, ['TRANSACTIONS']);
    expect(again.financialConnectionsAccount.transactionRefresh.status).toBe('PENDING');
    await advance(86_400_000 + 60_000);
    expect((await eventsOf(fca)).filter((e: any) => e.type === 'financial_connections.account.refreshed_transactions')).toHaveLength(5);
    // Disconnecting ends the subscription.
    await accountAction('Disconnect', fca);
    await advance(86_400_000);
    expect((await eventsOf(fca)).filter((e: any) => e.type === 'financial_connections.account.refreshed_transactions')).toHaveLength(5);
    expect((await readAccount(fca)).subscriptions).toEqual([]);
  });
});
