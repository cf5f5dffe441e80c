// Sigma's sandbox, a worker thread (plain JS: it runs without a TypeScript loader). It holds an
// in-memory PGlite that never holds more than one run's data: each run loads one account's tables
// (one mode) inside a transaction, runs the user's query read-only through a cursor (one statement,
// at most `rowCap` rows, never materialized whole), and rolls everything back. PGlite has no sockets
// and an in-memory file system, so nothing here reaches the server's database, files or network.
// The parent thread enforces the time limit (terminates the worker) and bounds its heap.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const quote = (name) => `"${String(name).replace(/"/g, '""')}"`;

async function open() {
  if (workerData?.image) return PGlite.create({ loadDataDir: new Blob([workerData.image]) });
  const db = await PGlite.create();
  // A respawned sandbox (after a timeout) starts from this image instead of a new cluster (initdb).
  const image = await db.dumpDataDir('none');
  parentPort.postMessage({ type: 'image', image: new Uint8Array(await image.arrayBuffer()) });
  return db;
}

async function run(db, { tables, sql, rowCap }) {
  await db.exec('begin');
  try {
    for (const t of tables) {
      await db.exec(`create table ${quote(t.name)} (${t.columns.map((c) => `${quote(c.name)} ${c.type}`).join(", ")})`);
      if (t.rows.length)
        await db.query(`insert into ${quote(t.name)} select * from json_populate_recordset(null::${quote(t.name)}, $1::json)`, [JSON.stringify(t.rows)]);
    }
    // From here the transaction cannot write; one statement only (the extended protocol refuses
    // several); DECLARE takes a SELECT, VALUES or TABLE only, without data-modifying WITH.
    await db.exec('set local transaction_read_only = on');
    await db.query(`declare sigma_result no scroll cursor for ${sql}`);
    const res = await db.query(`fetch forward ${rowCap + 1} from sigma_result`, [], { rowMode: 'array' });
    return { ok: true, fields: res.fields.map((f) => f.name), rows: res.rows.slice(0, rowCap), truncated: res.rows.length > rowCap };
  } catch (err) {
    return { ok: false, message: String(err?.message ?? err) };
  } finally {
    await db.exec('rollback');
  }
}

const ready = open();
parentPort.on('message', async (msg) => {
  const db = await ready;
  parentPort.postMessage({ type: 'result', id: msg.id, ...(await run(db, msg)) });
});
ready.then(
  () => parentPort.postMessage({ type: 'ready' }),
  (err) => parentPort.postMessage({ type: 'fatal', message: String(err?.message ?? err) }),
);
