import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../../src/db/client.js';

/**
 * Databases for the reliability suite: a real PostgreSQL database when DATABASE_URL is set (its own
 * `fingraph_rel_…` database, migrated from scratch, so running this suite never touches the main
 * suite's template or test databases), else PGlite (in memory, or a data folder for server processes).
 */
export const serverUrl = process.env.DATABASE_URL || undefined;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function createPgDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = withDatabase(serverUrl!, name);
  const db = await openDatabase({ databaseUrl: url, poolSize: 1 });
  await db.migrate();
  await db.close();
  return {
    url,
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function migratedPgliteImage(template: string | undefined): Promise<Blob> {
  if (template && fs.existsSync(template)) return new Blob([fs.readFileSync(template)]);
  const db = await openDatabase({});
  await db.migrate();
  const image = await db.dump!();
  await db.close();
  return image;
}

/** A migrated database for an in-process app. */
export async function inProcessDatabase(pgliteTemplate?: string): Promise<{ database: Database; kind: 'postgres' | 'pglite'; drop(): Promise<void> }> {
  if (serverUrl) {
    const pg = await createPgDatabase('fingraph_rel');
    const database = await openDatabase({ databaseUrl: pg.url, poolSize: 10 });
    return { database, kind: 'postgres', drop: async () => (await database.close(), await pg.drop()) };
  }
  const database = await openDatabase({ loadDataDir: await migratedPgliteImage(pgliteTemplate) });
  return { database, kind: 'pglite', drop: () => database.close() };
}

export interface ProcessDatabase {
  kind: 'postgres' | 'pglite';
  /** Environment for a server process on it: DATABASE_URL or FINGRAPH_DATA_DIR. */
  serverEnv: Record<string, string>;
  /**
   * A direct connection from the test process. A PGlite folder admits one process at a time (the
   * server refuses to start while it is open): close it before starting a server.
   */
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

/** A migrated database with no accounts, for server processes. */
export async function processDatabase(pgliteTemplate?: string): Promise<ProcessDatabase> {
  if (serverUrl) {
    const pg = await createPgDatabase('fingraph_rel');
    return {
      kind: 'postgres',
      serverEnv: { DATABASE_URL: pg.url },
      open: () => openDatabase({ databaseUrl: pg.url, poolSize: 4 }),
      cleanup: () => pg.drop(),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fingraph-rel-'));
  fs.mkdirSync(path.join(dataDir, 'pglite'));
  const pg = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: await migratedPgliteImage(pgliteTemplate) });
  await pg.close();
  return {
    kind: 'pglite',
    serverEnv: { FINGRAPH_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** Rows of a raw query on either driver. */
export async function rows<T = Record<string, unknown>>(database: Database, query: string): Promise<T[]> {
  const r = (await database.db.execute(query as never)) as unknown;
  return (Array.isArray(r) ? r : ((r as { rows?: T[] }).rows ?? [])) as T[];
}
