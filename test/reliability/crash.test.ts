import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount } from '../../src/auth/auth.js';
import { fundForTest } from '../support/seed.js';
import type { TestApp } from '../support/harness.js';
import { seedTenant } from './support/app.js';
import { processDatabase, type ProcessDatabase } from './support/database.js';
import { envInt, rng } from './support/env.js';
import { FLOW_KINDS } from './support/flows.js';
import { HttpClient } from './support/http.js';
import { checkInvariants } from './support/invariants.js';
import { startServer, type ServerChild } from './support/server.js';
import { Workload, type Tenant } from './support/workload.js';

/**
 * The crash test: the server runs as a child process (`node --import tsx src/server.ts`) under load
 * and is killed with SIGKILL at random moments, then restarted. Every mutation carries an
 * idempotency key; requests cut off by a kill are sent again after the restart (same key, same input)
 * and must then have had exactly one effect. After kills and at the end, every invariant holds: the
 * ledger, no negative balance, conservation, no partially applied flow, no event without its change
 * or change without its event, nothing acknowledged missing.
 *
 * On PostgreSQL (DATABASE_URL) the server uses its own database; on PGlite a data folder (the test
 * opens it directly only while the server is down: one process per folder).
 * Sizes: REL_CRASH_KILLS (≥ 20 by default), REL_CRASH_CLIENTS, REL_CRASH_MIN_MS / REL_CRASH_MAX_MS
 * (time under load before each kill), REL_CRASH_CHECK_EVERY, REL_SEED.
 */
const KILLS = envInt('REL_CRASH_KILLS', 20);
const CLIENTS = envInt('REL_CRASH_CLIENTS', 8);
const MIN_MS = envInt('REL_CRASH_MIN_MS', 150);
const MAX_MS = envInt('REL_CRASH_MAX_MS', 900);
const SEED = envInt('REL_SEED', Date.now() % 1_000_000_007);
const INITIAL = 500_000;

let pdb: ProcessDatabase;
let server: ServerChild | undefined;

beforeAll(async () => {
  pdb = await processDatabase(inject('pgliteTemplate'));
});
afterAll(async () => {
  await server?.kill9();
  await pdb?.cleanup();
});

describe(`crash test (${KILLS} kills, ${CLIENTS} clients, seed ${SEED})`, () => {
  it('loses nothing acknowledged and applies nothing partially across kill -9 and restart', { timeout: 60_000 + KILLS * 15_000 }, async () => {
    const CHECK_EVERY = envInt('REL_CRASH_CHECK_EVERY', pdb.kind === 'postgres' ? 1 : 5);
    const random = rng(SEED);

    // Two accounts, created directly; their FinancialAccounts and PaymentMethods over the API.
    let db = await pdb.open();
    const accounts = [await createAccount(db.db, 'Crash A'), await createAccount(db.db, 'Crash B')];
    await db.close();
    server = await startServer(pdb.serverEnv);
    let client = new HttpClient(server.url, null, CLIENTS + 2);
    const tenants: Tenant[] = [];
    for (const a of accounts) tenants.push(await seedTenant(client, { accountId: a.accountId, key: a.testKey }, 2));
    client.close();
    await server.stop();
    db = await pdb.open();
    const funded = new Map<string, number>();
    for (const fa of tenants.flatMap((x) => x.financialAccounts)) {
      await fundForTest({ database: db } as unknown as TestApp, fa, INITIAL);
      funded.set(fa, INITIAL);
    }
    await db.close();

    const work = new Workload(FLOW_KINDS, tenants, { keyRate: 1, duplicateRate: 0.2, readRate: 0.1, fundRate: 0, maxAmount: 20_000 });
    const problems: string[] = [];
    const deaths: (NodeJS.Signals | null)[] = [];
    const checkNow = async (label: string, final = false) => {
      const direct = await pdb.open();
      try {
        const r = await checkInvariants(direct.db, { kinds: FLOW_KINDS, acks: work.acks, ...(final ? { keys: work.keys.values(), funded } : {}) });
        problems.push(...r.problems.map((p) => `${label}: ${p}`));
        return r;
      } finally {
        await direct.close();
      }
    };

    for (let round = 0; round < KILLS; round++) {
      server = await startServer(pdb.serverEnv);
      client = new HttpClient(server.url, null, CLIENTS + 2);
      await work.retryInDoubt(client); // what the last kill cut off: exactly one effect now
      let killed = false;
      const loops = Array.from({ length: CLIENTS }, async (_, i) => {
        const r = rng(SEED * 31 + round * 1000 + i);
        while (!killed) await work.step(client, r);
      });
      await new Promise((r) => setTimeout(r, random.int(MIN_MS, MAX_MS)));
      killed = true;
      await server.kill9();
      deaths.push((await server.exited).signal);
      await Promise.all(loops);
      client.close();
      if (pdb.kind === 'postgres' || (round + 1) % CHECK_EVERY === 0) await checkNow(`after kill ${round + 1}`);
    }

    // Restart once more, settle what the last kill cut off, stop cleanly, and check everything.
    server = await startServer(pdb.serverEnv);
    client = new HttpClient(server.url, null, CLIENTS + 2);
    await work.retryInDoubt(client);
    client.close();
    await server.stop();
    const final = await checkNow('final', true);

    const perAction: Record<string, number> = {};
    for (const a of work.acks) perAction[`${a.kind}.${a.action ?? 'create'}`] = (perAction[`${a.kind}.${a.action ?? 'create'}`] ?? 0) + 1;
    console.log(
      `crash test on ${pdb.kind}: seed ${SEED}, ${KILLS} kills, ${JSON.stringify(work.stats)}, ${work.acks.length} acknowledged, ` +
        `${work.keys.size} keys, final ${JSON.stringify(final.counts)}, acknowledged: ${JSON.stringify(Object.fromEntries(Object.entries(perAction).sort()))}`,
    );
    expect(deaths).toEqual(Array(KILLS).fill('SIGKILL'));
    expect(work.failures).toEqual([]);
    expect(work.inDoubt).toEqual([]);
    expect(work.unresolved).toBe(0);
    expect(problems).toEqual([]);
    expect(work.acks.length).toBeGreaterThan(KILLS);
    // The kills did cut requests off (otherwise this test proves little).
    expect(work.stats.inDoubt).toBeGreaterThan(0);
  });
});
