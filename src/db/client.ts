import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { discardImage, readImage, saveImage } from './image.js';
import { acquireDataDirLock, type DataDirLock } from './lock.js';

/**
 * The common base of the PGlite and postgres.js Drizzle databases (a union breaks execute()). Without
 * Drizzle's relational query API (`db.query`, unused here): given the schema, Drizzle builds a query
 * object per table for every transaction it opens, which cost ~1% of the server's CPU.
 */
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** SQL statements issued through Drizzle since start (tests pin per-operation counts with it). */
  stats: { statements: number };
  /** Subscribes to a Postgres NOTIFY channel; resolves once listening. Returns the unsubscribe. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  ping(): Promise<void>;
  /** Applies the migrations of `migrationsFolder` (default drizzle/) not yet applied. */
  migrate(migrationsFolder?: string): Promise<void>;
  /** PGlite only: the whole data folder as a gzipped image (tests clone a migrated template). */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Pre-migrated PGlite image to start from (tests clone one template per file). */
  loadDataDir?: Blob | File;
  /**
   * PGlite with a data folder: where images of a new migrated database are cached (src/db/image.ts).
   * A new data folder starts from the image of the current migrations when there is one; otherwise
   * the first migrate() saves one. Unset: no cache.
   */
  imageCacheDir?: string | null;
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const stats = { statements: 0 };
  const logger = { logQuery: () => void stats.statements++ };
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10, stats, logger);
  return openPglite(opts, stats, logger);
}

async function openPglite(opts: DatabaseOptions, stats: { statements: number }, logger: { logQuery: () => void }): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (opts.dataDir) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    lock = acquireDataDirLock(opts.dataDir);
  }
  const pgdata = opts.dataDir ? path.join(opts.dataDir, 'pglite') : undefined;
  const cacheDir = opts.imageCacheDir ?? null;
  /** A new data folder made by initdb here: its first migrate() saves the image for the next one. */
  let saveAfterMigrate = false;
  let client: PGlite | null = null;
  if (pgdata && !opts.loadDataDir && !fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    const cached = cacheDir ? readImage(cacheDir, MIGRATIONS_FOLDER) : null;
    if (cached) {
      try {
        client = await PGlite.create({ dataDir: pgdata, loadDataDir: cached.image });
      } catch {
        // A damaged image: drop it and the half-written folder, and create the database the long way.
        discardImage(cached.file);
        fs.rmSync(pgdata, { recursive: true, force: true });
      }
    }
    if (!client) {
      await initdbInWorker(pgdata);
      saveAfterMigrate = cacheDir !== null;
    }
  }
  client ??= await PGlite.create({
    dataDir: pgdata,
    loadDataDir: opts.loadDataDir,
  });
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    stats,
    async listen(channel, onPayload) {
      const unsub = await client.listen(channel, onPayload);
      return async () => unsub();
    },
    async ping() {
      await client.query('select 1');
    },
    async migrate(migrationsFolder = MIGRATIONS_FOLDER) {
      await migratePglite(db as never, { migrationsFolder });
      if (saveAfterMigrate && migrationsFolder === MIGRATIONS_FOLDER) {
        saveAfterMigrate = false;
        await saveImage(cacheDir!, MIGRATIONS_FOLDER, await client.dumpDataDir('gzip'));
      }
    },
    async dump() {
      return client.dumpDataDir('gzip');
    },
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

/**
 * Creates a new PGlite data folder (initdb) in a worker thread. initdb runs in a WebAssembly instance
 * of its own that grows to ~500 MB; in this thread it stayed reserved (the server idled at ~900 MB
 * after a first start, ~450 MB after a restart), while a worker's memory is returned when it exits.
 */
async function initdbInWorker(dataDir: string) {
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const source = `const { workerData } = require('node:worker_threads');
    import(workerData.pglite).then(async ({ PGlite }) => { const pg = await PGlite.create({ dataDir: workerData.dataDir }); await pg.close(); });`;
  const worker = new Worker(source, { eval: true, workerData: { pglite, dataDir } });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`creating the database in ${dataDir} failed (exit ${code})`))));
  });
}

async function openPostgres(url: string, poolSize: number, stats: { statements: number }, logger: { logQuery: () => void }): Promise<Database> {
  const sql = postgres(url, { max: poolSize, onnotice: () => {}, connection: { application_name: 'fingraph' } });
  const db = drizzlePostgres(withPreparedStatements(sql), { logger }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    stats,
    async listen(channel, onPayload) {
      const sub = await sql.listen(channel, (p) => onPayload(p));
      return async () => sub.unlisten();
    },
    async ping() {
      await sql`select 1`;
    },
    async migrate(migrationsFolder = MIGRATIONS_FOLDER) {
      // Several processes may start at once on one database: migrate under an advisory lock.
      const lockSql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lockSql`select pg_advisory_lock(727274)`;
        await migratePostgres(drizzlePostgres(lockSql), { migrationsFolder });
      } finally {
        await lockSql.end();
      }
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

/** Statement text with a parameter list (`in ($1, $2, …)`): its length varies with the batch. */
const PARAMETER_LIST = /\bin \(\$\d/i;

/** Whether fingraph sends a statement prepared (see withPreparedStatements). */
export const sendsPrepared = (text: string, params: readonly unknown[] | undefined) => params !== undefined && params.length > 0 && !PARAMETER_LIST.test(text);

/**
 * Drizzle runs every query through postgres.js's `unsafe(text, params)` unprepared (drizzle-orm
 * #6096), and postgres.js sends an unprepared statement with parameters in two round trips: Parse +
 * Describe to learn the parameter types, then Bind + Execute. Prepared, a statement is described once
 * per connection and then costs one round trip, with no parse or plan on the server. This wrapper
 * prepares every statement except those with a parameter list (`in ($1, $2, …)`), whose text changes
 * with the batch size and would fill each connection's statement cache; batched loads use
 * `anyOf` (src/db/sql.ts) instead, one array parameter (docs/benchmarks.md, "Finding: two round trips per
 * statement"). Transactions get the same wrapper for their connection.
 */
export function withPreparedStatements(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === 'unsafe')
        return (text: string, params?: unknown[], options?: Record<string, unknown>) =>
          target.unsafe(text, params as never, { ...options, prepare: sendsPrepared(text, params) });
      if (prop === 'begin')
        return (...args: unknown[]) => {
          const body = args.pop() as (tx: postgres.Sql) => unknown;
          return (target.begin as (...a: unknown[]) => unknown)(...args, (tx: postgres.Sql) => body(withPreparedStatements(tx)));
        };
      return Reflect.get(target, prop, receiver);
    },
  });
}
