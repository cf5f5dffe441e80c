import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createApp } from '../../src/app.js';
import { createAccount, type CreatedAccount } from '../../src/auth/auth.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { runCommand } from '../../src/kernel/command.js';
import { addEntry, impact, openTransaction } from '../../src/ledger/ledger.js';
import { LIMITS } from '../../test/reliability/support/app.js';

/** The PostgreSQL server the benchmarks use: BENCH_DATABASE_URL, else DATABASE_URL, else the local default. */
export const ADMIN_URL = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface BenchDatabase {
  url: string;
  name: string;
  database: Database;
  /** A plain postgres.js pool on it (the direct-SQL side of the comparisons). */
  sql(max: number): postgres.Sql;
  newAccount(name: string): Promise<CreatedAccount>;
  /** Cash onto a FinancialAccount through the ledger (a posted "other" credit, as fundForTest). */
  fund(accountId: string, financialAccountId: string, amount: number): Promise<void>;
  /**
   * Runs `fn` against the app started in this process on `database` (stopped afterwards), for what a
   * child process cannot show: `database.stats.statements` counts every SQL statement its requests send.
   */
  withInProcessApp<T>(fn: (url: string) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/** A fresh, migrated `fingraph_bench_…` database (dropped at the end unless BENCH_KEEP_DB=1). */
export async function benchDatabase(): Promise<BenchDatabase> {
  const name = `fingraph_bench_${randomBytes(5).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = withDatabase(ADMIN_URL, name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  await database.migrate();
  const pools: postgres.Sql[] = [];
  return {
    url,
    name,
    database,
    sql(max) {
      const s = postgres(url, { max, onnotice: () => {}, connection: { application_name: 'fingraph-bench' } });
      pools.push(s);
      return s;
    },
    newAccount: (n) => createAccount(database.db, n),
    async fund(accountId, financialAccountId, amount) {
      await runCommand(database.db, { accountId, livemode: false }, { operation: 'test.fund', input: {}, requestId: 'req_bench' }, async (cmd) => {
        const flow = { id: null as never, type: 'other' as const, financialAccountId, currency: 'usd' };
        const trxn = await openTransaction(cmd, flow, { amount, description: 'Test funding', status: 'posted' });
        await addEntry(cmd, flow, trxn, 'other', impact(amount, 0, 0));
      });
    },
    async withInProcessApp(fn) {
      const app = await createApp(database, { ...LIMITS, webhooks: { worker: false } });
      try {
        return await fn(await app.start(0));
      } finally {
        await app.stop();
      }
    },
    async drop() {
      for (const p of pools) await p.end({ timeout: 5 });
      await database.close();
      if (process.env.BENCH_KEEP_DB === '1') console.log(`kept database ${name}`);
      else await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
