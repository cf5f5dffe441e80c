import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createAccount, type CreatedAccount } from '../../src/auth/auth.js';
import type { Database } from '../../src/db/client.js';
import { schema } from '../../src/graphql/schema.js';
import { fundForTest } from '../support/seed.js';
import type { TestApp } from '../support/harness.js';
import { seedTenant } from './support/app.js';
import { corpus, type HostileRequest } from './support/corpus.js';
import { processDatabase, rows, type ProcessDatabase } from './support/database.js';
import { envInt, rng } from './support/env.js';
import { mutationDoc, OUTBOUND_TRANSFER } from './support/flows.js';
import { HttpClient, type RawResponse } from './support/http.js';
import { startServer, type ServerChild } from './support/server.js';
import type { Tenant } from './support/workload.js';

/**
 * Malformed and hostile input: a generated corpus (REL_HOSTILE_COUNT, at least 10,000 by default)
 * of malformed JSON, wrong types, huge strings and headers, oversize bodies, huge lists, deep and
 * aliased queries, batches, introspection abuse, protocol and auth abuse, and random input for every
 * query and mutation in the schema (enumerated from the schema, so new fields are covered), sent to
 * a server child process. The server never crashes, never answers with a stack trace or an
 * unexpected failure, answers only with documented statuses and error codes, and the database is
 * byte-for-byte unchanged. Plus a bounded set of hostile websocket (graphql-ws) sessions.
 * Sizes: REL_HOSTILE_COUNT, REL_HOSTILE_CONCURRENCY, REL_SEED.
 */
const COUNT = envInt('REL_HOSTILE_COUNT', 10_000);
const CONCURRENCY = envInt('REL_HOSTILE_CONCURRENCY', 8);
const SEED = envInt('REL_SEED', Date.now() % 1_000_000_007);
const MAX_BODY = 1_000_000;
/** The server runs with a bounded V8 heap (MiB; 0 = Node's default): memory the corpus left behind would kill it. */
const HEAP_MB = envInt('REL_HOSTILE_SERVER_HEAP_MB', 512);

/** HTTP statuses the API documents (or the transport's own refusals: 404, 405, 406, 411, 415, 431; 204 answers a CORS preflight). */
const STATUSES = new Set([200, 204, 400, 401, 404, 405, 406, 411, 413, 415, 429, 431]);
/** extensions.code values the API documents (docs/api-conventions.md, "Errors"), plus graphql-yoga's own request-level refusals. */
const CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'UNAUTHENTICATED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);
/** Anything that looks like a stack trace or a server path. */
const LEAK = /\n\s+at |\bat [\w$.<>]+ \(|node_modules|\/work\/|\/src\/\w+|\.ts:\d+|\.js:\d+:\d+|"stack"|stacktrace/i;

let pdb: ProcessDatabase;
let server: ServerChild | undefined;
let accounts: CreatedAccount[];
let tenants: Tenant[];
const ids: string[] = [];

/** Row count and an md5 of every row of every table (public and drizzle schemas). */
async function snapshot(database: Database) {
  const tables = await rows<{ s: string; t: string }>(
    database,
    `select table_schema as s, table_name as t from information_schema.tables where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
  );
  const out: Record<string, string> = {};
  for (const { s, t } of tables) {
    const [r] = await rows<{ n: number; h: string }>(
      database,
      `select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${s}"."${t}" x`,
    );
    out[`${s}.${t}`] = `${r!.n} rows ${r!.h}`;
  }
  return out;
}

async function withDirect<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await pdb.open();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  pdb = await processDatabase(inject('pgliteTemplate'));
  accounts = await withDirect(async (db) => [await createAccount(db.db, 'Hostile A'), await createAccount(db.db, 'Hostile B')]);
  server = await startServer(pdb.serverEnv);
  let client = new HttpClient(server.url);
  tenants = [
    await seedTenant(client, { accountId: accounts[0]!.accountId, key: accounts[0]!.testKey }, 2),
    await seedTenant(client, { accountId: accounts[1]!.accountId, key: accounts[1]!.testKey }, 1),
  ];
  client.close();
  await server.stop();
  await withDirect(async (db) => {
    for (const t of tenants) for (const fa of t.financialAccounts) await fundForTest({ database: db } as unknown as TestApp, fa, 100_000);
  });
  // Some flows in several states, so requests can aim at objects that exist.
  server = await startServer(pdb.serverEnv);
  client = new HttpClient(server.url);
  for (const [i, t] of tenants.entries())
    for (let n = 0; n < 3; n++) {
      const r = await client.gql(
        mutationDoc('createTreasuryOutboundTransfer', 'treasuryOutboundTransfer'),
        {
          input: OUTBOUND_TRANSFER.create.input({
            financialAccount: t.financialAccounts[0]!,
            paymentMethod: t.paymentMethod,
            otherFinancialAccount: t.financialAccounts[0]!,
            card: t.cards[t.financialAccounts[0]!]!,
            amount: 100 + n,
            rng: rng(n),
          }),
        },
        t.key,
      );
      const id = r.data.createTreasuryOutboundTransfer.treasuryOutboundTransfer.id as string;
      if (n === 1) await client.gql(mutationDoc('testHelpersPostTreasuryOutboundTransfer', 'treasuryOutboundTransfer'), { input: { id } }, t.key);
      if (i === 0) ids.push(id);
    }
  client.close();
  await server.stop();
  await withDirect(async (db) => {
    const a = accounts[0]!.accountId;
    for (const r of await rows<{ id: string }>(
      db,
      `select id from treasury_transactions where account_id = '${a}' union all select id from events where account_id = '${a}' limit 20`,
    ))
      ids.push(r.id);
  });
});
afterAll(async () => {
  await server?.kill9();
  await pdb?.cleanup();
});

function judge(req: HostileRequest, res: RawResponse): string[] {
  const problems: string[] = [];
  if (!STATUSES.has(res.status)) problems.push(`status ${res.status}`);
  if (req.category.startsWith('oversize') && res.status < 400) problems.push(`a body over the size limit was accepted (${res.status})`);
  if (LEAK.test(res.text)) problems.push(`leaks internals: ${res.text.slice(0, 300)}`);
  if (!res.text) return res.status === 200 ? ['empty 200 answer'] : problems;
  if (/^(text\/event-stream|multipart\/mixed)/.test(String(res.headers['content-type']))) return problems; // asked for SSE or incremental delivery
  let body: any;
  try {
    body = JSON.parse(res.text);
  } catch {
    return [...problems, `non-JSON answer: ${res.text.slice(0, 200)}`];
  }
  for (const e of body.errors ?? []) {
    const code = e?.extensions?.code;
    if (!CODES.has(code)) problems.push(`error code ${code}: ${e?.message}`);
  }
  if (body.data && req.category !== 'query')
    for (const [field, payload] of Object.entries<any>(body.data))
      if (payload && Array.isArray(payload.userErrors) && payload.userErrors.length === 0) problems.push(`mutation ${field} succeeded`);
  return problems;
}

const keyOf = (req: HostileRequest, res: RawResponse | null) => {
  if (!res) return `${req.category} → connection closed`;
  let codes = '';
  try {
    const b = JSON.parse(res.text);
    codes = [...new Set<string>((b.errors ?? []).map((e: any) => e?.extensions?.code))].sort().join(',');
    if (!codes && b.data) codes = Object.values<any>(b.data).some((p) => p?.userErrors?.length) ? 'userErrors' : 'data';
  } catch {
    codes = res.text ? 'non-JSON' : 'empty';
  }
  return `${req.category} → ${res.status} ${codes}`;
};

describe(`hostile input (${COUNT} requests, seed ${SEED})`, () => {
  it('never crashes, leaks or writes, and answers with documented codes', { timeout: 60_000 + COUNT * 30 }, async () => {
    const before = await withDirect(snapshot);
    server = await startServer(
      { ...pdb.serverEnv, FINGRAPH_MAX_BODY_BYTES: String(MAX_BODY) },
      { nodeArgs: HEAP_MB ? [`--max-old-space-size=${HEAP_MB}`] : [] },
    );
    const rssBefore = server.rss();
    const client = new HttpClient(server.url, null, CONCURRENCY);
    const ctx = {
      key: accounts[0]!.testKey,
      otherKey: accounts[1]!.testKey,
      liveKey: accounts[0]!.liveKey,
      ids: [...tenants[0]!.financialAccounts, tenants[0]!.paymentMethod, ...ids],
      otherIds: [...tenants[1]!.financialAccounts, tenants[1]!.paymentMethod],
      maxBodyBytes: MAX_BODY,
      schema,
    };
    const requests = corpus(ctx, rng(SEED), COUNT);
    const histogram = new Map<string, number>();
    const timing = new Map<string, number>();
    // Problems grouped by kind, with a count and the first request that showed it.
    const problems = new Map<string, { count: number; example: string }>();
    const problem = (kind: string, example: string) => {
      const p = problems.get(kind) ?? { count: 0, example };
      p.count++;
      problems.set(kind, p);
    };
    let sent = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = requests.next(); !next.done; next = requests.next()) {
          const req = next.value;
          sent++;
          let res: RawResponse | null = null;
          const t0 = Date.now();
          try {
            res = await client.raw({ method: req.method, path: req.path, headers: req.headers, body: req.body, chunked: req.chunked, timeoutMs: 30_000 });
          } catch (err) {
            // A body over the server's limit is answered 413 and the connection closed mid-write (EPIPE): allowed.
            const oversize = req.body != null && Buffer.byteLength(req.body) > MAX_BODY;
            if (!req.mayReset && !oversize) problem(`${req.category}: ${String(err).slice(0, 80)}`, String(req.body ?? req.path).slice(0, 300));
          }
          histogram.set(keyOf(req, res), (histogram.get(keyOf(req, res)) ?? 0) + 1);
          timing.set(req.category, (timing.get(req.category) ?? 0) + Date.now() - t0);
          if (res)
            for (const p of judge(req, res))
              problem(
                `${req.category}: ${p
                  .replace(/(Variable ).*/, '$1…')
                  .replace(/"[^"]*"/g, '"…"')
                  .slice(0, 90)}`,
                `${req.method} ${req.path ?? ''} ${String(req.body ?? '').slice(0, 300)} → ${res.text.slice(0, 300)}`,
              );
          if (!server!.alive()) throw new Error(`the server died after ${sent} requests:\n${server!.output()}`);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;

    // Still alive and serving.
    expect(server.alive()).toBe(true);
    const health = await client.raw({ method: 'GET', path: '/healthz', headers: {} });
    expect(health.status).toBe(200);
    const ok = await client.gql(`{ treasuryFinancialAccounts(first: 5) { nodes { id } } }`, undefined, ctx.key);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.treasuryFinancialAccounts.nodes).toHaveLength(2);
    const rssAfter = server.rss();
    client.close();
    await server.stop();
    expect((await server.exited).code).toBe(0); // drained and exited cleanly
    const after = await withDirect(snapshot);

    const table = [...histogram.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `  ${String(n).padStart(6)}  ${k}`);
    console.log(
      `hostile input on ${pdb.kind}: seed ${SEED}, ${sent} requests in ${seconds.toFixed(1)}s, server RSS ${rssBefore && Math.round(rssBefore / 2 ** 20)} → ${rssAfter && Math.round(rssAfter / 2 ** 20)} MiB\n${table.join('\n')}\n  time per category (ms): ${JSON.stringify(Object.fromEntries(timing))}`,
    );
    expect(sent).toBe(COUNT);
    expect(Object.fromEntries(problems)).toEqual({});
    expect(after).toEqual(before);
  });
});

describe('hostile websocket sessions', () => {
  it('closes or refuses with graphql-ws codes, never crashes, never writes', async () => {
    const before = await withDirect(snapshot);
    server = await startServer({ ...pdb.serverEnv, FINGRAPH_MAX_BODY_BYTES: String(MAX_BODY) });
    const wsUrl = server.url.replace('http', 'ws');
    const key = accounts[0]!.testKey;
    const init = (k: string | null = key) => JSON.stringify({ type: 'connection_init', payload: k ? { authorization: `Bearer ${k}` } : {} });
    const sub = (id: string, query: string, variables?: unknown) => JSON.stringify({ id, type: 'subscribe', payload: { query, variables } });
    /**
     * Opens a session, sends the frames, returns the close code and the messages: once the case's expectation
     * holds for the messages so far, or the server closes, or after a generous 5 s (a loaded machine answers late).
     */
    const session = (frames: (string | Buffer)[], protocol: string, done: (r: { code: number; messages: any[] }) => boolean) =>
      new Promise<{ code: number; messages: any[] }>((resolve) => {
        const ws = new WebSocket(wsUrl, protocol);
        const messages: any[] = [];
        const timer = setTimeout(() => ws.close(1000), 5000);
        ws.on('open', async () => {
          for (const f of frames) {
            if (ws.readyState !== WebSocket.OPEN) break;
            ws.send(f);
            await new Promise((r) => setTimeout(r, 20));
          }
        });
        ws.on('message', (d) => {
          messages.push(JSON.parse(String(d)));
          if (done({ code: 0, messages })) ws.close(1000);
        });
        ws.on('error', () => {});
        ws.on('close', (code) => (clearTimeout(timer), resolve({ code, messages })));
      });
    const deep = `subscription { treasuryOutboundTransferUpdated(id: "${ids[0]}") { ${'financialAccount { outboundTransfers(first: 1) { nodes { '.repeat(8)} id ${'} } }'.repeat(8)} } }`;
    const cases: [string, (string | Buffer)[], (r: { code: number; messages: any[] }) => boolean][] = [
      ['subscribe before init', [sub('1', 'subscription { events { id } }')], (r) => r.code === 4401],
      ['bad key', [init(`sk_test_${'x'.repeat(30)}`)], (r) => r.code === 4403],
      ['no key', [init(null)], (r) => r.code === 4403],
      ['non-JSON frame', ['{{{ nope'], (r) => r.code === 4400],
      ['binary junk', [Buffer.from([0, 1, 2, 255])], (r) => r.code === 4400],
      ['unknown type', [JSON.stringify({ type: 'gimme' })], (r) => r.code === 4400],
      ['double init', [init(), init()], (r) => r.code === 4429],
      ['oversize frame', [init(), 'x'.repeat(MAX_BODY + 10)], (r) => r.code === 1009],
      ['parse error', [init(), sub('1', 'subscription { ')], (r) => r.messages.some((m) => m.type === 'error' && m.id === '1')],
      ['validation error', [init(), sub('1', 'subscription { nope }')], (r) => r.messages.some((m) => m.type === 'error' && m.id === '1')],
      ['too deep', [init(), sub('1', deep)], (r) => r.messages.some((m) => m.type === 'error' && JSON.stringify(m).includes('QUERY_TOO_DEEP'))],
      [
        'another account’s object',
        [init(accounts[1]!.testKey), sub('1', `subscription($id: ID!) { treasuryOutboundTransferUpdated(id: $id) { id } }`, { id: ids[0] })],
        (r) => r.messages.some((m) => JSON.stringify(m).includes('resource_missing')),
      ],
      [
        'mutation over ws, refused',
        [init(), sub('1', `mutation { cancelTreasuryOutboundTransfer(input: { id: "obt_doesNotExist0000000000" }) { userErrors { code } } }`)],
        (r) => r.messages.some((m) => m.type === 'next' && m.payload.data.cancelTreasuryOutboundTransfer.userErrors[0].code === 'resource_missing'),
      ],
      ['duplicate subscription id', [init(), sub('1', 'subscription { events { id } }'), sub('1', 'subscription { events { id } }')], (r) => r.code === 4409],
      ['wrong subprotocol', [init()], (r) => r.code !== 1000 || r.messages.length === 0],
    ];
    const results: string[] = [];
    for (let round = 0; round < 3; round++)
      for (const [name, frames, okay] of cases) {
        const r = await session(frames, name === 'wrong subprotocol' ? 'graphql-ws' : 'graphql-transport-ws', okay);
        if (!okay(r)) results.push(`${name}: close ${r.code}, messages ${JSON.stringify(r.messages).slice(0, 300)}`);
        if (JSON.stringify(r.messages).match(LEAK)) results.push(`${name}: leaks internals ${JSON.stringify(r.messages).slice(0, 300)}`);
      }
    expect(server.alive()).toBe(true);
    const health = await new HttpClient(server.url).raw({ method: 'GET', path: '/healthz', headers: {} });
    expect(health.status).toBe(200);
    await server.stop();
    expect((await server.exited).code).toBe(0);
    expect(results).toEqual([]);
    expect(await withDirect(snapshot)).toEqual(before);
  });
});
