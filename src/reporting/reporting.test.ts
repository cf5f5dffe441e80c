import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/harness.js';
import { balanceOf, fundForTest, seedFinancialAccount, seedPaymentMethod } from '../../test/support/seed.js';
import { configureTestMode } from '../layer/schedule.js';

const FileFields = 'id object purpose filename title type size url expiresAt created';
const RunFields = `id object status error reportType succeededAt livemode parameters { intervalStart intervalEnd columns currency timezone reportingCategory } result { ${FileFields} }`;
const Create = `mutation($input: CreateReportingReportRunInput!) { createReportingReportRun(input: $input) { reportingReportRun { ${RunFields} } userErrors { code message field } } }`;
const Get = `query($id: ID!) { reportingReportRun(id: $id) { ${RunFields} } }`;

let t: TestApp;
let fa: string;

beforeAll(async () => {
  t = await startTestApp();
  configureTestMode({ delayMs: 0 }); // report runs start on the job queue at once
  fa = await seedFinancialAccount(t);
  await fundForTest(t, fa, 100_000);
  const pm = await seedPaymentMethod(t);
  const r = await t.gql<any, any>(
    `mutation($input: CreateTreasuryOutboundTransferInput!) { createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code message } } }`,
    { input: { financialAccount: fa, amount: 2_550, currency: 'usd', destinationPaymentMethod: pm } },
  );
  expect(r.data.createTreasuryOutboundTransfer.userErrors).toEqual([]);
});
afterAll(() => t?.close());

async function run(input: Record<string, unknown>, key?: string) {
  const r = await t.gql<any, any>(Create, { input }, key);
  const payload = r.data.createReportingReportRun;
  if (payload.userErrors.length) return { errors: payload.userErrors as { code: string; field: string[] }[] };
  const id = payload.reportingReportRun.id as string;
  expect(payload.reportingReportRun.status).toBe('pending');
  let done: any;
  await vi.waitFor(
    async () => {
      done = (await t.gql<any, any>(Get, { id }, key)).data.reportingReportRun;
      expect(done.status).not.toBe('pending');
    },
    { timeout: 10_000, interval: 50 },
  );
  return { run: done };
}

const download = (url: string, key: string | null = t.account.testKey) => fetch(url, { headers: key ? { authorization: `Bearer ${key}` } : {} });
const parseCsv = (text: string) => {
  const [head, ...rows] = text.trim().split('\n');
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
};

describe('Reporting', () => {
  it('serves Stripe report types with the data window of the account’s own ledger', async () => {
    const r = await t.gql<any, any>(
      `{ reportingReportTypes(first: 20) { nodes { id name version defaultColumns dataAvailableStart dataAvailableEnd livemode } } }`,
    );
    const types = r.data.reportingReportTypes.nodes;
    const summary = types.find((x: any) => x.id === 'balance.summary.1');
    expect(summary).toMatchObject({
      name: 'Balance summary',
      version: 1,
      defaultColumns: ['category', 'description', 'net_amount', 'currency'],
      livemode: false,
    });
    expect(new Date(summary.dataAvailableStart).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(summary.dataAvailableStart).getUTCHours()).toBe(0);
    // Another account without ledger entries: today's window, and its summary has no rows.
    const other = await t.newAccount();
    const empty = await t.gql<any, any>(`{ reportingReportType(id: "balance.summary.1") { dataAvailableStart dataAvailableEnd } }`, {}, other.testKey);
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    expect(empty.data.reportingReportType.dataAvailableStart).toBe(today.toISOString());
    const { run: nothing } = await run({ reportType: 'balance.summary.1' }, other.testKey);
    expect(await (await download(nothing.result.url, other.testKey)).text()).toBe('category,description,net_amount,currency\n');
  });

  it('runs balance.summary.1 on the job queue: a CSV File whose ending balance is the ledger’s', async () => {
    const events = await t.subscribe<any, any>(
      `subscription { events(types: ["reporting.report_run.*", "file.created"]) { type data { object } } }` as any,
      {},
    );
    const { run: done } = await run({ reportType: 'balance.summary.1' });
    expect(done).toMatchObject({ status: 'succeeded', error: null, result: { object: 'file', purpose: 'FINANCE_REPORT_RUN', type: 'csv' } });
    expect(done.result.filename).toBe(`${done.id}.csv`);
    expect(done.result.url).toMatch(new RegExp(`/v1/files/${done.result.id}/contents$`));
    const res = await download(done.result.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    expect(Buffer.byteLength(text)).toBe(done.result.size);
    const rows = parseCsv(text);
    const amount = (category: string) => Math.round(Number(rows.find((r) => r.category === category)!.net_amount) * 100);
    const { cash } = await balanceOf(t, fa);
    expect(cash).toBe(100_000 - 2_550);
    expect(amount('starting_balance')).toBe(0);
    expect(amount('activity')).toBe(cash);
    expect(amount('ending_balance')).toBe(cash);
    expect(rows.every((r) => r.currency === 'usd')).toBe(true);
    const seen = await events.waitFor(2);
    expect(seen.map((e: any) => e.events.type).sort()).toEqual(['file.created', 'reporting.report_run.succeeded']);
    events.dispose();
  });

  it('itemizes activity with the asked columns, category filter and time zone', async () => {
    const { run: done } = await run({
      reportType: 'balance_change_from_activity.itemized.1',
      parameters: { columns: ['reporting_category', 'net', 'created_utc', 'source_id'], reportingCategory: 'TRANSFER', timezone: 'AMERICA_NEW_YORK' },
    });
    expect(done.parameters).toMatchObject({ columns: ['reporting_category', 'net', 'created_utc', 'source_id'], reportingCategory: 'transfer' });
    const text = await (await download(done.result.url)).text();
    expect(text.split('\n')[0]).toBe('reporting_category,net,created_utc,source_id');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reporting_category: 'transfer', net: '-25.50' });
    expect(rows[0]!.source_id).toMatch(/^obt_/);
  });

  it('fails a type whose data fingraph does not model, with an error and the failed event', async () => {
    const { run: done } = await run({ reportType: 'payouts.itemized.1' });
    expect(done).toMatchObject({ status: 'failed', result: null, succeededAt: null });
    expect(done.error).toMatch(/No data is available for payouts.itemized.1/);
    const ev = await t.gql<any, any>(`{ events(type: "reporting.report_run.failed") { nodes { data { object } } } }`);
    expect(ev.data.events.nodes.map((e: any) => e.data.object.id)).toContain(done.id);
  });

  it('serves Stripe’s whole balance family from the ledger: later itemized versions and the per-FinancialAccount types total the ledger', async () => {
    const { cash } = await balanceOf(t, fa);
    const cents = (v: string) => Math.round(Number(v) * 100);
    for (const type of ['balance_change_from_activity.itemized.2', 'balance_change_from_activity.itemized.3']) {
      const { run: done } = await run({ reportType: type, parameters: { columns: ['balance_transaction_id', 'net', 'charge_id', 'customer_id'] } });
      expect(done.status, type).toBe('succeeded');
      const rows = parseCsv(await (await download(done.result.url)).text());
      expect(
        rows.reduce((n, r) => n + cents(r.net!), 0),
        type,
      ).toBe(cash);
      expect(rows.every((r) => r.charge_id === '' && r.customer_id === '' && r.balance_transaction_id!.startsWith('trxne_'))).toBe(true);
    }
    const { run: summary } = await run({ reportType: 'financial_account_balance.summary.1' });
    const rows = parseCsv(await (await download(summary.result.url)).text());
    expect(Object.keys(rows[0]!)).toEqual(['financial_account_id', 'category', 'description', 'net_amount', 'currency']);
    const ending = rows.find((r) => r.financial_account_id === fa && r.category === 'ending_balance');
    expect(cents(ending!.net_amount!)).toBe(cash);
    const { run: activity } = await run({ reportType: 'financial_account_balance_change_from_activity.summary.1' });
    const groups = parseCsv(await (await download(activity.result.url)).text()).filter((r) => r.financial_account_id === fa);
    expect(groups.reduce((n, r) => n + cents(r.net!), 0)).toBe(cash);
    expect(groups.find((r) => r.reporting_category === 'transfer')).toMatchObject({ count: '1', net: '-25.50' });
    const { run: itemized } = await run({ reportType: 'financial_account_balance_change_from_activity.itemized.1' });
    const items = parseCsv(await (await download(itemized.result.url)).text());
    expect(items.every((r) => r.financial_account_id === fa)).toBe(true);
    expect(items.reduce((n, r) => n + cents(r.net!), 0)).toBe(cash);
  });

  it('lists Stripe’s real ids; payout, reconciliation and Connect types fail as unavailable', async () => {
    const r = await t.gql<any, any>(`{ reportingReportTypes(first: 100) { nodes { id version } } }`);
    const ids = r.data.reportingReportTypes.nodes.map((n: any) => n.id);
    for (const id of [
      'payouts.itemized.3',
      'payout_reconciliation.itemized.5',
      'ending_balance_reconciliation.summary.1',
      'connected_account_balance.summary.1',
    ])
      expect(ids).toContain(id);
    expect(r.data.reportingReportTypes.nodes.find((n: any) => n.id === 'payout_reconciliation.itemized.5').version).toBe(5);
    for (const type of ['payout_reconciliation.itemized.5', 'connected_account_balance_change_from_activity.itemized.3']) {
      const { run: done } = await run({ reportType: type });
      expect(done, type).toMatchObject({ status: 'failed', result: null });
      expect(done.error).toMatch(new RegExp(`No data is available for ${type.replace(/\./g, '\\.')}`));
    }
  });

  it('validates parameters against the type', async () => {
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ reportType: 'balance.nope.1' }, 'resource_missing', ['reportType']],
      [{ reportType: 'balance.summary.1', parameters: { columns: ['gross'] } }, 'parameter_invalid', ['parameters', 'columns']],
      [{ reportType: 'balance.summary.1', parameters: { timezone: 'ETC_UTC' } }, 'parameter_invalid', ['parameters', 'timezone']],
      [
        { reportType: 'balance.summary.1', parameters: { intervalEnd: new Date(Date.now() + 86_400_000).toISOString() } },
        'parameter_invalid',
        ['parameters', 'intervalEnd'],
      ],
      [{ reportType: 'balance.summary.1', parameters: { intervalStart: '2001-01-01T00:00:00Z' } }, 'parameter_invalid', ['parameters', 'intervalStart']],
    ];
    for (const [input, code, field] of cases) {
      const { errors } = await run(input);
      expect(errors?.[0], JSON.stringify(input)).toMatchObject({ code, field });
    }
  });

  it('downloads a File with the account’s key only, lists files by purpose, honours expiry', async () => {
    const { run: done } = await run({ reportType: 'balance_change_from_activity.summary.1' });
    const url = done.result.url as string;
    expect((await download(url, null)).status).toBe(401);
    const base = url.slice(0, url.indexOf('/v1/files/'));
    for (const bad of ['/v1/files/%E0%A4%A/contents', `/v1/files/${done.result.id}`, '/v1/files/'])
      expect((await download(`${base}${bad}`)).status, bad).toBe(404);
    expect((await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${t.account.testKey}` } })).status).toBe(405);
    expect((await download(url, t.account.liveKey)).status).toBe(404); // another mode
    const other = await t.newAccount();
    expect((await download(url, other.testKey)).status).toBe(404);
    expect((await t.gql<any, any>(`query($id: ID!) { file(id: $id) { id } }`, { id: done.result.id }, other.testKey)).data.file).toBeNull();
    const listed = await t.gql<any, any>(`{ files(purpose: FINANCE_REPORT_RUN, first: 100) { nodes { id purpose } } }`);
    expect(listed.data.files.nodes.map((f: any) => f.id)).toContain(done.result.id);
    const none = await t.gql<any, any>(`{ files(purpose: SIGMA_SCHEDULED_QUERY) { nodes { id } } }`);
    expect(none.data.files.nodes).toEqual([]);
    // Past its expires_at the bytes are gone (the File object stays, as Stripe's does).
    await t.database.db.execute(`update file_contents set expires_at = now() - interval '1 second' where file_id = '${done.result.id}'` as never);
    expect((await download(url)).status).toBe(404);
    expect((await t.gql<any, any>(`query($id: ID!) { file(id: $id) { id } }`, { id: done.result.id })).data.file.id).toBe(done.result.id);
  });
});
