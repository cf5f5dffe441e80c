import { createClient, type Client } from 'graphql-ws';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { checkOf } from '../../src/identity/verification-reports/verification-report.resource.js';
import { emptyDatabase, spawnServer, stopAllServers, type EmptyDatabase } from '../support/processes.js';

/**
 * Issue 17's stories as a user lives them, in headless Chromium against `npm start` (a child process):
 * a Financial Connections Session completed by clicking through its hosted page, its Account refreshed
 * and funding a FinancialAccount by InboundTransfer, then disconnected; and every outcome of the
 * hosted verification page, picked by clicking its button. A test clock stands in for the
 * institution's and the checks' delays; `…Updated` arrives over a real websocket.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let database: EmptyDatabase;
let url: string;
let origin: string;
let key: string;
let browser: Browser;
let page: Page;
let ws: Client;
let clockId: string;
let frozen = Date.UTC(2026, 2, 2, 15);
const pageErrors: string[] = [];

async function request(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** The institution's (or the checks') answer arrives once the account's clock passes it. */
async function advance(ms = 60_000) {
  frozen += ms;
  const d = await request(
    `mutation($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } } }`,
    { input: { id: clockId, frozenTime: new Date(frozen).toISOString() } },
  );
  expect(d.advanceTestHelpersTestClock.userErrors).toEqual([]);
  await expect
    .poll(async () => (await request(`query($id: ID!) { testHelpersTestClock(id: $id) { status } }`, { id: clockId })).testHelpersTestClock.status)
    .toBe('READY');
}

/** An element's text as the user reads it. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the user sees it (Playwright's innerText)
const shown = (selector: string) => page.locator(selector).innerText();

/** A subscription over the server's websocket; `next(n)` resolves once n payloads have arrived. */
function subscribe(query: string, variables: Record<string, unknown>) {
  const seen: any[] = [];
  const dispose = ws.subscribe({ query, variables }, { next: (v) => void seen.push(v.data), error: () => {}, complete: () => {} });
  return {
    seen,
    dispose,
    next: (n: number) => expect.poll(() => seen.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(n),
  };
}

beforeAll(async () => {
  database = await emptyDatabase(inject('pgliteTemplate'));
  const server = spawnServer({ ...database.env, PORT: '0' });
  url = await server.ready();
  origin = new URL(url).origin;
  key = (await server.waitForOutput(/Demo test key[^:]*: (sk_test_\w+)/))[1]!;
  ws = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
  const clock = await request(
    `mutation($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }`,
    { input: { frozenTime: new Date(frozen).toISOString(), name: 'browser stories' } },
  );
  clockId = clock.createTestHelpersTestClock.testHelpersTestClock.id;
  // As root (CI containers) chromium's sandbox cannot start.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const context = await browser.newContext();
  // The hosted pages need nothing from anywhere else.
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.fallback() : route.abort()));
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await ws?.dispose();
  await browser?.close();
  await stopAllServers();
  await database?.cleanup();
});

const Account = `id status balance { type current { amount currency } cash { available { amount currency } } }
  balanceRefresh { status lastAttemptedAt nextRefreshAvailableAt } transactionRefresh { id status }`;
const readAccount = async (id: string) =>
  (await request(`query($id: ID!) { financialConnectionsAccount(id: $id) { ${Account} } }`, { id })).financialConnectionsAccount;
const refresh = async (id: string, features: string[]) =>
  (
    await request(
      `mutation($input: RefreshFinancialConnectionsAccountInput!) { refreshFinancialConnectionsAccount(input: $input) { financialConnectionsAccount { ${Account} } userErrors { code field message } } }`,
      { input: { id, features } },
    )
  ).refreshFinancialConnectionsAccount;

describe('Financial Connections in the browser', () => {
  it('links on the hosted page by clicking, refreshes, funds a FinancialAccount from the PaymentMethod, then disconnects', async () => {
    const customer = (await request(`mutation { createCustomer(input: { name: "Jenny Rosen" }) { customer { id } } }`)).createCustomer.customer.id;
    const created = await request(
      `mutation($input: CreateFinancialConnectionsSessionInput!) { createFinancialConnectionsSession(input: $input) { financialConnectionsSession { id clientSecret } userErrors { code } } }`,
      { input: { accountHolder: { type: 'CUSTOMER', customer }, permissions: ['PAYMENT_METHOD', 'BALANCES', 'TRANSACTIONS'] } },
    );
    const session = created.createFinancialConnectionsSession.financialConnectionsSession;

    // The user opens the page, unticks all but the checking account, and links.
    await page.goto(`${origin}/financial-connections/link/${session.id}/${session.clientSecret}`);
    await expect.poll(() => shown('h1')).toBe('Link your bank accounts');
    const boxes = page.locator('input[name="account"]');
    // payment_method permission: the credit card cannot back a PaymentMethod and is not offered.
    expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['success', 'savings', 'failure', 'inactive']);
    await page.getByLabel(/Sample Savings Account/).uncheck();
    await page.getByLabel(/Refresh Failure Account/).uncheck();
    await page.getByLabel(/Inactive Checking Account/).uncheck();
    await page.getByRole('button', { name: 'Link accounts' }).click();
    await expect.poll(() => shown('#status')).toContain('Your accounts are linked');

    const linked = await request(`query($s: ID) { financialConnectionsAccounts(session: $s, first: 10) { nodes { id displayName status last4 } } }`, {
      s: session.id,
    });
    expect(linked.financialConnectionsAccounts.nodes).toEqual([
      { id: expect.stringMatching(/^fca_/), displayName: 'Sample Checking Account', status: 'ACTIVE', last4: '6789' },
    ]);
    const fca = linked.financialConnectionsAccounts.nodes[0].id as string;

    // Balance and transactions over GraphQL: pending, then the institution's answer; each change over the websocket.
    const updates = subscribe(
      `subscription($id: ID!) { financialConnectionsAccountUpdated(id: $id) { id balanceRefresh { status } transactionRefresh { status } } }`,
      {
        id: fca,
      },
    );
    await new Promise((r) => setTimeout(r, 300)); // the subscription is registered before the change
    const started = await refresh(fca, ['BALANCE', 'TRANSACTIONS']);
    expect(started.userErrors).toEqual([]);
    expect(started.financialConnectionsAccount).toMatchObject({
      balanceRefresh: { status: 'PENDING', nextRefreshAvailableAt: null },
      transactionRefresh: { status: 'PENDING' },
    });
    await advance();
    const refreshed = await readAccount(fca);
    expect(refreshed).toMatchObject({
      balance: { type: 'CASH', current: [{ amount: 1_000_000, currency: 'usd' }], cash: { available: [{ amount: 1_000_000, currency: 'usd' }] } },
      balanceRefresh: { status: 'SUCCEEDED' },
      transactionRefresh: { status: 'SUCCEEDED' },
    });
    const txns = await request(`query($a: ID!) { financialConnectionsTransactions(account: $a, first: 10) { nodes { description amount status } } }`, {
      a: fca,
    });
    expect(txns.financialConnectionsTransactions.nodes.map((n: any) => n.description).sort()).toEqual([
      'Corner Coffee',
      'Hotel authorization hold',
      'Payroll',
      'Rocket Rides',
    ]);
    await updates.next(3);
    expect(
      updates.seen.map((u) => [u.financialConnectionsAccountUpdated.balanceRefresh.status, u.financialConnectionsAccountUpdated.transactionRefresh.status]),
    ).toEqual([
      ['PENDING', 'PENDING'],
      // The two answers arrive one by one.
      expect.arrayContaining(['SUCCEEDED', 'PENDING']),
      ['SUCCEEDED', 'SUCCEEDED'],
    ]);

    // Treasury: the us_bank_account PaymentMethod made from the Account funds a FinancialAccount by InboundTransfer.
    const fa = (
      await request(
        `mutation { createTreasuryFinancialAccount(input: { supportedCurrencies: ["usd"], features: { inboundTransfers: { ach: { requested: true } } } }) { treasuryFinancialAccount { id } userErrors { code } } }`,
      )
    ).createTreasuryFinancialAccount.treasuryFinancialAccount.id as string;
    const pm = (
      await request(
        `mutation($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { paymentMethod { id usBankAccount { last4 financialConnectionsAccount { id } } } userErrors { code message } } }`,
        { input: { type: 'US_BANK_ACCOUNT', usBankAccount: { financialConnectionsAccount: fca }, billingDetails: { name: 'Jenny Rosen' } } },
      )
    ).createPaymentMethod;
    expect(pm.userErrors).toEqual([]);
    expect(pm.paymentMethod.usBankAccount).toEqual({ last4: '6789', financialConnectionsAccount: { id: fca } });
    const transfer = (
      await request(
        `mutation($input: CreateTreasuryInboundTransferInput!) { createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code message } } }`,
        { input: { financialAccount: fa, amount: 40_000, currency: 'usd', originPaymentMethod: pm.paymentMethod.id } },
      )
    ).createTreasuryInboundTransfer;
    expect(transfer.userErrors).toEqual([]);
    expect(transfer.treasuryInboundTransfer.status).toBe('PROCESSING');
    const done = await request(
      `mutation($input: TestHelpersSucceedTreasuryInboundTransferInput!) { testHelpersSucceedTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { status } userErrors { code } } }`,
      { input: { id: transfer.treasuryInboundTransfer.id } },
    );
    expect(done.testHelpersSucceedTreasuryInboundTransfer.treasuryInboundTransfer.status).toBe('SUCCEEDED');
    const balance = await request(`query($id: ID!) { treasuryFinancialAccount(id: $id) { balance { cash { amount currency } } } }`, { id: fa });
    expect(balance.treasuryFinancialAccount.balance.cash).toEqual([{ amount: 40_000, currency: 'usd' }]);

    // Disconnected: further refreshes are refused.
    const disc = await request(
      `mutation($input: DisconnectFinancialConnectionsAccountInput!) { disconnectFinancialConnectionsAccount(input: $input) { financialConnectionsAccount { status } userErrors { code } } }`,
      { input: { id: fca } },
    );
    expect(disc.disconnectFinancialConnectionsAccount.financialConnectionsAccount.status).toBe('DISCONNECTED');
    expect((await refresh(fca, ['BALANCE'])).userErrors).toEqual([expect.objectContaining({ code: 'invalid_state' })]);
    expect((await refresh(fca, ['TRANSACTIONS'])).userErrors).toEqual([expect.objectContaining({ code: 'invalid_state' })]);
    await updates.next(4);
    updates.dispose();
    // A second visit to the page shows the session as done.
    await page.reload();
    expect(await shown('#status')).toContain('Your accounts are linked');
    expect(pageErrors).toEqual([]);
  });
});

const Session = `id status url clientSecret lastError { code reason }
  lastVerificationReport { id document { status error { code } } selfie { status error { code } } idNumber { status error { code } } }
  verifiedOutputs { firstName lastName }`;
const readSession = async (id: string) =>
  (await request(`query($id: ID!) { identityVerificationSession(id: $id) { ${Session} } }`, { id })).identityVerificationSession;
const upper = (s: string) => s.toUpperCase();

describe('Identity in the browser', () => {
  it('takes every outcome offered on the hosted verification page, each as Stripe reports it', async () => {
    const created = await request(
      `mutation($input: CreateIdentityVerificationSessionInput!) { createIdentityVerificationSession(input: $input) { identityVerificationSession { ${Session} } userErrors { code } } }`,
      { input: { type: 'DOCUMENT', options: { document: { requireMatchingSelfie: true, requireIdNumber: true } } } },
    );
    const s = created.createIdentityVerificationSession.identityVerificationSession;
    expect(s.url).toBe(`${origin}/identity/verify/${s.clientSecret}`);
    const updates = subscribe(`subscription($id: ID!) { identityVerificationSessionUpdated(id: $id) { id status lastError { code } } }`, { id: s.id });

    await page.goto(s.url);
    const offered = await page.locator('button[name="outcome"]').evaluateAll((els) => els.map((e) => (e as HTMLButtonElement).value));
    // Every failure of the session's three checks and of the attempt; no email or phone check is asked for.
    expect(offered[0]).toBe('verified');
    expect(offered).toEqual(expect.arrayContaining(['document_expired', 'selfie_face_mismatch', 'id_number_mismatch', 'consent_declined', 'abandoned']));
    expect(offered.some((o) => o.startsWith('email_') || o.startsWith('phone_'))).toBe(false);
    const failures = offered.filter((o) => o !== 'verified');

    let lastReport: string | null = null;
    let transitions = 0;
    for (const outcome of [...failures, 'verified']) {
      await page.goto(s.url);
      await page.locator(`button[name="outcome"][value="${outcome}"]`).click();
      // Back on the page: the checks are running, there is nothing to submit.
      await expect.poll(() => shown('#status')).toContain('processing');
      expect((await readSession(s.id)).status).toBe('PROCESSING');
      await advance();
      const after = await readSession(s.id);
      transitions += 2;
      const check = checkOf(outcome);
      if (outcome === 'verified') {
        expect(after).toMatchObject({
          status: 'VERIFIED',
          lastError: null,
          clientSecret: null,
          url: null,
          verifiedOutputs: { firstName: 'Jenny', lastName: 'Rosen' },
          lastVerificationReport: { document: { status: 'VERIFIED' }, selfie: { status: 'VERIFIED' }, idNumber: { status: 'VERIFIED' } },
        });
      } else {
        expect(after, outcome).toMatchObject({ status: 'REQUIRES_INPUT', lastError: { code: upper(outcome), reason: expect.any(String) }, url: s.url });
        if (check) {
          // A new report: the failing check unverified with the code, the others verified.
          expect(after.lastVerificationReport.id).not.toBe(lastReport);
          for (const c of ['document', 'selfie', 'id_number'] as const) {
            const field = c === 'id_number' ? 'idNumber' : c;
            expect(after.lastVerificationReport[field], `${outcome}: ${c}`).toEqual(
              c === check ? { status: 'UNVERIFIED', error: { code: upper(outcome) } } : { status: 'VERIFIED', error: null },
            );
          }
        } else {
          // A failure of the attempt itself: no check ran, no report.
          expect(after.lastVerificationReport?.id ?? null, outcome).toBe(lastReport);
        }
        // The page shows what went wrong and offers another attempt.
        await page.goto(s.url);
        expect(await shown('#last-error')).toContain(outcome);
      }
      lastReport = after.lastVerificationReport?.id ?? null;
    }
    await page.goto(s.url);
    expect(await shown('#status')).toContain('verified');

    await updates.next(transitions);
    const statuses = updates.seen.map((u) => u.identityVerificationSessionUpdated.status);
    expect(statuses).toEqual([...failures.flatMap(() => ['PROCESSING', 'REQUIRES_INPUT']), 'PROCESSING', 'VERIFIED']);
    expect(
      updates.seen
        .filter((u) => u.identityVerificationSessionUpdated.status === 'REQUIRES_INPUT')
        .map((u) => u.identityVerificationSessionUpdated.lastError.code),
    ).toEqual(failures.map(upper));
    updates.dispose();
    const reports = await request(`query($s: ID) { identityVerificationReports(verificationSession: $s, first: 50) { nodes { id } } }`, { s: s.id });
    expect(reports.identityVerificationReports.nodes).toHaveLength(failures.filter((f) => checkOf(f)).length + 1);
    expect(pageErrors).toEqual([]);
  });
});
