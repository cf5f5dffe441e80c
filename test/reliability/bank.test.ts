import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fundForTest } from '../support/seed.js';
import type { TestApp } from '../support/harness.js';
import { seedTenant, startRelApp, type RelApp } from './support/app.js';
import { envInt, rng } from './support/env.js';
import { FLOW_KINDS } from './support/flows.js';
import { HttpClient } from './support/http.js';
import { checkInvariants } from './support/invariants.js';
import { Workload, type Tenant } from './support/workload.js';

/**
 * The bank test: many clients move money at random across several accounts for a bounded time;
 * at checkpoints (while the load runs) and at the end, every invariant holds on a consistent snapshot.
 * Sizes: REL_BANK_SECONDS, REL_BANK_CLIENTS, REL_BANK_ACCOUNTS, REL_BANK_FAS, REL_BANK_CHECK_MS, REL_SEED.
 */
const SECONDS = envInt('REL_BANK_SECONDS', 8);
const CLIENTS = envInt('REL_BANK_CLIENTS', 32);
const ACCOUNTS = envInt('REL_BANK_ACCOUNTS', 2);
const FAS = envInt('REL_BANK_FAS', 3);
const CHECK_MS = envInt('REL_BANK_CHECK_MS', 2_000);
const SEED = envInt('REL_SEED', Date.now() % 1_000_000_007);
const INITIAL = 20_000;

const CAPTURES = `query RelCaptures { issuingTransactions(first: 20, type: CAPTURE) { nodes { id amount } } }`;
const REFUND = `mutation RelRefund($input: TestHelpersRefundIssuingTransactionInput!) { testHelpersRefundIssuingTransaction(input: $input) { issuingTransaction { id type amount } userErrors { code } } }`;

const BALANCE_UPDATES = `subscription RelBalanceUpdates($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount } inboundPending { amount } outboundPending { amount } } }`;

let t: RelApp;
let client: HttpClient;
let tenants: Tenant[];
const funded = new Map<string, number>();

beforeAll(async () => {
  t = await startRelApp(inject('pgliteTemplate'));
  client = new HttpClient(t.url, null, CLIENTS + 4);
  tenants = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const account = await t.newAccount(`Bank ${i}`);
    tenants.push(await seedTenant(client, { accountId: account.accountId, key: account.testKey }, FAS));
  }
  for (const tenant of tenants)
    for (const fa of tenant.financialAccounts) {
      await fundForTest({ database: t.database } as unknown as TestApp, fa, INITIAL);
      funded.set(fa, INITIAL);
    }
});
afterAll(async () => {
  client?.close();
  await t?.close();
});

describe(`bank test (${CLIENTS} clients, ${SECONDS}s, seed ${SEED})`, () => {
  it('keeps every invariant at checkpoints under load and at the end', { timeout: SECONDS * 1000 + 120_000 }, async () => {
    // Every balance any subscriber ever sees has cash ≥ 0 (or ≥ −what InboundTransfer returns took).
    const seen: { fa: string; cash: number; inboundPending: number; outboundPending: number }[] = [];
    const subErrors: unknown[] = [];
    const disposers: (() => void)[] = [];
    for (const tenant of tenants) {
      const ws = t.wsClient(tenant.key);
      for (const fa of tenant.financialAccounts)
        disposers.push(
          ws.subscribe(
            { query: BALANCE_UPDATES, variables: { id: fa } },
            {
              next: (v) => {
                if (v.errors) subErrors.push(v.errors);
                const b = (v.data as any).treasuryFinancialAccountBalanceUpdated;
                seen.push({
                  fa,
                  cash: b.cash[0]?.amount ?? 0,
                  inboundPending: b.inboundPending[0]?.amount ?? 0,
                  outboundPending: b.outboundPending[0]?.amount ?? 0,
                });
              },
              error: (e) => subErrors.push(e),
              complete: () => {},
            },
          ),
        );
    }
    const subscribers = tenants.reduce((n, x) => n + x.financialAccounts.length, 0);
    for (let i = 0; i < 250 && t.app.services.hub.listenerCount(tenants[0]!.accountId) < tenants[0]!.financialAccounts.length; i++)
      await new Promise((r) => setTimeout(r, 20));

    // Refunds of Issuing captures (an action on the capture's Issuing Transaction, not on a flow): a random
    // part of a recent capture of one of the tenant's cards; refused when more than is left (or nothing is).
    const refunds = { ok: 0, refused: 0, failures: [] as string[] };
    const refund = async (c: HttpClient, tenant: Tenant, r: ReturnType<typeof rng>) => {
      const captures = (await c.gql(CAPTURES, {}, tenant.key)).data?.issuingTransactions?.nodes as { id: string; amount: number }[] | undefined;
      if (!captures?.length) return;
      const capture = r.pick(captures);
      const res = await c.gql(REFUND, { input: { id: capture.id, refundAmount: r.int(1, -capture.amount) } }, tenant.key);
      const payload = res.data?.testHelpersRefundIssuingTransaction;
      if (res.errors || !payload) return void refunds.failures.push(`refund ${capture.id}: ${JSON.stringify(res.errors)}`);
      if (payload.userErrors.length === 0) refunds.ok++;
      else if (['invalid_state', 'parameter_invalid'].includes(payload.userErrors[0].code)) refunds.refused++;
      else refunds.failures.push(`refund ${capture.id}: ${JSON.stringify(payload.userErrors)}`);
    };
    const work = new Workload(FLOW_KINDS, tenants, {
      keyRate: 0.3,
      duplicateRate: 0.5,
      readRate: 0.1,
      fundRate: 0.04,
      maxAmount: 3_000,
      fund: (_tenant, fa, amount) => fundForTest({ database: t.database } as unknown as TestApp, fa, amount),
      extra: { rate: 0.06, step: refund },
    });

    const deadline = Date.now() + SECONDS * 1000;
    let running = true;
    const checkpoints: { at: number; problems: string[]; acks: number }[] = [];
    const checker = (async () => {
      while (running) {
        await new Promise((r) => setTimeout(r, CHECK_MS));
        if (!running) break;
        const acks = work.acks.slice(); // each of these committed before the snapshot below begins
        const r = await checkInvariants(t.database.db, { kinds: FLOW_KINDS, acks });
        checkpoints.push({ at: Date.now(), problems: r.problems, acks: acks.length });
      }
    })();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const r = rng(SEED + i);
        while (Date.now() < deadline) await work.step(client, r);
      }),
    );
    running = false;
    await checker;
    // A short run may end before a refund met a capture: one more round, so the final checks cover refunds.
    if (refunds.ok === 0) for (const [i, tenant] of tenants.entries()) await refund(client, tenant, rng(SEED + CLIENTS + i));

    await new Promise((r) => setTimeout(r, 300)); // let the last balance notices arrive
    disposers.forEach((d) => d());
    for (const [fa, amount] of work.funded) funded.set(fa, (funded.get(fa) ?? 0) + amount);
    const final = await checkInvariants(t.database.db, { kinds: FLOW_KINDS, acks: work.acks, keys: work.keys.values(), funded });

    const actions = new Set(work.acks.map((a) => `${a.kind}.${a.action ?? 'create'}`));
    const perAction: Record<string, number> = {};
    for (const a of work.acks) perAction[`${a.kind}.${a.action ?? 'create'}`] = (perAction[`${a.kind}.${a.action ?? 'create'}`] ?? 0) + 1;
    console.log(
      `bank test on ${t.kind}: seed ${SEED}, ${JSON.stringify(work.stats)}, ${work.keys.size} idempotency keys, ` +
        `${checkpoints.length} checkpoints, Issuing refunds ${JSON.stringify({ ok: refunds.ok, refused: refunds.refused })}, final ${JSON.stringify(final.counts)}, ${seen.length} balance notices, acknowledged: ${JSON.stringify(Object.fromEntries(Object.entries(perAction).sort()))}`,
    );

    expect(work.failures).toEqual([]);
    expect(refunds.failures).toEqual([]);
    if (work.acks.some((a) => a.kind === 'issuing_authorization' && a.action === 'capture')) expect(refunds.ok).toBeGreaterThan(0);
    expect(work.unresolved + work.inDoubt.length).toBe(0);
    expect(checkpoints.flatMap((c) => c.problems)).toEqual([]);
    expect(final.problems).toEqual([]);
    // It really exercised the flows: every kind was created and moved through several actions,
    // idempotent retries happened, and subscribers saw balances (never negative).
    const creatable = FLOW_KINDS.filter((k) => k.create);
    expect([...actions].filter((a) => a.endsWith('.create')).length).toBe(creatable.length);
    expect(actions.size).toBeGreaterThanOrEqual(creatable.length + 2);
    expect(work.stats.duplicates).toBeGreaterThan(0);
    expect(subErrors).toEqual([]);
    expect(new Set(seen.map((s) => s.fa)).size).toBe(subscribers);
    // Cash below zero only by what InboundTransfer returns took (the bank pulls them back whatever the balance).
    expect(seen.filter((s) => s.cash < -(work.overdraft.get(s.fa) ?? 0) || s.inboundPending < 0 || s.outboundPending < 0)).toEqual([]);
  });
});

describe('the invariant checks are not vacuous', () => {
  it('report a balance off its entries, a lost event, a half-applied flow, a missing acknowledged mutation and a double effect', async () => {
    const db = t.database.db;
    const exec = (q: string) => db.execute(q as never);
    const one = async (q: string) => {
      const r = (await db.execute(q as never)) as any;
      return (Array.isArray(r) ? r : r.rows)[0];
    };
    expect((await checkInvariants(db, { kinds: FLOW_KINDS })).problems).toEqual([]);
    // The first OutboundTransfer of the first tenant, and its FinancialAccount (the workload spreads flows over several kinds and accounts).
    const obt = await one(
      `select id, status, financial_account_id from treasury_outbound_transfers where account_id = '${tenants[0]!.accountId}' order by created limit 1`,
    );
    const fa = obt.financial_account_id as string;
    const evt = await one(`select id, type from events where object_id = '${obt.id}' order by seq desc limit 1`);
    await exec(`update treasury_balances set cash = cash + 1 where financial_account_id = '${fa}'`);
    await exec(`delete from events where id = '${evt.id}'`);
    // A status no remaining event announces (so the lost event shows whichever event it was).
    await exec(`update treasury_outbound_transfers set status = '${obt.status === 'canceled' ? 'failed' : 'canceled'}' where id = '${obt.id}'`);
    // An internal payment's credit that does not match it (the receiver got 1 more than was sent).
    const rc = await one(
      `select id, source_flow from treasury_received_credits where status = 'succeeded' and network <> 'card' and financial_account_id <> '${fa}' limit 1`,
    );
    expect(rc).toBeDefined(); // the workload made internal payments
    await exec(`update treasury_received_credits set amount = amount + 1 where id = '${rc.id}'`);
    // Cash below zero by more than InboundTransfer returns took from that account.
    const fa2 = tenants[1]!.financialAccounts[0]!;
    const taken = Number(
      (await one(`select coalesce(sum(amount), 0)::float8 as s from treasury_received_debits where financial_account_id = '${fa2}' and status = 'succeeded'`))
        .s,
    );
    await exec(`update treasury_balances set cash = ${-taken - 1} where financial_account_id = '${fa2}'`);
    const keyed = await one(`select account_id, request_idempotency_key as key from events where request_idempotency_key is not null limit 1`);
    const r = await checkInvariants(db, {
      kinds: FLOW_KINDS,
      acks: [{ kind: 'outbound_transfer', id: 'obt_neverWritten', action: null, status: 'processing', key: null }],
      keys: keyed ? [{ key: keyed.key, accountId: keyed.account_id, sends: 2, okIds: new Set(['obt_a', 'obt_b']), refusals: [], inDoubt: false }] : [],
    });
    const text = r.problems.join('\n');
    expect(text).toMatch(/^ledger: balance /m);
    expect(text).toMatch(/money not conserved on /);
    expect(text).toMatch(/money not conserved across the FinancialAccounts of /);
    expect(text).toMatch(new RegExp(`negative balance on ${fa2}: `));
    expect(text).toMatch(new RegExp(`internal_payment ${rc.source_flow}: amount \\d+, its ReceivedCredit ${rc.id} `));
    expect(text).toMatch(new RegExp(`${obt.id} \\((canceled|failed)\\): Transaction`));
    expect(text).toMatch(/acknowledged create of outbound_transfer obt_neverWritten is missing/);
    if (evt.type.endsWith('.created')) expect(text).toMatch(new RegExp(`${obt.id}: 0 created events`));
    else expect(text).toMatch(new RegExp(`${obt.id}: status .* but its latest event`));
    if (keyed) expect(text).toMatch(/answered with different objects/);
  });
});
