import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { startTestApp, type Subscription, type TestApp } from './support/harness.js';
import { ledgerViolations } from '../src/ledger/invariants.js';

/**
 * The README's walk-through, run as written: every ```graphql block, in order, each named operation
 * sent over HTTP (subscriptions over graphql-ws) to a running server, so the README cannot rot.
 * Variables are filled from ids earlier steps returned, by name (`$financialAccount` ← the last
 * `fa_…` id seen), as a reader does in GraphiQL's Variables pane.
 */
const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const operations = blocks.flatMap((text) => parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION));

const prefixOf: Record<string, string> = { financialAccount: 'fa', paymentMethod: 'pm', outboundTransfer: 'obt', outboundPayment: 'obp' };

/** Every Stripe-style id in a response, first occurrence per prefix (the operation's own object first). */
function idsIn(value: unknown, found: Record<string, string> = {}): Record<string, string> {
  if (Array.isArray(value)) value.forEach((v) => idsIn(v, found));
  else if (value && typeof value === 'object') {
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string' && /^[a-z]+_/.test(id)) found[id.split('_')[0]!] ??= id;
    Object.values(value).forEach((v) => idsIn(v, found));
  }
  return found;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('README walk-through', () => {
  it('has named operations only, one name each', () => {
    const names = operations.map((o) => o.name?.value);
    expect(names.every(Boolean), 'every README operation is named').toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['OpenAccount', 'WatchBalance', 'Fund', 'AddBankAccount', 'SendTransfer', 'PayVendor', 'PostTransfer', 'PostPayment', 'Balance']);
  });

  it('runs start to finish against a running server', async () => {
    const ids: Record<string, string> = {};
    const results: Record<string, any> = {};
    const subscriptions: Subscription<any>[] = [];
    for (const op of operations) {
      const name = op.name!.value;
      const variables: Record<string, string> = {};
      for (const v of op.variableDefinitions ?? []) {
        const id = ids[prefixOf[v.variable.name.value]!];
        expect(id, `${name}: no earlier step returned a value for $${v.variable.name.value}`).toBeDefined();
        variables[v.variable.name.value] = id!;
      }
      if (op.operation === 'subscription') {
        subscriptions.push(await t.subscribe(print(op) as never, variables));
        continue;
      }
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.account.testKey}` },
        body: JSON.stringify({ query: blocks.find((b) => b.includes(`${op.operation} ${name}`)), operationName: name, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown[] };
      expect(res.status, `${name}: ${JSON.stringify(body)}`).toBe(200);
      expect(body.errors, `${name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      for (const payload of Object.values(body.data) as any[]) if (payload && 'userErrors' in payload) expect(payload.userErrors, name).toEqual([]);
      results[name] = body.data;
      Object.assign(ids, idsIn(body.data));
    }

    // The states and balances the README describes.
    expect(results.OpenAccount.createTreasuryFinancialAccount.treasuryFinancialAccount).toMatchObject({
      status: 'OPEN',
      financialAddresses: [{ aba: { routingNumber: '110000000' } }],
    });
    expect(results.Fund.testHelpersCreateTreasuryReceivedCredit.treasuryReceivedCredit).toMatchObject({
      status: 'SUCCEEDED',
      amount: 100000,
      transaction: { status: 'POSTED' },
    });
    expect(results.SendTransfer.createTreasuryOutboundTransfer.treasuryOutboundTransfer).toMatchObject({
      status: 'PROCESSING',
      transaction: { status: 'OPEN', balanceImpact: { cash: -10000, outboundPending: 10000 } },
    });
    expect(results.PayVendor.createTreasuryOutboundPayment.treasuryOutboundPayment.status).toBe('PROCESSING');
    expect(results.PostTransfer.testHelpersPostTreasuryOutboundTransfer.treasuryOutboundTransfer).toMatchObject({
      status: 'POSTED',
      transaction: { status: 'POSTED' },
    });
    expect(results.PostPayment.testHelpersPostTreasuryOutboundPayment.treasuryOutboundPayment.status).toBe('POSTED');
    const fa = results.Balance.treasuryFinancialAccount;
    expect(fa.balance).toEqual({ cash: [{ amount: 87500, currency: 'usd' }], inboundPending: [{ amount: 0 }], outboundPending: [{ amount: 0 }] });
    expect(fa.transactions.nodes.map((n: any) => [n.flowType, n.amount, n.status])).toEqual([
      ['OUTBOUND_PAYMENT', -2500, 'POSTED'],
      ['OUTBOUND_TRANSFER', -10000, 'POSTED'],
      ['RECEIVED_CREDIT', 100000, 'POSTED'],
    ]);
    expect(results.Balance.events.nodes.map((e: any) => e.type)).toEqual(['treasury.outbound_transfer.posted', 'treasury.outbound_transfer.created']);
    // Each event's typed node is the object as it was then: the transfer was processing when created, posted when posted.
    const nodeOf = (type: string) => results.Balance.events.nodes.find((e: any) => e.type === type).data.node;
    expect(nodeOf('treasury.outbound_transfer.created')).toEqual({ id: ids.obt, status: 'PROCESSING', amount: 10000 });
    expect(nodeOf('treasury.outbound_transfer.posted')).toEqual({ id: ids.obt, status: 'POSTED', amount: 10000 });
    expect(await ledgerViolations(t.database.db, [ids.fa!])).toEqual([]);

    // The subscription heard every balance change, ending at the final balance.
    const [watch] = subscriptions;
    await watch!.waitFor(5);
    expect(watch!.values.at(-1).treasuryFinancialAccountBalanceUpdated).toEqual({
      cash: [{ amount: 87500, currency: 'usd' }],
      outboundPending: [{ amount: 0, currency: 'usd' }],
    });
  });
});
