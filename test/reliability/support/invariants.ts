import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../src/db/client.js';
import { ledgerViolations } from '../../../src/ledger/invariants.js';
import { reachable, type FlowKind, type FlowRow, type Impact } from './flows.js';
import type { Ack, KeyUse } from './workload.js';

const list = <T>(r: unknown): T[] => (Array.isArray(r) ? r : ((r as { rows?: T[] }).rows ?? [])) as T[];
const q = async <T>(db: Executor, text: string) => list<T>(await db.execute(sql.raw(text)));

export interface CheckInput {
  kinds: FlowKind[];
  /** Acknowledged mutations (taken before the snapshot: each committed before it began). */
  acks?: Ack[];
  /** Idempotency keys used (end of run only: no request may be in flight). */
  keys?: Iterable<KeyUse>;
  /** Money put in per FinancialAccount as the test saw it acknowledged (end of run only). */
  funded?: Map<string, number>;
}

export interface CheckResult {
  problems: string[];
  counts: { financialAccounts: number; flows: number; events: number; transactions: number; entries: number };
}

/**
 * Every invariant the suite promises, checked on one consistent snapshot (a repeatable-read,
 * read-only transaction), so it can run while load is still going on:
 * - the ledger: each balance = the sum of its entries, each Transaction's impact = the sum of its entries;
 * - no balance below zero (cash, inbound_pending, outbound_pending);
 * - conservation: each balance = money put in + the effect of each of its flows in its current status
 *   (computed from the flow rows alone, so a lost or doubled entry shows up here);
 * - no partially applied flow: each flow has exactly the Transactions and entries of its status;
 * - events and changes go together: each flow has one `.created` event, every flow event names an
 *   existing flow, no event type repeats for one object, and the latest event shows the row's status;
 * - every acknowledged mutation is present (the flow exists, its event exists, its status is reachable
 *   from the acknowledged one);
 * - every idempotency key had at most one effect.
 */
export async function checkInvariants(db: Db, input: CheckInput): Promise<CheckResult> {
  return db.transaction(async (tx) => check(tx, input), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

async function check(tx: Executor, input: CheckInput): Promise<CheckResult> {
  const problems: string[] = [];
  const cap = (p: string) => problems.length < 200 && problems.push(p);

  for (const v of await ledgerViolations(tx)) cap(`ledger: ${v.kind} ${v.id}: ${v.detail}`);

  const balances = await q<{ fa: string; cash: number; inbound_pending: number; outbound_pending: number }>(
    tx,
    `select financial_account_id as fa, cash::float8 as cash, inbound_pending::float8 as inbound_pending, outbound_pending::float8 as outbound_pending from treasury_balances`,
  );
  for (const b of balances)
    if (b.cash < 0 || b.inbound_pending < 0 || b.outbound_pending < 0) cap(`negative balance on ${b.fa}: ${JSON.stringify(b)}`);

  // Money put in outside the flows (fundForTest: posted Transactions of flow_type other).
  const fundedRows = await q<{ fa: string; cash: number; inbound_pending: number; outbound_pending: number }>(
    tx,
    `select financial_account_id as fa, sum(cash)::float8 as cash, sum(inbound_pending)::float8 as inbound_pending, sum(outbound_pending)::float8 as outbound_pending
     from treasury_transactions where flow_type = 'other' group by financial_account_id`,
  );
  const expected = new Map<string, Impact>(balances.map((b) => [b.fa, { cash: 0, inboundPending: 0, outboundPending: 0 }]));
  for (const f of fundedRows) {
    const e = expected.get(f.fa);
    if (!e) continue;
    e.cash += f.cash;
    e.inboundPending += f.inbound_pending;
    e.outboundPending += f.outbound_pending;
  }
  if (input.funded)
    for (const [fa, amount] of input.funded) {
      const inDb = fundedRows.find((f) => f.fa === fa)?.cash ?? 0;
      if (inDb !== amount) cap(`funding of ${fa}: ${inDb} in the database, ${amount} acknowledged`);
    }

  const transactions = new Map(
    (await q<{ id: string; flow: string | null; status: string }>(tx, `select id, flow, status from treasury_transactions where flow is not null`)).map((t) => [t.id, t]),
  );
  const entriesByTxn = new Map<string, string[]>();
  const entriesByFlow = new Map<string, number>();
  const entries = await q<{ transaction_id: string; flow: string | null; type: string }>(tx, `select transaction_id, flow, type from treasury_transaction_entries`);
  for (const e of entries) {
    entriesByTxn.set(e.transaction_id, [...(entriesByTxn.get(e.transaction_id) ?? []), e.type]);
    if (e.flow) entriesByFlow.set(e.flow, (entriesByFlow.get(e.flow) ?? 0) + 1);
  }
  const txnsByFlow = new Map<string, string[]>();
  for (const t of transactions.values()) txnsByFlow.set(t.flow!, [...(txnsByFlow.get(t.flow!) ?? []), t.id]);

  const events = await q<{ id: string; object_id: string; type: string; seq: number; status: string | null; key: string | null; account_id: string }>(
    tx,
    `select id, object_id, type, seq::float8 as seq, data->'object'->>'status' as status, request_idempotency_key as key, account_id from events`,
  );
  const eventsByObject = new Map<string, typeof events>();
  for (const e of events) eventsByObject.set(e.object_id, [...(eventsByObject.get(e.object_id) ?? []), e]);

  const flowRows = new Map<string, { kind: FlowKind; row: FlowRow }>();
  let flowCount = 0;
  for (const kind of input.kinds) {
    const rows = await q<FlowRow>(tx, `select * from ${kind.table}`);
    flowCount += rows.length;
    for (const row of rows) {
      flowRows.set(row.id, { kind, row });
      // conservation
      const e = expected.get(row.financial_account_id);
      if (!e) cap(`${kind.name} ${row.id} on unknown FinancialAccount ${row.financial_account_id}`);
      else {
        const d = kind.effect(row);
        e.cash += d.cash;
        e.inboundPending += d.inboundPending;
        e.outboundPending += d.outboundPending;
      }
      // no partial flow: exactly the Transactions and entries of its status
      const want = kind.ledger(row);
      const wantIds = new Set<string>();
      for (const w of want) {
        const id = row[w.column] as string | null;
        const t = id ? transactions.get(id) : undefined;
        if (!id || !t) {
          cap(`${kind.name} ${row.id} (${row.status}): missing Transaction ${w.column}=${id}`);
          continue;
        }
        wantIds.add(id);
        if (t.flow !== row.id) cap(`${kind.name} ${row.id}: Transaction ${id} belongs to flow ${t.flow}`);
        if (t.status !== w.status) cap(`${kind.name} ${row.id} (${row.status}): Transaction ${id} is ${t.status}, expected ${w.status}`);
        const got = [...(entriesByTxn.get(id) ?? [])].sort();
        if (JSON.stringify(got) !== JSON.stringify([...w.entries].sort()))
          cap(`${kind.name} ${row.id} (${row.status}): Transaction ${id} has entries ${got.join(',')}, expected ${[...w.entries].sort().join(',')}`);
      }
      const stray = (txnsByFlow.get(row.id) ?? []).filter((id) => !wantIds.has(id));
      if (stray.length) cap(`${kind.name} ${row.id} (${row.status}): unexpected Transactions ${stray.join(',')}`);
      const entryCount = want.reduce((n, w) => n + w.entries.length, 0);
      if ((entriesByFlow.get(row.id) ?? 0) !== entryCount) cap(`${kind.name} ${row.id}: ${entriesByFlow.get(row.id) ?? 0} entries name this flow, expected ${entryCount}`);
      // events ↔ change
      const evs = (eventsByObject.get(row.id) ?? []).sort((a, b) => a.seq - b.seq);
      if (evs.filter((e) => e.type === `${kind.eventPrefix}.created`).length !== 1) cap(`${kind.name} ${row.id}: ${evs.filter((e) => e.type === `${kind.eventPrefix}.created`).length} created events`);
      const types = evs.map((e) => e.type);
      if (new Set(types).size !== types.length) cap(`${kind.name} ${row.id}: repeated events ${types.join(',')}`);
      const last = evs.at(-1);
      if (last && last.status !== row.status) cap(`${kind.name} ${row.id}: status ${row.status} but its latest event ${last.type} shows ${last.status}`);
      if (evs.some((e) => e.account_id !== row.account_id)) cap(`${kind.name} ${row.id}: an event of another account`);
    }
    for (const e of events)
      if (e.type.startsWith(`${kind.eventPrefix}.`) && !flowRows.has(e.object_id)) cap(`event ${e.id} (${e.type}) names a missing ${kind.name} ${e.object_id}`);
  }

  for (const b of balances) {
    const e = expected.get(b.fa)!;
    if (e.cash !== b.cash || e.inboundPending !== b.inbound_pending || e.outboundPending !== b.outbound_pending)
      cap(`money not conserved on ${b.fa}: balance ${JSON.stringify(b)}, funding + flows give ${JSON.stringify(e)}`);
  }

  for (const ack of input.acks ?? []) {
    const found = flowRows.get(ack.id);
    if (!found) {
      cap(`acknowledged ${ack.action ?? 'create'} of ${ack.kind} ${ack.id} is missing`);
      continue;
    }
    if (!reachable(found.kind, ack.status).has(found.row.status)) cap(`${ack.kind} ${ack.id} is ${found.row.status}, not reachable from acknowledged ${ack.status}`);
    const action = ack.action ? found.kind.actions.find((a) => a.name === ack.action)! : null;
    const type = action ? action.event : `${found.kind.eventPrefix}.created`;
    if (!(eventsByObject.get(ack.id) ?? []).some((e) => e.type === type)) cap(`acknowledged ${ack.action ?? 'create'} of ${ack.id}: no ${type} event`);
  }

  if (input.keys) {
    const byKey = new Map<string, typeof events>();
    for (const e of events) if (e.key) byKey.set(`${e.account_id}/${e.key}`, [...(byKey.get(`${e.account_id}/${e.key}`) ?? []), e]);
    for (const use of input.keys) {
      const evs = byKey.get(`${use.accountId}/${use.key}`) ?? [];
      if (use.okIds.size > 1) cap(`key ${use.key}: answered with different objects ${[...use.okIds].join(',')}`);
      const types = evs.map((e) => e.type);
      if (new Set(types).size !== types.length) cap(`key ${use.key}: applied more than once (${types.join(',')})`);
      if (use.okIds.size === 1) {
        const [id] = use.okIds;
        if (evs.length === 0) cap(`key ${use.key}: acknowledged but no event carries it`);
        if (evs.some((e) => e.object_id !== id)) cap(`key ${use.key}: events for other objects than ${id}`);
      } else if (!use.inDoubt && evs.length > 0) cap(`key ${use.key}: every send was refused but ${evs.length} events carry it`);
    }
  }

  return {
    problems,
    counts: { financialAccounts: balances.length, flows: flowCount, events: events.length, transactions: transactions.size, entries: entries.length },
  };
}
