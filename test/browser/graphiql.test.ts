import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { emptyDatabase, spawnServer, stopAllServers, type EmptyDatabase } from '../support/processes.js';

/**
 * GraphiQL in a real browser (Debian's chromium, driven by playwright-core), as a user opens it after
 * `npm start`: every request stays on the server (it works offline), the starter document runs with
 * the demo key already in the headers, a subscription shows an event committed afterwards, and the
 * docs panel shows the schema's descriptions. `npm run test:browser`; CI installs chromium.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let database: EmptyDatabase;
let url: string;
let key: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requested: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  database = await emptyDatabase(inject('pgliteTemplate'));
  const server = spawnServer({ ...database.env, PORT: '0' });
  url = await server.ready();
  key = (await server.waitForOutput(/Demo test key[^:]*: (sk_test_\w+)/))[1]!;
  // As root (CI containers) chromium's sandbox cannot start.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  context = await browser.newContext();
  // Every request of the page and its workers; any that would leave the server is refused.
  const origin = new URL(url).origin;
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin || route.request().url().startsWith('blob:') ? route.fallback() : route.abort(),
  );
  context.on('request', (r) => requested.push(r.url()));
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stopAllServers();
  await database?.cleanup();
});

/** An element's text as the user reads it (Monaco lays text out with non-breaking spaces). */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the user sees it (Playwright's innerText)
const text = async (selector: string) => (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');
const response = () => text('.graphiql-response');
/** Presses ▶ and picks `operation` from the starter document's operations. */
async function run(operation: string) {
  await page.locator('.graphiql-execute-button').click();
  await page.getByRole('menuitem', { name: operation, exact: true }).click();
}

const graphql = async (query: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: any };
};

it('loads with every asset from the server itself and the starter document, the demo key in its headers', async () => {
  await expect.poll(() => text('.graphiql-query-editor')).toContain('query FinancialAccounts');
  await page.getByText('Headers', { exact: true }).click();
  await expect.poll(() => text('.graphiql-editor-tool')).toContain(`Bearer ${key}`);
  const origin = new URL(url).origin;
  const offServer = requested.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:'));
  expect(offServer).toEqual([]);
  // The page, its bundle, its CSS and the Monaco workers all came from the server.
  expect(requested.some((u) => /\/graphiql\/[\d.]+\/yoga-graphiql\.js$/.test(u))).toBe(true);
  expect(requested.some((u) => /\/graphiql\/[\d.]+\/graphiql\.css$/.test(u))).toBe(true);
  expect(requested.some((u) => /\/graphiql\/[\d.]+\/\w+\.worker\.js$/.test(u))).toBe(true);
  expect(pageErrors).toEqual([]);
});

it('runs a query of the starter document and shows its result', async () => {
  const opened = await graphql('mutation { createTreasuryFinancialAccount(input: { supportedCurrencies: ["usd"] }) { treasuryFinancialAccount { id } } }');
  const id = opened.data.createTreasuryFinancialAccount.treasuryFinancialAccount.id as string;
  await run('FinancialAccounts');
  await expect.poll(response, { timeout: 20_000 }).toContain(id);
});

it('shows a subscription’s live update', async () => {
  await run('Events');
  // GraphiQL shows the subscription as open before anything arrives; then an account opens.
  await expect.poll(() => page.locator('.graphiql-execute-button').getAttribute('aria-label'), { timeout: 20_000 }).toMatch(/stop/i);
  const opened = await graphql('mutation { createTreasuryFinancialAccount(input: { supportedCurrencies: ["usd"] }) { treasuryFinancialAccount { id } } }');
  const id = opened.data.createTreasuryFinancialAccount.treasuryFinancialAccount.id as string;
  const events = await graphql(`{ events(first: 1, types: ["treasury.financial_account.created"]) { nodes { id data { object } } } }`);
  const event = events.data.events.nodes[0];
  expect(event.data.object.id).toBe(id);
  await expect.poll(response, { timeout: 20_000 }).toContain(event.id);
  await page.locator('.graphiql-execute-button').click(); // stop it
});

it('shows descriptions in the docs panel', async () => {
  const described = await graphql('{ __type(name: "Query") { fields { name description } } }');
  const field = (described.data.__type.fields as { name: string; description: string | null }[]).find((f) => f.name === 'treasuryFinancialAccounts')!;
  expect(field.description).toBeTruthy();
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
  await expect.poll(() => text('.graphiql-doc-explorer'), { timeout: 20_000 }).toContain(field.description!.split('\n')[0]!);
});
