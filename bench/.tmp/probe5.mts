import { schema } from '../../src/graphql/schema.js';
import { corpus } from '../../test/reliability/support/corpus.js';
import { rng } from '../../test/reliability/support/env.js';
import { HttpClient } from '../../test/reliability/support/http.js';
import { processDatabase } from '../../test/reliability/support/database.js';
import { startServer, DEMO_KEY } from '../../test/reliability/support/server.js';
const pdb = await processDatabase();
const server = await startServer({ ...pdb.serverEnv }, { nodeArgs: ['--max-old-space-size=1024'] });
const client = new HttpClient(server.url, null, 1);
const ctx = { key: DEMO_KEY, otherKey: DEMO_KEY, liveKey: DEMO_KEY, ids: ['fa_x', 'obt_y'], otherIds: ['fa_z'], maxBodyBytes: 1_000_000, schema };
let i = 0;
for (const req of corpus(ctx, rng(Number(process.argv[2] ?? 1)), Number(process.argv[3] ?? 400))) {
  i++;
  const r0 = server.rss()!;
  const t0 = Date.now();
  let status = 0;
  try { status = (await client.raw({ method: req.method, path: req.path, headers: req.headers, body: req.body, chunked: req.chunked, timeoutMs: 60000 })).status; } catch (e) { status = -1; }
  const dt = Date.now() - t0, dr = (server.rss()! - r0) / 2 ** 20;
  if (dt > 300 || dr > 30) console.log(i, req.category, status, dt + 'ms', '+' + dr.toFixed(0) + 'MiB', 'rss', (server.rss()! / 2 ** 20).toFixed(0), String(req.body ?? req.path).slice(0, 150).replace(/(.)\1{20,}/g, '$1…'));
  if (!server.alive()) { console.log('DIED'); break; }
}
console.log('final rss', (server.rss()! / 2 ** 20).toFixed(0));
await server.stop(); await pdb.cleanup();
