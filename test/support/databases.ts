import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { loadConfig } from '../../src/config.js';
import { MIGRATIONS_FOLDER, openDatabase, type Database } from '../../src/db/client.js';
import { readImage, saveImage } from '../../src/db/image.js';

/**
 * Tests run on PGlite by default and on a real PostgreSQL server when DATABASE_URL is set (it must
 * name a database the test user may CREATE DATABASE from). Each test file gets its own database
 * cloned from one migrated template: migrations run once per test run.
 */
export const serverUrl = process.env.DATABASE_URL;
/** One id per test run (vitest.config.ts sets it), so concurrent runs on one server never touch each other's databases. */
const RUN = (process.env.FINGRAPH_TEST_RUN ?? 'local').replace(/[^a-z0-9]/g, '');
export const TEMPLATE_DB = `fingraph_tpl_${RUN}`;
const TEST_DB_PREFIX = `fingraph_t_${RUN}_`;
/** Where the PGlite template image is written (set by globalSetup, read by test files via inject). */
export const pgliteTemplatePath = () => path.join(os.tmpdir(), `fingraph-template-${process.pid}-${randomBytes(4).toString('hex')}.tar.gz`);

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs once per test run (vitest globalSetup): builds the migrated template (PGlite: or copies the cached image). */
export async function buildTemplate(provide: (path: string) => void): Promise<() => Promise<void>> {
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await dropTestDatabases(admin);
    await admin.unsafe(`drop database if exists ${TEMPLATE_DB}`);
    await admin.unsafe(`create database ${TEMPLATE_DB}`);
    const db = await openDatabase({ databaseUrl: withDatabase(serverUrl, TEMPLATE_DB), poolSize: 1 });
    await db.migrate();
    await db.close();
    return async () => {
      await dropTestDatabases(admin);
      await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
      await admin.end();
    };
  }
  // The image `npm start` uses (src/db/image.ts, keyed by the migrations and PGlite): built here when missing.
  const cacheDir = loadConfig({ FINGRAPH_CACHE_DIR: process.env.FINGRAPH_CACHE_DIR }).imageCacheDir;
  const file = pgliteTemplatePath();
  const cached = cacheDir ? readImage(cacheDir, MIGRATIONS_FOLDER) : null;
  if (cached) fs.writeFileSync(file, Buffer.from(await cached.image.arrayBuffer()));
  else {
    const db = await openDatabase({});
    await db.migrate();
    const dump = await db.dump!();
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    if (cacheDir) await saveImage(cacheDir, MIGRATIONS_FOLDER, dump);
  }
  provide(file);
  return async () => fs.rmSync(file, { force: true });
}

async function dropTestDatabases(admin: postgres.Sql) {
  const rows = await admin`select datname from pg_database where starts_with(datname, ${TEST_DB_PREFIX})`;
  for (const r of rows) await admin.unsafe(`drop database if exists ${r.datname} with (force)`);
}

export interface TestDatabase {
  database: Database;
  /** A connection URL for other processes (real PostgreSQL only). */
  url: string | null;
  drop(): Promise<void>;
}

/** A database of its own on the real server: a clone of `template`, or empty. */
async function serverDatabase(template: string | null): Promise<TestDatabase> {
  const name = `${TEST_DB_PREFIX}${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
  const url = withDatabase(serverUrl!, name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 10 });
  return {
    database,
    url,
    async drop() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** A fresh, migrated database for one test file. */
export async function freshDatabase(pgliteTemplate?: string): Promise<TestDatabase> {
  if (serverUrl) return serverDatabase(TEMPLATE_DB);
  const image = new Blob([fs.readFileSync(pgliteTemplate!)]);
  const database = await openDatabase({ loadDataDir: image });
  return { database, url: null, drop: () => database.close() };
}

/** A database without any migration (no tables): for tests that build one the way an older release left it. */
export async function unmigratedDatabase(pgliteTemplate?: string): Promise<TestDatabase> {
  if (serverUrl) return serverDatabase(null);
  // A new PGlite cluster (initdb) takes many seconds; the migrated template, emptied, takes one.
  const fresh = await freshDatabase(pgliteTemplate);
  for (const statement of ['drop schema if exists drizzle cascade', 'drop schema public cascade', 'create schema public'])
    await fresh.database.db.execute(sql.raw(statement));
  return fresh;
}
