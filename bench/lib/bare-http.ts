import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';

/**
 * The transport baseline (bench/transport.ts), run as its own process: node:http that reads and
 * parses the JSON body and answers what `{ __typename }` answers. With BARE_DATABASE_URL it first
 * makes the one statement every fingraph request makes, the API-key lookup with the test clock (the same SQL text).
 */
const url = process.env.BARE_DATABASE_URL;
const sql = url ? postgres(url, { max: Number(process.env.BARE_POOL_SIZE ?? 10), onnotice: () => {} }) : null;
const AUTH = `select k.account_id, k.livemode, (select c.frozen_time from test_clocks c where c.account_id = k.account_id and c.livemode = false
      and c.deleted_at is null and not k.livemode limit 1) as frozen_time from api_keys k where k.key_hash = $1 and k.revoked_at is null`;
const OK = JSON.stringify({ data: { __typename: 'Query' } });

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (sql) {
        const key = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const rows = await sql.unsafe(AUTH, [createHash('sha256').update(key).digest('hex')]);
        if (rows.length === 0) {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"unauthenticated"}]}');
          return;
        }
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(OK) }).end(OK);
    } catch {
      res.writeHead(400).end();
    }
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`));
const stop = () => server.close(() => void (sql ? sql.end({ timeout: 2 }) : Promise.resolve()).then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
