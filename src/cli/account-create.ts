import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DataDirInUseError } from '../db/lock.js';
import { adminPost, adminTarget, ServerUnreachableError, UsageError, type AdminTarget } from './admin-client.js';

const USAGE = `Create accounts and API keys (keys are shown once; they are stored hashed).

usage:
  npm run account:create -- --name "Acme"              a new account with a test and a live key
  npm run account:create -- --account acct_… [--live]  one more key for an account (test unless --live)
  npm run account:create -- --revoke key_…             revoke a key

options:
  --name <name>        the new account's name
  --account <acct_…>   the account to add a key to
  --live               make a live-mode key (sk_live_…) instead of a test-mode one
  --revoke <key_…>     the id of the key to revoke (printed when it was created)
  --server <url>       a running server's URL (with FINGRAPH_ADMIN_KEY set); by default the
                       server running on this data folder, else the database directly
  -h, --help           this text

While the server runs on the embedded database (which one process at a time may open), this talks
to it through its admin API; on PostgreSQL (DATABASE_URL) it writes to the database directly.`;

type Key = { id: string; livemode: boolean; secret: string };
type Result = { account: { id: string; name?: string }; keys: Key[] } | { id: string; revoked: true };

interface Request {
  kind: 'account' | 'key' | 'revoke';
  name?: string;
  account?: string;
  live: boolean;
  revoke?: string;
}

function parse(argv: string[]): (Request & { server?: string }) | 'help' {
  // biome-ignore lint/suspicious/noImplicitAnyLet: parseArgs types it from its options
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        name: { type: 'string' },
        account: { type: 'string' },
        live: { type: 'boolean', default: false },
        revoke: { type: 'string' },
        server: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) return 'help';
  const chosen = [values.name !== undefined, values.account !== undefined, values.revoke !== undefined].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('Give exactly one of --name, --account or --revoke.');
  if (values.name !== undefined && !values.name.trim()) throw new UsageError('--name must not be empty.');
  if (values.live && values.account === undefined) throw new UsageError('--live applies to --account only (a new account gets both keys).');
  const kind = values.name !== undefined ? 'account' : values.account !== undefined ? 'key' : 'revoke';
  return { kind, name: values.name?.trim(), account: values.account, live: values.live!, revoke: values.revoke, server: values.server };
}

async function viaServer(target: AdminTarget, r: Request): Promise<Result> {
  if (r.kind === 'account') return adminPost(target, 'accounts', { name: r.name });
  if (r.kind === 'key') return adminPost(target, 'keys', { account: r.account, livemode: r.live });
  return adminPost(target, 'keys/revoke', { id: r.revoke });
}

async function direct(r: Request): Promise<Result> {
  // Loaded only here: --help, usage errors and the server path need no database driver.
  const { openDatabase } = await import('../db/client.js');
  const { createAccount, createApiKey, revokeApiKey } = await import('../auth/auth.js');
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    imageCacheDir: config.imageCacheDir,
    poolSize: 1,
  });
  try {
    await database.migrate();
    if (r.kind === 'account') {
      const created = await createAccount(database.db, r.name!);
      return {
        account: { id: created.accountId, name: r.name },
        keys: [
          { id: created.testKeyId, livemode: false, secret: created.testKey },
          { id: created.liveKeyId, livemode: true, secret: created.liveKey },
        ],
      };
    }
    if (r.kind === 'key') {
      const created = await createApiKey(database.db, r.account!, r.live);
      if (!created) throw new Error(`No such account: '${r.account}'`);
      return { account: { id: created.accountId }, keys: [{ id: created.id, livemode: created.livemode, secret: created.key }] };
    }
    if (!(await revokeApiKey(database.db, r.revoke!))) throw new Error(`No such active key: '${r.revoke}'`);
    return { id: r.revoke!, revoked: true };
  } finally {
    await database.close();
  }
}

function print(result: Result) {
  if ('revoked' in result) {
    console.log(`key ${result.id} revoked`);
    return;
  }
  console.log(`account ${result.account.id}${result.account.name ? ` (${result.account.name})` : ''}`);
  for (const k of result.keys) console.log(`  ${k.livemode ? 'live' : 'test'} key: ${k.secret}  (id ${k.id})`);
  console.log('Keys are stored hashed: copy them now, they cannot be shown again.');
}

async function main() {
  const request = parse(process.argv.slice(2));
  if (request === 'help') {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const target = config.databaseUrl && !request.server ? null : adminTarget({ server: request.server, adminKey: config.adminKey, dataDir: config.dataDir });
  if (!target) return print(await direct(request));
  try {
    print(await viaServer(target, request));
  } catch (err) {
    // A stale admin.json (the server was killed): the data folder is free, so write directly.
    if (!(err instanceof ServerUnreachableError) || request.server) throw err;
    print(await direct(request));
  }
}

main().catch((err) => {
  if (err instanceof UsageError) console.error(`${err.message}\n\n${USAGE}`);
  else if (err instanceof ConfigError || err instanceof DataDirInUseError) console.error(err.message);
  else console.error(err instanceof Error ? err.message : String(err));
  process.exit(err instanceof UsageError ? 2 : 1);
});
