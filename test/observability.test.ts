import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { limits, startTestApp, type TestApp } from './support/harness.js';
import { emptyDatabase, spawnServer, stopAllServers, type EmptyDatabase, type ServerProcess } from './support/processes.js';

/**
 * One log line per request (no secrets, no parameters) and Prometheus metrics: on their own port
 * when FINGRAPH_METRICS_PORT is set, on the API port only when asked, never by default.
 */

const KEY = `sk_test_${'Obs'.repeat(8)}`;
const SECRET_VALUE = 'acct-number-000123456789';
const post = (url: string, body: object, key: string | null = KEY) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });

/** The value of one sample line (`name{labels} value`) of a Prometheus text body, or undefined. */
function sample(body: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of body.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('the server process', () => {
  let db: EmptyDatabase;
  let proc: ServerProcess;
  let url: string;
  let metricsUrl: string;
  beforeAll(async () => {
    db = await emptyDatabase(inject('pgliteTemplate'));
    proc = spawnServer({ ...db.env, PORT: '0', FINGRAPH_METRICS_PORT: '0', FINGRAPH_DEMO_KEY: KEY, LOG_LEVEL: 'info' });
    url = await proc.ready(120_000);
    metricsUrl = (await proc.waitForOutput(/Metrics:\s+(http:\/\/\S+\/metrics)/))[1]!;
  }, 150_000);
  afterAll(async () => {
    await stopAllServers();
    await db?.cleanup();
  });

  it('logs one line per request with method, operation, status, duration, account and request id, and no secrets', async () => {
    const res = await post(url, {
      query: 'query ObsAccounts($status: TreasuryFinancialAccountStatus) { treasuryFinancialAccounts(status: $status) { nodes { id } } }',
      operationName: 'ObsAccounts',
      variables: { status: 'OPEN', note: SECRET_VALUE },
    });
    expect(res.status).toBe(200);
    expect((await post(url, { query: '{ __typename }' }, `sk_test_${'x'.repeat(32)}`)).status).toBe(401);
    const line = await proc.waitForOutput(/\{[^\n]*"operation":"ObsAccounts"[^\n]*\}/);
    const entry = JSON.parse(line[0]);
    expect(entry).toMatchObject({
      msg: 'request',
      method: 'POST',
      operation: 'ObsAccounts',
      type: 'query',
      status: 200,
      account: expect.stringMatching(/^acct_/),
      requestId: expect.stringMatching(/^req_/),
    });
    expect(entry.ms).toBeGreaterThan(0);
    await proc.waitForOutput(/"status":401/);
    const output = proc.stdout() + proc.stderr();
    expect(output).not.toContain(SECRET_VALUE);
    expect(output).not.toContain('treasuryFinancialAccounts(status');
    expect(output.split(KEY).length - 1).toBe(1); // only the startup banner shows the demo key, no log line
    expect(output).not.toContain('x'.repeat(32));
  });

  it('serves /metrics on its own port, not on the API port', async () => {
    await post(url, { query: 'query ObsPing { __typename }', operationName: 'ObsPing' });
    const body = await (await fetch(metricsUrl)).text();
    expect(sample(body, 'fingraph_graphql_requests_total', { operation: 'ObsPing', type: 'query', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'fingraph_graphql_request_duration_seconds_count', { operation: 'ObsPing' })).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'fingraph_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'fingraph_db_pool_size')).toBe(db.dataDir ? 1 : 10); // PGlite has one connection; PostgreSQL FINGRAPH_DB_POOL_SIZE's default
    expect(sample(body, 'fingraph_subscriptions_open')).toBe(0);
    expect(body).toContain('fingraph_process_resident_memory_bytes');
    expect((await fetch(url.replace('/graphql', '/metrics'))).status).toBe(404);
  });
});

describe('metrics on the API port, in process', () => {
  let t: TestApp;
  let app: App;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp();
    app = await createApp(t.database, { ...limits, metricsOnApiPort: true });
    base = (await app.start(0)).replace('/graphql', '');
  });
  afterAll(async () => {
    await app?.stop();
    await t?.close();
  });

  it('are absent by default and served when configured: open subscriptions, job queues, errors by code', async () => {
    expect((await fetch(t.url.replace('/graphql', '/metrics'))).status).toBe(404);
    const fa = await post(
      `${base}/graphql`,
      { query: 'mutation ObsFa { createTreasuryFinancialAccount(input: { supportedCurrencies: ["usd"] }) { treasuryFinancialAccount { id } } }' },
      t.account.testKey,
    );
    const faId = ((await fa.json()) as any).data.createTreasuryFinancialAccount.treasuryFinancialAccount.id;
    await post(`${base}/graphql`, { query: '{ treasuryFinancialAccounts(first: 1.5) { nodes { id } } }' }, t.account.testKey);
    const sub = await t.subscribe('subscription ObsWatch($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id } }' as never, { id: faId });
    const body = await (await fetch(`${base}/metrics`)).text();
    expect(sample(body, 'fingraph_subscriptions_open')).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'fingraph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'fingraph_graphql_requests_total', { operation: 'ObsFa', type: 'mutation', status: '200' })).toBe(1);
    expect(body).toMatch(/fingraph_db_transactions_in_flight \d+/);
    expect(body).toMatch(/# TYPE fingraph_jobs gauge/);
    sub.dispose();
  });
});
