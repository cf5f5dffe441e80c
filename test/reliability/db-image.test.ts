import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/db/client.js';
import { imagePath, readImage } from '../../src/db/image.js';
import { spawnServer, stopAllServers } from '../support/processes.js';

/**
 * The embedded database's image cache (src/db/image.ts) can never stop a first start: a damaged
 * image is dropped, the database is created the long way (initdb + migrations) and a good image is
 * saved, which the next new data folder then starts from. (Keys and loading: test/db-image.test.ts.)
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fingraph-rel-image-'));
afterAll(async () => {
  await stopAllServers();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const KEY = 'sk_test_imagecache000000000000';

async function startAndQuery(dataDir: string, cache: string) {
  const server = spawnServer({ FINGRAPH_DATA_DIR: dataDir, FINGRAPH_CACHE_DIR: cache, FINGRAPH_DEMO_KEY: KEY, PORT: '0' });
  const url = await server.ready(120_000);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query: '{ treasuryFinancialAccounts(first: 1) { nodes { id } } }' }),
  });
  expect(await res.json()).toEqual({ data: { treasuryFinancialAccounts: { nodes: [] } } });
  await server.stop();
  expect(fs.existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
}

describe('database image cache', () => {
  it('a damaged image is replaced by a good one on the first start, which the next new data folder loads', async () => {
    const cache = path.join(tmp, 'cache');
    const file = imagePath(cache, MIGRATIONS_FOLDER);
    fs.mkdirSync(cache, { recursive: true });
    fs.writeFileSync(file, 'not a gzipped tarball');

    await startAndQuery(path.join(tmp, 'first'), cache);
    const saved = fs.readFileSync(file);
    expect(saved.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip
    expect(saved.length).toBeGreaterThan(1_000_000);
    const savedAt = fs.statSync(file).mtimeMs;

    await startAndQuery(path.join(tmp, 'second'), cache);
    expect(fs.statSync(file).mtimeMs).toBe(savedAt); // loaded, not rebuilt
    expect(readImage(cache, MIGRATIONS_FOLDER)).not.toBeNull();
  }, 240_000);
});
