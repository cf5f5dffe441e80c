import { and, asc, eq, gt } from 'drizzle-orm';
import { Repeater } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { notifyAtCommit } from '../db/tx.js';
import type { CommandContext, Scope } from '../kernel/command.js';
import { log } from '../kernel/log.js';
import { EVENTS_CHANNEL, eventRowToStripe, type StripeEvent } from './event.stripe.js';
import { events } from './event.table.js';

export const OBJECTS_CHANNEL = 'fingraph_objects';

export interface EventNotice {
  accountId: string;
  seq: number;
  event: StripeEvent;
}

export interface ObjectNotice {
  accountId: string;
  livemode: boolean;
  kind: string;
  id: string;
  /** The object's new state, or null when it was too large for a NOTIFY payload (reload it). */
  object: Record<string, unknown> | null;
}

type Listener<T> = (notice: T) => void;

/**
 * One LISTEN per process per channel, fanned out in memory to this process's subscribers by account.
 * Postgres delivers notifications in commit order; a promise chain keeps that order even when an
 * oversized event must be fetched first.
 */
export class Hub {
  private eventListeners = new Map<string, Set<Listener<EventNotice>>>();
  private objectListeners = new Map<string, Set<Listener<ObjectNotice>>>();
  private chain: Promise<void> = Promise.resolve();
  private unlisteners: (() => Promise<void>)[] = [];

  constructor(private readonly database: Database) {}

  async start() {
    this.unlisteners.push(
      await this.database.listen(EVENTS_CHANNEL, (payload) => {
        this.chain = this.chain.then(() => this.onEvent(payload)).catch((err) => log.error({ err }, 'event fan-out failed'));
      }),
      await this.database.listen(OBJECTS_CHANNEL, (payload) => {
        const notice = JSON.parse(payload) as ObjectNotice;
        this.chain = this.chain.then(() => dispatch(this.objectListeners, notice.accountId, notice));
      }),
    );
  }

  async stop() {
    for (const unlisten of this.unlisteners) await unlisten().catch(() => {});
    this.unlisteners = [];
  }

  private async onEvent(payload: string) {
    const parsed = JSON.parse(payload) as { accountId: string; seq: number; event?: StripeEvent; id?: string };
    if (!this.eventListeners.has(parsed.accountId)) return;
    let event = parsed.event;
    if (!event) {
      const [row] = await this.database.db.select().from(events).where(eq(events.id, parsed.id!));
      if (!row) return;
      event = eventRowToStripe(row);
    }
    dispatch(this.eventListeners, parsed.accountId, { accountId: parsed.accountId, seq: parsed.seq, event });
  }

  /** How many live subscriptions this process holds for an account (tests wait on it to avoid races). */
  listenerCount(accountId: string): number {
    return (this.eventListeners.get(accountId)?.size ?? 0) + (this.objectListeners.get(accountId)?.size ?? 0);
  }

  /** Live subscriptions this process holds, all accounts (the open-subscriptions metric). */
  totalListeners(): number {
    let n = 0;
    for (const set of this.eventListeners.values()) n += set.size;
    for (const set of this.objectListeners.values()) n += set.size;
    return n;
  }

  onEvents(accountId: string, fn: Listener<EventNotice>) {
    return register(this.eventListeners, accountId, fn);
  }

  onObjects(accountId: string, fn: Listener<ObjectNotice>) {
    return register(this.objectListeners, accountId, fn);
  }

  /**
   * Live events for one account and mode. With `afterSeq`, first replays what committed after it,
   * buffering live notices meanwhile, then continues live: no gap and no duplicate at the seam.
   */
  streamEvents(scope: Scope, opts: { afterSeq?: number | null; accept: (e: StripeEvent) => boolean }): AsyncIterable<StripeEvent> {
    return new Repeater<StripeEvent>(async (push, stop) => {
      let last = opts.afterSeq ?? -1;
      let replaying = opts.afterSeq != null;
      const buffered: EventNotice[] = [];
      const deliver = (n: EventNotice) => {
        if (n.seq <= last) return;
        last = n.seq;
        if (n.event.livemode === scope.livemode && opts.accept(n.event)) void push(n.event);
      };
      const off = this.onEvents(scope.accountId, (n) => (replaying ? buffered.push(n) : deliver(n)));
      try {
        while (replaying) {
          const rows = await this.database.db
            .select()
            .from(events)
            .where(and(eq(events.accountId, scope.accountId), eq(events.livemode, scope.livemode), gt(events.seq, last)))
            .orderBy(asc(events.seq))
            .limit(500);
          for (const row of rows) deliver({ accountId: row.accountId, seq: row.seq, event: eventRowToStripe(row) });
          if (rows.length < 500) replaying = false;
        }
        for (const n of buffered.splice(0)) deliver(n);
      } catch (err) {
        off();
        stop(err);
        return;
      }
      await stop;
      off();
    });
  }

  /** Live new states of one object (the `<type>Updated(id)` subscriptions). */
  streamObject<T>(scope: Scope, kind: string, id: string, reload: (id: string) => Promise<T | null>): AsyncIterable<T> {
    return new Repeater<T>(async (push, stop) => {
      const off = this.onObjects(scope.accountId, (n) => {
        if (n.livemode !== scope.livemode || n.kind !== kind || n.id !== id) return;
        if (n.object) void push(n.object as T);
        else void reload(id).then((o) => o && push(o));
      });
      await stop;
      off();
    });
  }
}

function register<T>(map: Map<string, Set<Listener<T>>>, accountId: string, fn: Listener<T>) {
  let set = map.get(accountId);
  if (!set) map.set(accountId, (set = new Set()));
  set.add(fn);
  return () => {
    set!.delete(fn);
    if (set!.size === 0) map.delete(accountId);
  };
}

function dispatch<T>(map: Map<string, Set<Listener<T>>>, accountId: string, notice: T) {
  for (const fn of map.get(accountId) ?? []) fn(notice);
}

/** Announces an object's new state to `<type>Updated` subscribers, delivered only if the transaction commits. */
/** `latest`: a snapshot key (a balance's account and currency); only the transaction's last notice of that key is sent. */
export async function publishObject(cmd: CommandContext, kind: string, object: { id: string }, latest?: string) {
  const notice: ObjectNotice = { accountId: cmd.scope.accountId, livemode: cmd.scope.livemode, kind, id: object.id, object: object as Record<string, unknown> };
  let payload = JSON.stringify(notice);
  if (Buffer.byteLength(payload) >= 7900) payload = JSON.stringify({ ...notice, object: null });
  await notifyAtCommit(cmd.tx, OBJECTS_CHANNEL, payload, latest === undefined ? undefined : `${kind}:${object.id}:${latest}`);
}
