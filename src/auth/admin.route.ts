import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { z } from 'zod';
import { registerRoute } from '../http/routes.js';
import { adminFileOf } from '../cli/admin-client.js';
import type { Config } from '../config.js';
import { randomBase62 } from '../kernel/ids.js';
import { log } from '../kernel/log.js';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { StripeError } from '../kernel/errors.js';
import { typenameOfId } from '../kernel/ids.js';
import { runAction, runCreate } from '../layer/actions.js';
import { allResources, hasResource, resourceOf } from '../layer/resource.js';
import { createAccount, createApiKey, keyFromHeader, revokeApiKey } from './auth.js';
import { accounts } from './auth.table.js';

/**
 * The platform operator's API (`/admin/…`): create accounts and keys, revoke keys, on a running
 * server — the embedded database allows one process, so the CLI (`npm run account:create`) comes
 * here while the server runs. Authenticated with the platform admin key (FINGRAPH_ADMIN_KEY, or one
 * made per start on the embedded database and written to the data folder for the CLI); without
 * one the routes do not exist (404). JSON in and out, errors in Stripe's REST shape.
 */
export const ADMIN_PREFIX = '/admin/';
let adminKeyHash: Buffer | null = null;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Enables the admin routes with this key (null disables them). */
export function setAdminKey(key: string | null) {
  adminKeyHash = key ? digest(key) : null;
}

/**
 * At server start: enables the admin routes with FINGRAPH_ADMIN_KEY or, on the embedded database, a
 * key made for this run, written with the URL to `<data folder>/admin.json` (mode 600) for the CLI.
 * Returns that file (the server removes it on stop).
 */
export function publishAdminKey(config: Pick<Config, 'adminKey' | 'dataDir'>, kind: 'pglite' | 'postgres', url: string): string | null {
  const key = config.adminKey ?? (kind === 'pglite' ? `fgadmin_${randomBase62(40)}` : null);
  setAdminKey(key);
  if (!key || kind !== 'pglite') return null;
  const file = adminFileOf(config.dataDir);
  fs.writeFileSync(file, JSON.stringify({ url: url.replace(/\/graphql$/, ''), key }), { mode: 0o600 });
  return file;
}

const bodies = {
  '/admin/accounts': z.strictObject({ name: z.string().trim().min(1).max(200) }),
  '/admin/keys': z.strictObject({ account: z.string().min(1).max(100), livemode: z.boolean().default(false) }),
  '/admin/keys/revoke': z.strictObject({ id: z.string().min(1).max(100) }),
  '/admin/settle': z.strictObject({
    account: z.string().min(1).max(100),
    livemode: z.boolean().default(true),
    id: z.string().min(1).max(100).optional(),
    create: z.string().min(1).max(100).optional(),
    action: z
      .string()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
    params: z.record(z.string(), z.unknown()).default({}),
    idempotency_key: z.string().min(1).max(255).optional(),
  }),
};

type Reply = [number, unknown];
const error = (status: number, code: string, message: string, param?: string): Reply => [
  status,
  { error: { type: 'invalid_request_error', code, message, ...(param ? { param } : {}) } },
];

async function readJson(req: http.IncomingMessage, limit = 10_000): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new SyntaxError('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

async function answer(req: http.IncomingMessage, services: Parameters<Parameters<typeof registerRoute>[0]['handle']>[2]): Promise<Reply> {
  const path = (req.url ?? '').split('?')[0] as keyof typeof bodies;
  if (!adminKeyHash) return error(404, 'resource_missing', 'Not found.');
  const given = keyFromHeader(req.headers.authorization);
  if (!given) return error(401, 'api_key_missing', 'You did not provide the platform admin key (Authorization: Bearer <FINGRAPH_ADMIN_KEY>).');
  if (!timingSafeEqual(digest(given), adminKeyHash)) return error(401, 'api_key_invalid', 'Invalid platform admin key.');
  const schema = bodies[path];
  if (!schema) return error(404, 'resource_missing', `Unrecognized request URL (${req.method} ${path}). Known: POST ${Object.keys(bodies).join(', ')}.`);
  if (req.method !== 'POST') return error(405, 'parameter_invalid', `Use POST ${path}.`);
  let body: unknown;
  try {
    body = await readJson(req);
  } catch {
    return error(400, 'parameter_invalid', 'The body must be a JSON object of at most 10 KB.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return error(
      400,
      issue.code === 'invalid_type' && issue.input === undefined ? 'parameter_missing' : 'parameter_invalid',
      issue.message,
      issue.path.join('.') || undefined,
    );
  }
  const db = services.database.db;
  const input = parsed.data as Record<string, any>;
  if (path === '/admin/accounts') {
    const created = await createAccount(db, input.name);
    log.info({ account: created.accountId }, 'admin: account created');
    return [
      201,
      {
        account: { id: created.accountId, name: input.name },
        keys: [
          { id: created.testKeyId, livemode: false, secret: created.testKey },
          { id: created.liveKeyId, livemode: true, secret: created.liveKey },
        ],
      },
    ];
  }
  if (path === '/admin/keys') {
    const created = await createApiKey(db, input.account, input.livemode);
    if (!created) return error(404, 'resource_missing', `No such account: '${input.account}'`, 'account');
    log.info({ account: created.accountId, key: created.id }, 'admin: key created');
    return [201, { account: { id: created.accountId }, keys: [{ id: created.id, livemode: created.livemode, secret: created.key }] }];
  }
  if (path === '/admin/settle') return settle(db, input);
  if (!(await revokeApiKey(db, input.id))) return error(404, 'resource_missing', `No such active key: '${input.id}'`, 'id');
  log.info({ key: input.id }, 'admin: key revoked');
  return [200, { id: input.id, revoked: true }];
}

/**
 * What the bank reported, applied by the operator: the same transitions the test helpers run (post,
 * fail, return an outbound flow; succeed, fail, return an InboundTransfer; create a ReceivedCredit or
 * ReceivedDebit), on live (or test) objects, with the same rules, ledger postings, events and webhooks.
 */
async function settle(db: Db, input: Record<string, any>): Promise<Reply> {
  const caller = { db, scope: { accountId: input.account, livemode: input.livemode }, requestId: `req_${randomBase62(14)}`, operator: true };
  const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, input.account));
  if (!account) return error(404, 'resource_missing', `No such account: '${input.account}'`, 'account');
  if ((input.id === undefined) === (input.create === undefined))
    return error(
      400,
      'parameter_invalid',
      'Give either id (an object to move) with action, or create (treasury.received_credit or treasury.received_debit).',
      'id',
    );
  try {
    let object: Record<string, unknown>;
    if (input.create !== undefined) {
      if (!SETTLE_CREATES.has(input.create) || !hasResource(input.create))
        return error(400, 'parameter_invalid', `create must be one of ${[...SETTLE_CREATES].join(', ')}.`, 'create');
      const resource = resourceOf(input.create);
      object = await runCreate(resource, caller, {
        operation: `admin.create.${input.create}`,
        hashInput: input.params,
        idempotencyKey: input.idempotency_key ?? null,
        params: input.params,
      });
    } else {
      const typename = typenameOfId(input.id);
      const resource = allResources().find((r) => r.typeName === typename);
      const decl = resource?.actions?.[input.action ?? ''];
      if (!resource) return error(404, 'resource_missing', `No such object: '${input.id}'`, 'id');
      else if (!decl?.testHelper) {
        const known = Object.entries(resource.actions ?? {})
          .filter(([, d]) => d.testHelper)
          .map(([n]) => n);
        return error(400, 'parameter_invalid', `action must be one of ${known.join(', ')} for ${resource.spec.object}.`, 'action');
      } else
        object = await runAction(resource, input.action, caller, {
          operation: `admin.settle.${resource.spec.object}.${input.action}`,
          hashInput: { id: input.id, ...input.params },
          idempotencyKey: input.idempotency_key ?? null,
          params: { ...input.params, id: input.id },
        });
    }
    log.info({ account: input.account, livemode: input.livemode, object: object.id, action: input.action ?? 'create' }, 'admin: settled');
    return [200, object];
  } catch (err) {
    if (!(err instanceof StripeError)) throw err;
    return error(err.code === 'resource_missing' ? 404 : 400, err.code, err.message, err.param?.join('.'));
  }
}

const SETTLE_CREATES = new Set(['treasury.received_credit', 'treasury.received_debit']);

registerRoute({
  prefix: ADMIN_PREFIX,
  async handle(req, res, services) {
    let reply: Reply;
    try {
      reply = await answer(req, services);
    } catch (err) {
      log.error({ err }, 'admin request failed');
      reply = [500, { error: { type: 'api_error', message: 'An unexpected error occurred.' } }];
    }
    res.writeHead(reply[0], { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(reply[1]));
  },
});
