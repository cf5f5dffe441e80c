import { print } from 'graphql';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ALL_FEATURES } from '../support/seed.js';
import { emptyDatabase, spawnServer, stopAllServers, type EmptyDatabase } from '../support/processes.js';

/**
 * Scheduled test-mode transitions are rows and jobs committed with their flows: a server killed
 * (SIGKILL) before they are due loses none, and the next server on the same database runs each
 * exactly once (the row's done_at, set under its lock in the transition's own transaction).
 */

const CreateFa = graphql(`
  mutation TmRestartFa($input: CreateTreasuryFinancialAccountInput!) {
    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }
  }
`);
const CreateIbt = graphql(`
  mutation TmRestartIbt($input: CreateTreasuryInboundTransferInput!) {
    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }
  }
`);
const State = graphql(`
  query TmRestartState($fa: ID!) {
    treasuryInboundTransfers(financialAccount: $fa, first: 50) { nodes { id status returned } }
    treasuryFinancialAccount(id: $fa) { balance { cash { amount } } }
    events(first: 100) { nodes { type data { object } } }
  }
`);

let db: EmptyDatabase;
afterAll(async () => {
  await stopAllServers();
  await db?.cleanup();
});

describe('restart safety of scheduled transitions', () => {
  it('a server killed with transitions scheduled: the next one runs every transition, none twice', async () => {
    db = await emptyDatabase(inject('pgliteTemplate'));
    const key = 'sk_test_testModeRestart000000000';
    const env = { ...db.env, PORT: '0', FINGRAPH_DEMO_KEY: key, FINGRAPH_TEST_MODE_DELAY_MS: '4000', FINGRAPH_TEST_MODE_RETURN_DELAY_MS: '300' };
    const gql = async (url: string, doc: Parameters<typeof print>[0], variables: unknown): Promise<any> => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: print(doc), variables }),
      });
      const body = (await res.json()) as { data: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const first = spawnServer(env);
    const url = await first.ready();
    const fa = (await gql(url, CreateFa, { input: { supportedCurrencies: ['usd'], features: ALL_FEATURES } })).createTreasuryFinancialAccount
      .treasuryFinancialAccount.id;
    const plan = [
      ['pm_usBankAccount', 1_000],
      ['pm_usBankAccount', 2_000],
      ['pm_usBankAccount_dispute', 400],
      ['pm_usBankAccount_noAccount', 800],
    ] as const;
    const ids: string[] = [];
    for (const [pm, amount] of plan) {
      const r = (await gql(url, CreateIbt, { input: { amount, currency: 'usd', financialAccount: fa, originPaymentMethod: pm } }))
        .createTreasuryInboundTransfer;
      expect(r.treasuryInboundTransfer.status).toBe('PROCESSING');
      ids.push(r.treasuryInboundTransfer.id);
    }
    // Killed before anything is due.
    first.child.kill('SIGKILL');
    await first.exited;

    const second = spawnServer(env);
    const url2 = await second.ready(30_000);
    const deadline = Date.now() + 60_000;
    let state: any;
    for (;;) {
      state = await gql(url2, State, { fa });
      const byId = new Map(state.treasuryInboundTransfers.nodes.map((n: any) => [n.id, n]));
      const done = ids.every((id) => (byId.get(id) as any).status !== 'PROCESSING') && (byId.get(ids[2]!) as any).returned === true;
      if (done || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const byId = new Map<string, any>(state.treasuryInboundTransfers.nodes.map((n: any) => [n.id, n]));
    expect(ids.map((id) => [byId.get(id).status, byId.get(id).returned])).toEqual([
      ['SUCCEEDED', false],
      ['SUCCEEDED', false],
      ['SUCCEEDED', true],
      ['FAILED', false],
    ]);
    // Exactly once: one event per transition, and the money to match.
    const types = state.events.nodes.map((e: any) => e.type);
    const count = (type: string) => types.filter((t: string) => t === type).length;
    expect(count('treasury.inbound_transfer.created')).toBe(4);
    expect(count('treasury.inbound_transfer.succeeded')).toBe(3);
    expect(count('treasury.inbound_transfer.failed')).toBe(1);
    expect(count('treasury.received_debit.created')).toBe(1);
    expect(state.treasuryFinancialAccount.balance.cash[0].amount).toBe(3_000);
    // And nothing more happens afterwards (the jobs that were running, or expired, find their rows done).
    await second.stop();
    const third = spawnServer(env);
    const url3 = await third.ready(30_000);
    const again = await gql(url3, State, { fa });
    expect(again.events.nodes.length).toBe(state.events.nodes.length);
    await third.stop();
  }, 120_000);
});
