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
 * - no balance below zero (inbound_pending, outbound_pending; cash only by what InboundTransfer
 *   returns took, which the bank pulls back whatever the balance);
 * - conservation: each balance = money put in + the effect of each of its flows in its current status
 *   (computed from the flow rows alone, so a lost or doubled entry shows up here); and per platform
 *   account, the sum of its FinancialAccounts' balances = money put in + its external flows, the
 *   internal ones (a payment to another FinancialAccount and the credit it made) cancelling out;
 * - linked flows agree (each internal payment that posted made exactly one succeeded ReceivedCredit
 *   of its amount on its destination, each such credit names an existing payment);
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

  const balances = await q<{ fa: string; account_id: string; cash: number; inbound_pending: number; outbound_pending: number }>(
    tx,
    `select b.financial_account_id as fa, f.account_id, b.cash::float8 as cash, b.inbound_pending::float8 as inbound_pending, b.outbound_pending::float8 as outbound_pending
     from treasury_balances b join treasury_financial_accounts f on f.id = b.financial_account_id`,
  );
  const accountOf = new Map(balances.map((b) => [b.fa, b.account_id]));
  // Per platform account: money put in + external flows (internal ones left out: they must cancel out).
  const external = new Map<string, Impact>();
  const add = (m: Map<string, Impact>, key: string, d: Impact) => {
    const e = m.get(key) ?? { cash: 0, inboundPending: 0, outboundPending: 0 };
    e.cash += d.cash;
    e.inboundPending += d.inboundPending;
    e.outboundPending += d.outboundPending;
    m.set(key, e);
  };
  // Cash may go below zero only by what forced debits (InboundTransfer returns) took from the account.
  const overdraft = new Map<string, number>();
  for (const kind of input.kinds.filter((k) => k.overdraws))
    for (const r of await q<{ fa: string; amount: number }>(
      tx,
      `select financial_account_id as fa, sum(amount)::float8 as amount from ${kind.table} where status = 'succeeded'${kind.where ? ` and ${kind.where}` : ''} group by financial_account_id`,
    ))
      overdraft.set(r.fa, (overdraft.get(r.fa) ?? 0) + r.amount);
  for (const b of balances)
    if (b.cash < -(overdraft.get(b.fa) ?? 0) || b.inbound_pending < 0 || b.outbound_pending < 0)
      cap(`negative balance on ${b.fa}: ${JSON.stringify(b)}${overdraft.has(b.fa) ? ` (returns took ${overdraft.get(b.fa)})` : ''}`);

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
    add(external, accountOf.get(f.fa)!, { cash: f.cash, inboundPending: f.inbound_pending, outboundPending: f.outbound_pending });
  }
  if (input.funded)
    for (const [fa, amount] of input.funded) {
      const inDb = fundedRows.find((f) => f.fa === fa)?.cash ?? 0;
      if (inDb !== amount) cap(`funding of ${fa}: ${inDb} in the database, ${amount} acknowledged`);
    }

  const transactions = new Map(
    (await q<{ id: string; flow: string | null; status: string }>(tx, `select id, flow, status from treasury_transactions where flow is not null`)).map((t) => [
      t.id,
      t,
    ]),
  );
  const entriesByTxn = new Map<string, string[]>();
  const entriesByFlow = new Map<string, number>();
  const entries = await q<{ transaction_id: string; flow: string | null; type: string }>(
    tx,
    `select transaction_id, flow, type from treasury_transaction_entries`,
  );
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
    const rows = await q<FlowRow>(tx, `select * from ${kind.table}${kind.where ? ` where ${kind.where}` : ''}`);
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
        if (!kind.internal) add(external, row.account_id, d);
      }
      // no partial flow: exactly the Transactions and entries of its status
      const want = kind.ledger(row);
      const wantIds = new Set<string>();
      for (const w of want) {
        const id = w.id !== undefined ? w.id : (row[w.column] as string | null);
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
      if ((entriesByFlow.get(row.id) ?? 0) !== entryCount)
        cap(`${kind.name} ${row.id}: ${entriesByFlow.get(row.id) ?? 0} entries name this flow, expected ${entryCount}`);
      // events ↔ change
      const evs = (eventsByObject.get(row.id) ?? []).sort((a, b) => a.seq - b.seq);
      if (evs.filter((e) => e.type === `${kind.eventPrefix}.created`).length !== 1)
        cap(`${kind.name} ${row.id}: ${evs.filter((e) => e.type === `${kind.eventPrefix}.created`).length} created events`);
      const types = evs.map((e) => e.type);
      const once = types.filter((x) => !kind.repeatable?.includes(x));
      if (new Set(once).size !== once.length) cap(`${kind.name} ${row.id}: repeated events ${types.join(',')}`);
      const last = evs.at(-1);
      if (last && last.status !== row.status) cap(`${kind.name} ${row.id}: status ${row.status} but its latest event ${last.type} shows ${last.status}`);
      if (evs.some((e) => e.account_id !== row.account_id)) cap(`${kind.name} ${row.id}: an event of another account`);
    }
  }
  for (const prefix of new Set(input.kinds.map((k) => k.eventPrefix)))
    for (const e of events)
      if (e.type.startsWith(`${prefix}.`) && !flowRows.has(e.object_id))
        cap(`event ${e.id} (${e.type}) names a missing ${prefix.split('.').at(-1)} ${e.object_id}`);

  // Linked flows: the flow that made each one (sourceColumn), and the ones each flow made.
  const derived = new Map<string, FlowRow[]>();
  for (const { kind, row } of flowRows.values()) {
    const source = kind.sourceColumn ? (row[kind.sourceColumn] as string | null) : null;
    if (source) derived.set(source, [...(derived.get(source) ?? []), row]);
  }
  for (const { kind, row } of flowRows.values()) {
    const source = kind.sourceColumn ? (row[kind.sourceColumn] as string | null) : null;
    for (const p of kind.links?.(row, source ? flowRows.get(source)?.row : undefined, derived.get(row.id) ?? []) ?? []) cap(p);
  }

  const totals = new Map<string, Impact>();
  for (const b of balances) {
    const e = expected.get(b.fa)!;
    if (e.cash !== b.cash || e.inboundPending !== b.inbound_pending || e.outboundPending !== b.outbound_pending)
      cap(`money not conserved on ${b.fa}: balance ${JSON.stringify(b)}, funding + flows give ${JSON.stringify(e)}`);
    add(totals, b.account_id, { cash: b.cash, inboundPending: b.inbound_pending, outboundPending: b.outbound_pending });
  }
  for (const [account, total] of totals) {
    const e = external.get(account) ?? { cash: 0, inboundPending: 0, outboundPending: 0 };
    if (e.cash !== total.cash || e.inboundPending !== total.inboundPending || e.outboundPending !== total.outboundPending)
      cap(
        `money not conserved across the FinancialAccounts of ${account}: balances sum to ${JSON.stringify(total)}, funding + external flows give ${JSON.stringify(e)}`,
      );
  }

  for (const ack of input.acks ?? []) {
    const found = flowRows.get(ack.id);
    if (!found) {
      cap(`acknowledged ${ack.action ?? 'create'} of ${ack.kind} ${ack.id} is missing`);
      continue;
    }
    if (!reachable(found.kind, ack.status).has(found.row.status))
      cap(`${ack.kind} ${ack.id} is ${found.row.status}, not reachable from acknowledged ${ack.status}`);
    const action = ack.action ? found.kind.actions.find((a) => a.name === ack.action)! : null;
    const type = action ? action.event : `${found.kind.eventPrefix}.created`;
    const own = [ack.id, ...(derived.get(ack.id) ?? []).map((d) => d.id)];
    if (!own.some((id) => (eventsByObject.get(id) ?? []).some((e) => e.type === type)))
      cap(`acknowledged ${ack.action ?? 'create'} of ${ack.id}: no ${type} event`);
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
        const [id] = use.okIds as unknown as [string];
        // The object and the flows it made in the same request (an internal payment's ReceivedCredit).
        const found = flowRows.get(id);
        const own = new Set([id, ...(derived.get(id) ?? []).map((d) => d.id), ...(found?.kind.alsoOwns?.(found.row) ?? [])]);
        if (evs.length === 0) cap(`key ${use.key}: acknowledged but no event carries it`);
        if (evs.some((e) => !own.has(e.object_id))) cap(`key ${use.key}: events for other objects than ${[...own].join(',')}`);
      } else if (!use.inDoubt && evs.length > 0) cap(`key ${use.key}: every send was refused but ${evs.length} events carry it`);
    }
  }

  return {
    problems,
    counts: { financialAccounts: balances.length, flows: flowCount, events: events.length, transactions: transactions.size, entries: entries.length },
  };
}
