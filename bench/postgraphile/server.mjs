// The peer side of the deep-read benchmark (bench/deep-reads.ts): PostGraphile 5 with the amber
// preset on fingraph's own database and tables, as its own process (like fingraph's `npm start`).
// PGL_DATABASE_URL: the database. Prints "listening http://…/graphql" when ready.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

// PostGraphile 5 uses Promise.withResolvers (Node 22); fingraph runs on Node 20.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const { default: pg } = await import('pg');
const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { jsonPgSmartTags } = await import('postgraphile/utils');

const connectionString = process.env.PGL_DATABASE_URL;
if (!connectionString) throw new Error('PGL_DATABASE_URL is required');

// Every statement this process sends (API key + PostGraphile's), read by the bench at GET /__stats.
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements++;
  return query.apply(this, args);
};

// fingraph declares these two references without a database foreign key (the entries' transaction_id
// has one); PostGraphile needs them to offer the relations.
const ForeignKeyTags = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      treasury_outbound_transfers: {
        tags: {
          foreignKey: [
            '(financial_account_id) references treasury_financial_accounts (id)',
            '(transaction_id) references treasury_transactions (id)',
          ],
        },
      },
    },
  },
});

// The same API-key lookup fingraph makes on every request (same SQL text, SHA-256 of the bearer key).
const pool = new pg.Pool({ connectionString, max: 10 });
const AUTH = 'select account_id, livemode from api_keys where key_hash = $1 and revoked_at is null';

const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [ForeignKeyTags],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafast: {
    async context(requestContext) {
      const header = requestContext.node?.req?.headers?.authorization ?? '';
      const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? '';
      const { rows } = await pool.query(AUTH, [createHash('sha256').update(key).digest('hex')]);
      if (rows.length === 0) throw new Error('unauthenticated');
      return { fingraphAccount: rows[0] };
    },
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  schema: { exportSchemaSDLPath: process.env.PGL_EXPORT_SDL || undefined },
};

const pgl = postgraphile(preset);
const handler = pgl.createServ(grafserv).createHandler();
const server = createServer((req, res) => {
  if (req.url === '/__stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ statements }));
    return;
  }
  handler(req, res);
});
server.listen(0, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${server.address().port}/graphql`));
const stop = () => server.close(() => void Promise.all([pool.end(), pgl.release()]).then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
