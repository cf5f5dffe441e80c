import { isIP } from 'node:net';
import { and, count, eq, isNull } from 'drizzle-orm';
import { accounts } from '../../auth/auth.table.js';
import type { Db } from '../../db/client.js';
import { runCommand, type CommandContext, type Scope } from '../../kernel/command.js';
import { parameterInvalid, parameterMissing, resourceMissing, StripeError } from '../../kernel/errors.js';
import { hasPrefix, newId } from '../../kernel/ids.js';
import { mergeMetadata, validateMetadata, type Metadata } from '../../kernel/metadata.js';
import { API_VERSION } from '../event.stripe.js';
import { publishObject } from '../pubsub.js';
import { isEnabledEventType } from './webhook-event-types.js';
import { lockWebhookEndpoint, webhookEndpointToStripe, type StripeWebhookEndpoint } from './webhook-endpoint.repository.js';
import { webhookDeliveries, webhookEndpoints } from './webhook-endpoint.table.js';
import { newWebhookSecret } from './webhook.signature.js';

export const WEBHOOK_ENDPOINT = 'WebhookEndpoint';
/** Stripe allows 16 webhook endpoints per account (per mode here, as test and live are separate). */
export const MAX_WEBHOOK_ENDPOINTS = 16;
const MAX_URL_LENGTH = 2048;
const MAX_DESCRIPTION_LENGTH = 5000;

interface Caller {
  db: Db;
  scope: Scope;
  requestId: string;
}

export interface CreateWebhookEndpointInput {
  url: string;
  enabledEvents: string[];
  apiVersion?: string | null;
  connect?: boolean | null;
  description?: string | null;
  metadata?: Metadata | null;
  idempotencyKey?: string | null;
}

export interface UpdateWebhookEndpointInput {
  id: string;
  url?: string | null;
  enabledEvents?: string[] | null;
  disabled?: boolean | null;
  description?: string | null;
  metadata?: Metadata | null;
  idempotencyKey?: string | null;
}

export interface DeletedWebhookEndpoint {
  id: string;
  object: 'webhook_endpoint';
  deleted: true;
}

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', '[::1]']);

/** 127.0.0.0/8, ::1 and localhost: where a receiver on this machine listens. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host) || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return false;
}

/**
 * Live mode: https only. Test mode: https, or http to a loopback host (so local receivers work).
 * Credentials in the URL are allowed (Stripe sends them as HTTP Basic auth).
 */
export function checkUrl(url: string, livemode: boolean, param = ['url']): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw parameterInvalid(param, `Invalid URL: '${url.slice(0, 100)}' is not an absolute URL.`, 'url_invalid');
  }
  if (url.length > MAX_URL_LENGTH) throw parameterInvalid(param, `Invalid URL: must be at most ${MAX_URL_LENGTH} characters.`, 'url_invalid');
  if (parsed.protocol === 'https:') return url;
  if (parsed.protocol !== 'http:') throw parameterInvalid(param, `Invalid URL: must use https (got ${parsed.protocol.replace(':', '')}).`, 'url_invalid');
  if (livemode) throw parameterInvalid(param, 'Invalid URL: live mode webhook endpoints must use https.', 'url_invalid');
  if (!isLoopbackHost(parsed.hostname))
    throw parameterInvalid(param, 'Invalid URL: test mode allows http only for loopback hosts (localhost, 127.0.0.1, [::1]); use https.', 'url_invalid');
  return url;
}

/** Known event types or `*`, at least one, duplicates dropped (order kept). */
export function checkEnabledEvents(types: readonly string[] | null | undefined, param = ['enabledEvents']): string[] {
  if (!types || types.length === 0) throw parameterMissing(param);
  types.forEach((type, i) => {
    if (!isEnabledEventType(type))
      throw parameterInvalid([...param, String(i)], `Invalid enabled_events[${i}]: '${type.slice(0, 100)}' is not a known event type (or '*').`);
  });
  return [...new Set(types)];
}

function checkDescription(description: string | null | undefined) {
  if (description != null && description.length > MAX_DESCRIPTION_LENGTH)
    throw parameterInvalid(['description'], `Invalid description: must be at most ${MAX_DESCRIPTION_LENGTH} characters.`);
}

export function checkWebhookEndpointId(id: string, param = ['id']) {
  if (!hasPrefix(id, 'we')) throw resourceMissing('webhook endpoint', id, param);
}

export function createWebhookEndpoint(caller: Caller, input: CreateWebhookEndpointInput): Promise<StripeWebhookEndpoint> {
  const { idempotencyKey, ...params } = input;
  if (!input.url) throw parameterMissing(['url']);
  const url = checkUrl(input.url, caller.scope.livemode);
  const enabledEvents = checkEnabledEvents(input.enabledEvents);
  // fingraph renders events in one API version only; promising another would be a lie.
  if (input.apiVersion != null && input.apiVersion !== API_VERSION)
    throw parameterInvalid(['apiVersion'], `Invalid api_version: fingraph renders events only as API version ${API_VERSION}.`);
  checkDescription(input.description);
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : {};
  return runCommand(caller.db, caller.scope, { operation: 'createWebhookEndpoint', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    // The account row serializes concurrent creates, so the limit holds under races.
    await cmd.tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, cmd.scope.accountId)).for('update');
    const [existing] = await cmd.tx
      .select({ n: count() })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.accountId, cmd.scope.accountId), eq(webhookEndpoints.livemode, cmd.scope.livemode), isNull(webhookEndpoints.deletedAt)));
    if (existing!.n >= MAX_WEBHOOK_ENDPOINTS)
      throw new StripeError(
        'webhook_endpoint_limit_reached',
        `You have reached the maximum of ${MAX_WEBHOOK_ENDPOINTS} ${cmd.scope.livemode ? 'live' : 'test'} mode webhook endpoints; delete one first.`,
      );
    const [row] = await cmd.tx
      .insert(webhookEndpoints)
      .values({
        id: newId('we'),
        accountId: cmd.scope.accountId,
        livemode: cmd.scope.livemode,
        created: cmd.now,
        updated: cmd.now,
        url,
        enabledEvents,
        description: input.description || null,
        metadata,
        apiVersion: input.apiVersion ?? null,
        connect: input.connect ?? false,
        secret: newWebhookSecret(),
        status: 'enabled',
      })
      .returning();
    const endpoint = webhookEndpointToStripe(row!);
    await publishObject(cmd, WEBHOOK_ENDPOINT, endpoint);
    return { ...endpoint, secret: row!.secret };
  });
}

export function updateWebhookEndpoint(caller: Caller, input: UpdateWebhookEndpointInput): Promise<StripeWebhookEndpoint> {
  const { idempotencyKey, ...params } = input;
  checkWebhookEndpointId(input.id);
  const url = input.url != null ? checkUrl(input.url, caller.scope.livemode) : undefined;
  const enabledEvents = input.enabledEvents != null ? checkEnabledEvents(input.enabledEvents) : undefined;
  checkDescription(input.description);
  const metadata = input.metadata != null ? validateMetadata(input.metadata) : undefined;
  return runCommand(caller.db, caller.scope, { operation: 'updateWebhookEndpoint', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const row = await requireEndpoint(cmd, input.id);
    const changes: Partial<typeof webhookEndpoints.$inferInsert> = { updated: cmd.now };
    if (url !== undefined) changes.url = url;
    if (enabledEvents !== undefined) changes.enabledEvents = enabledEvents;
    if (input.disabled != null) changes.status = input.disabled ? 'disabled' : 'enabled';
    if (input.description !== undefined && input.description !== null) changes.description = input.description === '' ? null : input.description;
    if (metadata) changes.metadata = mergeMetadata(row.metadata, metadata);
    const [updated] = await cmd.tx.update(webhookEndpoints).set(changes).where(eq(webhookEndpoints.id, row.id)).returning();
    const endpoint = webhookEndpointToStripe(updated!);
    await publishObject(cmd, WEBHOOK_ENDPOINT, endpoint);
    return endpoint;
  });
}

/**
 * Deletes an endpoint: it receives nothing more, and its pending deliveries are canceled at once (a
 * queued job finds them canceled and sends nothing). Its delivery history stays in the database.
 */
export function deleteWebhookEndpoint(caller: Caller, input: { id: string; idempotencyKey?: string | null }): Promise<DeletedWebhookEndpoint> {
  const { idempotencyKey, ...params } = input;
  checkWebhookEndpointId(input.id);
  return runCommand(caller.db, caller.scope, { operation: 'deleteWebhookEndpoint', input: params, idempotencyKey, requestId: caller.requestId }, async (cmd) => {
    const row = await requireEndpoint(cmd, input.id);
    await cmd.tx.update(webhookEndpoints).set({ deletedAt: cmd.now, updated: cmd.now }).where(eq(webhookEndpoints.id, row.id));
    await cmd.tx
      .update(webhookDeliveries)
      .set({ status: 'canceled', nextAttemptAt: null })
      .where(and(eq(webhookDeliveries.webhookEndpointId, row.id), eq(webhookDeliveries.status, 'pending')));
    return { id: row.id, object: 'webhook_endpoint' as const, deleted: true as const };
  });
}

async function requireEndpoint(cmd: CommandContext, id: string) {
  const row = await lockWebhookEndpoint(cmd.tx, cmd.scope, id);
  if (!row) throw resourceMissing('webhook endpoint', id);
  return row;
}
